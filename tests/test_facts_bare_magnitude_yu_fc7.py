"""Facts (fc7, issue 13): a bare magnitude followed by 余 or 多 is a number (千余名侨胞, 万余名游客, 百多名代表,
百余个国家): N余 is the value N (SPEC). And countries counted in Chinese numerals are a count, not a slogan
(二十多个国家, 百余个国家: the 国 of slogan_nouns no longer rules out 国家). Before, neither gave a fact.
Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def facts(body: str) -> list[tuple[float, str]]:
    doc = extract("题目\n\n越通社河内2024年3月5日电——" + body + "\n", source="t.txt")
    return [(f.value, f.unit) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize("body, value, unit", [
    ("千余名越南侨胞参加了活动。", 1000, "person"),
    ("万余名中国游客到访下龙湾。", 10000, "person"),
    ("百多名代表出席会议。", 100, "person"),
    ("越南已与百余个国家建立外交关系。", 100, "count"),
    ("越南已与二十多个国家建立战略伙伴关系。", 20, "count"),
])
def test_the_count_is_read(body: str, value: float, unit: str) -> None:
    got = facts(body)
    assert (value, unit) in got, got


@pytest.mark.parametrize("body, value, unit", [
    ("两千多名侨胞参加了活动。", 2000, "person"),  # a numeral before the magnitude, as before
    ("逾百名越南侨胞参加了活动。", 100, "person"),
])
def test_other_magnitudes_stay(body: str, value: float, unit: str) -> None:
    got = facts(body)
    assert (value, unit) in got, got


@pytest.mark.parametrize("body", ["我们两个国家是好邻居。", "越南是对老挝投资最多的三个国家之一。"])
def test_no_count_where_none_is_told(body: str) -> None:
    assert facts(body) == []
