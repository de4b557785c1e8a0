"""A year-less 2月29日 in a sentence that told a year relative to the report (明年, 去年) is of that
year only where that year has a 29 February: moved to a common year it was no day, and the time
stage raised ValueError on it (the page gave nothing)."""

import pytest

from dipnet.pipeline import extract


@pytest.mark.parametrize("text", [
    "两国外长会谈\n\n2025年4月28日\n\n明年（2月29日），两国外长将在万象举行会谈。\n",
    "两国外长会谈\n\n2025年4月28日\n\n明年2月29日，两国外长将在万象举行会谈。\n",
    "两国外长会谈\n\n2024年4月28日\n\n去年，两国外长于2月29日在万象举行会谈。\n",
])
def test_a_leap_day_is_not_moved_to_a_common_year(text: str) -> None:
    doc = extract(text)
    assert doc.published is not None
    assert all(t.value != f"{y}-02-29" for t in doc.times for y in ("2023", "2026") if t.value)

