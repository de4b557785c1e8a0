"""Facts (fc7, issue 13): a time right after 比 or 较 is what the figure is compared with, whatever word
follows it (比去年高出3.5个百分点, 比去年多20个, 比前年翻了一番): the figure holds for the time its own
clause tells, or the page's, not for the base. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def as_of(body: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n越通社河内2024年3月5日电——" + body + "\n", source="t.txt")
    return [(f.value, (f.as_of or "")[:4]) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize("body, value, year", [
    ("越南出口增速比去年高出3.5个百分点。", 3.5, "2024"),
    ("今年新批项目120个,比去年多20个。", 20, "2024"),
    ("泰国游客人数比前年翻了一番,达到50万人次。", 5e5, "2024"),
    ("越南今年对日出口比上年快,达到250亿美元。", 2.5e10, "2024"),
])
def test_a_time_after_bi_is_a_base(body: str, value: float, year: str) -> None:
    got = as_of(body)
    assert (value, year) in got, got


@pytest.mark.parametrize("body, value, year", [
    ("2023年,越南对老挝投资额达2亿美元,较2022年增长10%。", 2e8, "2023"),  # the clause's own year
    ("去年越南与日本贸易额增长5%。", 5, "2023"),  # 去年 with no 比 dates the figure
])
def test_the_clause_year_still_dates(body: str, value: float, year: str) -> None:
    got = as_of(body)
    assert (value, year) in got, got
