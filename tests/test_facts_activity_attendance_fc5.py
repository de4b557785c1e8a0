"""Facts (fc5, issue 13): an activity named as a meeting of people (第十届越中青年友好会见活动, 边境国防友好
交流活动, 联谊活动) holds the count of its attendees told after it, as a named conference does (SPEC/official
gold: the attendees of a conference are the event's); a celebration or a count of a leader's activities
(国庆庆祝活动, 98项对外活动) names no such meeting. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

V = "越通社河内2024年3月5日电——"
X = "新华社北京2024年3月5日电 "


@pytest.mark.parametrize("body, value, holder", [
    (V + "第十届越中青年友好会见活动在广西举行。共有400名两国青年参加此次活动。", 400, "第十届越中青年友好会见活动"),
    (V + "第十届越中青年友好会见活动在广西举行。400名两国青年参加了活动。", 400, "第十届越中青年友好会见活动"),
    (V + "第二届越老边境国防友好交流活动在河内举行。约300名两国官兵参加活动。", 300, "第二届越老边境国防友好交流活动"),
    (X + "中柬青年联谊活动在金边举行。\n两国150名青年代表出席活动。", 150, "中柬青年联谊活动"),
])
def test_a_named_activitys_attendees_are_its_own(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


@pytest.mark.parametrize("body, value, holder", [
    (V + "阮富仲总书记主持并参加了98项对外活动。", 98, "阮富仲"),
    (V + "越南驻老挝大使馆举行国庆庆祝活动,约300人出席。", 300, "越南驻老挝大使馆"),
])
def test_no_meeting_named(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got
