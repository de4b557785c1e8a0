"""Facts (fc7, issue 13): the as-of of a figure told over a span from one year to another. A range after
从/自 (从2020年到2023年) runs between its years and frames the figure (before, 从/自 made it an opening
that frames nothing); a year closing a span another time opens (自今年起至2027年, 从今年到2027年,
2024年起至2027年) gives the span of both, not the closing year alone. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def as_of(body: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n越通社河内2024年3月5日电——" + body + "\n", source="t.txt")
    return [(f.value, f.as_of) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize("body, value, span", [
    ("从2020年到2023年,中国累计向越南投资500亿美元。", 5e10, "2020-2023"),
    ("自2020年至2023年,中国累计向越南投资500亿美元。", 5e10, "2020-2023"),
    ("自今年起至2027年,日本每年提供越南100万美元。", 1e6, "2024-2027"),
    ("从今年到2027年,日本每年提供越南100万美元。", 1e6, "2024-2027"),
    ("2024年起至2027年,日本每年提供越南100万美元。", 1e6, "2024-2027"),
])
def test_a_span_from_one_year_to_another(body: str, value: float, span: str) -> None:
    got = as_of(body)
    assert (value, span) in got, got


@pytest.mark.parametrize("body, value, year", [
    ("两国力争到2030年将双边贸易额提升至500亿美元。", 5e10, "2030"),  # a goal alone
    ("截至2023年,中国对越南投资超过270亿美元。", 2.7e10, "2023"),  # 截至 closes no span
    ("2020年越南出口额达2800亿美元,到2023年增至3550亿美元。", 3.55e11, "2023"),  # two figures, two years
])
def test_single_years_stay(body: str, value: float, year: str) -> None:
    got = as_of(body)
    assert (value, year) in got, got
