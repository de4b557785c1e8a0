"""An act hoped for (希望/期待/盼 before the event's word in its clause) is no event told, whatever its type — as talks and
visits wished for were not before (unreal_before) — while the act told beside it, and an anniversary looked forward to,
stay (invented sentences, Simplified and Traditional)."""

from __future__ import annotations

import pytest

from dipnet.model import Event
from dipnet.pipeline import extract

DATELINES = ["越通社河内——2025年3月5日,", "（中央社記者王小明台北2025年3月5日電）"]


def _events(body: str, dateline: str) -> list[Event]:
    return extract("测试新闻\n\n" + dateline + body, source="t.txt").events


WISHED = [
    ("泰国外交部发言人表示,泰国政府希望从老挝引渡前部长颂猜·本玛。", "LAW_ENFORCEMENT"),
    ("泰國外交部發言人表示,泰國政府希望從寮國引渡前部長頌猜·本瑪。", "LAW_ENFORCEMENT"),
    ("印度尼西亚和马来西亚均希望在东盟外长会议的联合声明中提及湄公河水资源问题。", "AGREEMENT"),
    ("被视为有希望接任国家主席职务的副总理黎文成也于上周辞职。", "ELECTION"),
]


@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("body,kind", WISHED)
def test_an_act_hoped_for_is_no_event(body: str, kind: str, dateline: str) -> None:
    got = [e for e in _events(body, dateline) if e.type == kind]
    assert not got, [(e.participants, e.attributes.get("trigger")) for e in got]


TOLD = [
    ("泰国警方4日从老挝引渡前部长颂猜·本玛,泰国政府希望此案尽快审结。", "LAW_ENFORCEMENT"),
    ("印度尼西亚和马来西亚外长4日签署联合声明,双方希望进一步加强合作。", "AGREEMENT"),
    ("越南国家主席武文成和老挝国家主席通伦期待于2026年共同庆祝越老建交65周年。", "ANNIVERSARY"),
]


@pytest.mark.parametrize("dateline", DATELINES[:1])
@pytest.mark.parametrize("body,kind", TOLD)
def test_the_act_told_beside_a_wish_stays(body: str, kind: str, dateline: str) -> None:
    assert [e for e in _events(body, dateline) if e.type == kind]


@pytest.mark.parametrize("dateline", DATELINES)
def test_an_act_made_the_occasion_of_a_wish_is_told_but_one_wished_for_later_is_not(dateline: str) -> None:
    # 以…为契机 makes the signing the ground the wish stands on (told); 以后 only times the act hoped for
    told = "柬埔寨首相洪玛奈4日表示,希望双方以两国签署投资合作备忘录为契机,进一步深化经贸合作。"
    wished = "柬埔寨首相洪玛奈4日表示,希望双方以后签署投资合作备忘录,进一步深化经贸合作。"
    assert [e for e in _events(told, dateline) if e.type == "AGREEMENT"]
    assert not [e for e in _events(wished, dateline) if e.type == "AGREEMENT"]
