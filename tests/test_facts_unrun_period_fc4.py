"""Facts (fc4, issue 13): a yearless period of the year opening a figure's sentence (前11个月, 第四季度) that ends
half a year or more after the page's month has not run yet this year: the year just ended is meant. A period
that could have run, a forecast (预计), or a page late in the year keep the page's year. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def as_of(day: str, sentence: str) -> list[str | None]:
    doc = extract("题目\n\n越通社河内" + day + "电——越南统计总局发布最新数据。\n\n" + sentence + "\n", source="t.txt")
    return [f.as_of for f in doc.facts if f.unit == "USD"]


@pytest.mark.parametrize("day, sentence", [
    ("2024年1月5日", "前11个月,越南出口额达3250亿美元。"),
    ("2024年1月5日", "头十一个月,越南对美出口额为880亿美元。"),
    ("2024年2月20日", "第四季度,越南吸引外资约100亿美元。"),
    ("2024年1月8日", "前10个月,越南与日本贸易额达380亿美元。"),
])
def test_a_period_not_yet_run_is_last_years(day: str, sentence: str) -> None:
    got = as_of(day, sentence)
    assert got and all((a or "").startswith("2023") for a in got), got


@pytest.mark.parametrize("day, sentence", [
    ("2024年12月5日", "前11个月,越南出口额达3550亿美元。"),
    ("2024年3月5日", "前两个月,越南出口额达640亿美元。"),
    ("2024年1月5日", "预计前11个月,越南出口额将达3550亿美元。"),
])
def test_a_period_that_may_have_run_keeps_the_pages_year(day: str, sentence: str) -> None:
    got = as_of(day, sentence)
    assert got and all((a or "").startswith("2024") for a in got), got


def test_a_period_the_paragraph_already_dated_keeps_that_year() -> None:
    doc = extract("题目\n\n越通社河内2024年1月5日电——越南统计总局发布最新数据。\n\n"
                  "今年前11个月,两国贸易额达50亿美元。前11个月,老挝对越出口2.1亿美元。\n", source="t.txt")
    assert [(f.as_of or "")[:4] for f in doc.facts if f.unit == "USD"] == ["2024", "2024"]
