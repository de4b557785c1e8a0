"""Meeting a land's press (会见大马媒体, 接见美国媒体记者): the press of that land is met, not the land, so the one
person's talk to reporters is a STATEMENT (SPEC: a press conference), no MEET with the land (ev61, pressmet.py;
invented sentences, Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import events

PRESS = [
    ("马来西亚首相安瓦尔9日晚会见大马媒体时说,此行收获丰硕。", "安瓦尔·易卜拉欣"),
    ("越南政府总理范明政10日在东京会见越南常驻媒体,介绍此行成果。", "范明政"),
    ("新加坡总理黄循财10日会见新加坡媒体,谈及两国合作前景。", "黄循财"),
    ("總統賴清德10日接見美國主流媒體,說明政府立場。", "赖清德"),
]


@pytest.mark.parametrize(("body", "speaker"), PRESS)
def test_meeting_a_lands_press_is_a_statement_not_talks(body: str, speaker: str) -> None:
    got = [(e.type, sorted(e.participants)) for e in events(body)]
    assert ("STATEMENT", [speaker]) in got and not any(t == "MEET" for t, _ in got), got


def test_a_press_delegation_met_stays_a_meeting_partner() -> None:
    got = [(e.type, sorted(e.participants)) for e in events("越南国家主席梁强10日会见老挝总理宋赛·西潘敦,两国媒体记者在场采访。")]
    assert any(t == "MEET" and "宋赛·西潘敦" in p for t, p in got), got
