"""The body above a seat's organ is no seat's body (mr, stop 54), on invented sentences: a seat in the organ named
right before the seat word (…安理会非常任理事国) is not also a seat in the United Nations the clause names as the
voters; the organs listed after a seat word (的成员,如:甲、乙) hold the seats, not the body they belong to."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,越南外交部发言人表示欢迎。"


def roles(body: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == "MULTILATERAL_ROLE"]


def test_the_voters_body_is_not_the_councils_seat():
    got = roles("6月7日,泰国以高票(联合国193个成员国参加了投票)当选为2027年和2028年安理会非常任理事国。")
    assert len(got) == 1 and "联合国安理会" in got[0].participants and "联合国" not in got[0].participants


def test_organs_listed_after_the_seat_word_hold_it_not_their_parent():
    got = roles("越南成功完成两年任期,当选联合国多个重要机制的成员,如:联合国大会副主席、人权理事会、教科文组织等。")
    bodies = {p for e in got for p in e.participants if p != "越南"}
    assert "联合国" not in bodies and {"联合国大会", "联合国人权理事会", "联合国教科文组织"} <= bodies


def test_a_body_whose_organ_is_only_named_later_keeps_the_seat():
    got = roles("老挝今年就任东盟轮值主席国,其主题是迈向东盟共同体。")
    assert len(got) == 1 and "东盟" in got[0].participants
