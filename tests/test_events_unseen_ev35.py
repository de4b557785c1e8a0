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


def test_a_pair_word_signs_for_the_localities_the_headline_pairs():
    # the headline joins a province of each country; 双方 then signs: the provinces, not their countries
    head = "越南广宁省与中国广西壮族自治区加强合作\n\n越通社河内——2025年6月10日,"
    body = "广宁省与广西壮族自治区领导举行会谈。\n\n会谈结束时,双方领导签署了2026-2030年阶段合作备忘录。"
    signed = of(body, "AGREEMENT", head)
    assert signed
    assert {"广宁", "广西"} <= set(signed[0].participants)  # (the KB's names of the two provinces)
    assert not {"越南", "中国"} & set(signed[0].participants)
    assert signed[0].channel == "people"


def test_a_pair_word_signs_for_the_countries_where_the_headline_pairs_none():
    head = "越南与老挝加强合作\n\n越通社河内——2025年6月10日,"
    signed = of("两国外长举行会谈。会谈结束时,双方签署了合作备忘录。", "AGREEMENT", head)
    assert signed and {"越南", "老挝"} <= set(signed[0].participants)
