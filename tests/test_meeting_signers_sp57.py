"""A signing told without parties of its own after a meeting (…联合举行…会议。…同时,签署了联合通报; 在…见证下,与会各方
签署…协议) is the meeting's own parties' that are no people — its bodies — beside the lands the sentence names, not the
witnesses (official dev d04, dev2 n20; invented sentences)."""

from __future__ import annotations

from eventpage import sides

_HELD = "6月5日,越南公安部与柬埔寨内政部在金边举行第三次打击跨国犯罪合作会议。"


def test_a_signing_with_no_subject_is_the_meeting_bodies() -> None:
    body = ("越南祖国阵线中央委员会同老挝建国阵线中央委员会在河内联合举行两国边境地区合作会议。双方就边境地区的合作"
            "交换了意见。同时,签署了联合通报,就越老边境的发展方向达成一致。")
    # (越老边境 only describes what the fronts agreed on: the lands are no parties beside them, as official dev and
    # dev2 list the bodies alone — ag5, issue 13)
    assert sides(body, "AGREEMENT") == [["老挝建国阵线", "越南祖国阵线中央委员会"]]


def test_the_parties_of_the_meeting_sign_not_the_witnesses() -> None:
    body = _HELD + "在两国驻对方国家大使馆代表的见证下,与会各方签署了多项合作协议。"
    assert sides(body, "AGREEMENT") == [["柬埔寨内政部", "越南公安部"]]


def test_a_signing_that_names_its_parties_keeps_them() -> None:
    body = _HELD + "会议期间,越南与老挝签署了合作协议。"
    assert sides(body, "AGREEMENT") == [["老挝", "越南"]]



def test_the_conference_named_as_subject_adopts_the_communique() -> None:
    # (the places that tell where it is held are no parties: the conference's own are)
    body = "4月23日在越南山罗省召开题为“团结”的越老国会合作会议通过了联合公报。"
    (agreed,) = sides(body, "AGREEMENT")
    assert {"老挝国会", "越南国会"} <= set(agreed) and "山罗省" not in agreed
