"""Recall of the other event types on ordinary pages (ev35, issue 13): gold events of GENERAL2 and the events pool
missed for a cause recurring over pages and outlets, read from invented sentences."""

from __future__ import annotations

from eventpage import of


def test_a_conference_series_known_by_its_name_is_a_party_of_its_session():
    # 第N届 + the series' own name + 开幕/出席: the series is the body the meeting is held by
    held = of("2030年世界互联网大会乌镇峰会今天在浙江开幕。", "CONFERENCE")
    assert any("世界互联网大会" in e.participants for e in held)
    attended = of("法国总统某某将于11月访问中国,其间出席第九届中国国际进口博览会。", "CONFERENCE")
    assert any("中国国际进口博览会" in e.participants for e in attended)


def test_the_munich_security_conference_is_a_conference_not_a_council():
    # 安全会议 after a land's name is its council (白俄罗斯安全会议秘书); the Munich one is a conference held
    held = of("王毅3月1日在德国出席慕尼黑安全会议期间会见了法国外长。", "CONFERENCE")
    assert any("慕尼黑安全会议" in e.participants and "王毅" in e.participants for e in held)
    assert not of("白俄罗斯安全会议秘书某某表示,两国将加强合作。", "CONFERENCE")
