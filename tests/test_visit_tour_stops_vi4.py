"""A tour told by its stops (vi4, issue 13): the land a stop word names after 是/为 (第一站是甲, 他的最后一站是乙) is a
VISIT of the one touring, as is 下一站将访问丙 in a clause going on from the sentence's subject; a stop named without
是/为 (甲是他此行的第一站) or one that is no land tells no visit of its own."""

import pytest

from dipnet.pipeline import extract

HEAD = "出访消息\n\n2025-03-09\n新华社北京3月9日电 "


def visits(text: str) -> list[list[str]]:
    doc = extract(HEAD + text + "\n", source="stops.txt")
    return sorted(sorted(e.participants) for e in doc.events if e.type == "VISIT")


@pytest.mark.parametrize("text, visitor, host", [
    ("法国总统马克龙这次非洲之行访问三个国家,第一站是肯尼亚。", "马克龙", "肯尼亚"),
    ("德国总理朔尔茨3日开始亚洲之行,首站是越南。", "朔尔茨", "越南"),
    ("印度总理莫迪本月展开欧洲之旅,出席峰会后,下一站将访问奥地利。", "莫迪", "奥地利"),
])
def test_a_stop_of_a_tour_is_a_visit(text: str, visitor: str, host: str) -> None:
    assert sorted([visitor, host]) in visits(text)


def test_the_last_stop_told_by_a_pronoun() -> None:
    text = "巴西总统卢拉8日动身前往中国进行访问。他的最后一站是葡萄牙。"
    assert sorted(["卢拉", "葡萄牙"]) in visits(text)


@pytest.mark.parametrize("text", [
    "地铁一号线的首站是市中心广场。",
    "这条铁路的最后一站是边境口岸。",
])
def test_a_stop_that_is_no_land_is_no_visit(text: str) -> None:
    assert visits(text) == []
