"""Constructions around known verbs read off the unannotated pool of 303 unseen pages (fm2, issue 13). Invented
sentences, Simplified and Traditional: a comma between a partner named with its coverb and the verb of meeting
(某某同某局局长某某,举行磋商; 甲将与某某,和乙会谈) is no clause break."""

from __future__ import annotations

import pytest

from eventpage import sides


@pytest.mark.parametrize(("body", "pair"), [
    ("外交部部长助理刘明远9日在北京同俄罗斯外交部政策规划局局长柯斯金,举行新一轮中俄外交政策磋商。", {"刘明远", "柯斯金"}),
    ("外交部部長助理劉明遠9日在北京同俄羅斯外交部政策規劃局局長柯斯金,舉行新一輪中俄外交政策磋商。", {"刘明远", "柯斯金"}),
    ("外交部长王毅9日在北京与泰国外长敦·帕马威奈,举行会谈。", {"王毅", "敦·帕马威奈"}),
])
def test_a_partner_parted_from_the_verb_by_a_comma_is_met(body: str, pair: set[str]) -> None:
    got = sides(body, "MEET")
    assert len(got) == 1 and pair <= set(got[0])


def test_a_second_partner_after_the_comma_joins_the_first() -> None:
    got = sides("马克龙将与同期访华的欧盟委员会主席冯德莱恩,和国家主席习近平会谈。", "MEET")
    assert got and {"马克龙", "冯德莱恩", "习近平"} <= set(got[0])


@pytest.mark.parametrize("body", [
    "与此同时,两国外长9日举行会谈。",
    "同年6月,两国外长举行会谈。",
])
def test_a_time_or_a_linking_word_opens_no_partner(body: str) -> None:
    got = sides(body, "MEET")
    assert not any("此同时" in p or "年6月" in p for g in got for p in g)


@pytest.mark.parametrize("body", [
    "普京应中国国家主席习近平的邀请,明天(15日)到中国进行两天国事访问。",
    "普京應中國國家主席習近平的邀請,6月15日到中國訪問。",
])
def test_a_visit_told_after_an_invitation_frame_goes_on_from_its_subject(body: str) -> None:
    got = sides(body, "VISIT")
    assert got and {"普京", "中国"} <= set(got[0])
