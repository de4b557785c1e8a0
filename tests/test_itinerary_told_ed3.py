"""A trip whose itinerary its clause tells or explains (发言人说明了某某的访华行程, 介绍…访问老挝的日程, 就…访问的
日程回答提问) is a programme laid out, so the visit is planned; a trip whose itinerary ended, began or is debriefed
(结束…访华行程, 展开…访问行程, 介绍访华行程的成果) stays occurred."""
from __future__ import annotations

import pytest

from dipnet.pipeline import extract

XH = "越南与老挝加强合作\n\n2025年03月05日 10:20\n\n新华社河内3月5日电 "
CNA = "越南與寮國加強合作\n\n2025/03/05 10:20\n\n（中央社記者王小明台北5日電）"


def _visit_status(page: str, who: str) -> list[str]:
    doc = extract(page + "\n", source="probe.txt")
    return [e.status for e in doc.events if e.type == "VISIT" and any(who in p for p in e.participants)]


@pytest.mark.parametrize("page, who", [
    (XH + "中国外交部发言人5日在例行记者会上说明了越南外长黎怀忠的访华行程。", "黎怀忠"),
    (XH + "越南外交部发言人5日介绍了越南国家主席梁强对老挝的访问日程。", "梁强"),
    (CNA + "外交部5日介紹了越南副總理陳紅河的訪台行程。", "陈红河"),
    (XH + "越南外交部5日公布了越南国家主席梁强访问老挝的行程。", "梁强"),
    (XH + "发言人就越南国家主席梁强访问老挝的日程回答了记者提问。", "梁强"),
    (CNA + "外交部5日通報越南副總理陳紅河訪台的行程安排。", "陈红河"),
])
def test_itinerary_told_is_planned(page: str, who: str) -> None:
    assert _visit_status(page, who) == ["planned"]


@pytest.mark.parametrize("page, who", [
    (XH + "越南外长黎怀忠5日结束了对中国的访华行程，返回河内。", "黎怀忠"),
    (CNA + "越南副總理陳紅河5日抵達台北，展開為期兩天的訪問行程。", "陈红河"),
    (XH + "越南外长黎怀忠5日向媒体介绍了访华行程的成果。", "黎怀忠"),
    (XH + "越南外交部5日宣布，越南国家主席梁强对老挝的访问行程圆满结束。", "梁强"),
])
def test_itinerary_done_stays_occurred(page: str, who: str) -> None:
    assert _visit_status(page, who) == ["occurred"]
