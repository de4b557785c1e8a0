"""抗议 as a noun that names the crowd or the act in general (ot, stop 57), on invented sentences: 抗议者, 抗议活动,
抗议示威, 集会、抗议等自由 tell no protest a party makes against another (fp9, fp12, fp21, fp24 pools); aimed at a
land (反华抗议活动, 对某国的抗议) or made by a party (向某方提出抗议) it stays a DISAPPROVE."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,越南外交部发言人表示欢迎。"


def protests(body: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == "DISAPPROVE"]


def test_the_protesters_are_no_protest():
    assert not protests("柬埔寨一名40岁的抗议者曾因参加类似集会两次被拘留。")


def test_protest_activities_with_no_aim_are_no_protest():
    assert not protests("参与泰国首都抗议活动的人士表示,警方不准群众接近日本大使馆。")


def test_protest_demonstrations_as_a_cause_are_no_protest():
    assert not protests("由于去年在泰国举行的峰会因反政府抗议示威而推迟,泰国当局加强了安保。")


def test_a_freedom_listed_is_no_protest():
    assert not protests("美国国务卿在演讲时说,言论、集会、抗议等自由是人民发挥才智的必备要素。")


def test_a_protest_aimed_at_a_land_stays():
    got = protests("菲律宾首都马尼拉今天出现反华抗议活动,民众走上街头。")
    assert got and "中国" in got[0].participants


def test_a_protest_a_party_makes_stays():
    got = protests("菲律宾已向中方提出抗议,要求中方停止相关行为。")
    assert got and "菲律宾" in got[0].participants
