"""Joining a body told as becoming its member (ot, stop 57), on invented sentences: 成为…的(第N个|新)成员 / 会员 is a
seat taken in the body (MULTILATERAL_ROLE); a member or 会员 named with no 成为 in its sentence tells no joining."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,越南外交部发言人表示欢迎。"


def roles(body: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == "MULTILATERAL_ROLE"]


def test_becoming_the_nth_member_of_a_body_is_a_seat_taken():
    got = roles("2003年5月2日,老挝正式成为世界贸易组织的第150个成员,开启了融入世界经济的新阶段。")
    assert len(got) == 1 and {"老挝", "世界贸易组织"} <= set(got[0].participants)


def test_becoming_a_new_member_of_a_body_is_a_seat_taken():
    got = roles("菲律宾总统欢迎柬埔寨成为东盟新会员。")
    assert len(got) == 1 and {"柬埔寨", "东盟"} <= set(got[0].participants)


def test_a_member_named_without_becoming_one_is_no_seat():
    assert not roles("泰国外长会见了东盟各成员的代表,双方就地区形势交换意见。")
