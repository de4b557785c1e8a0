"""A page whose year only a weekday beside a day tells (no URL date, no office term the knowledge base
knows) is dated to the latest year the weekday holds in, not the first of the open range (invented pages)."""

from __future__ import annotations

import datetime as dt

import pytest

from dipnet.model import Page
from dipnet.pipeline import process_page
from dipnet.timex.tenure import LAST

URL = "https://example.org/a.html"


@pytest.mark.parametrize(("text", "month", "day", "weekday"), [
    ("越南渔船遇袭 越南向中方提出抗议\n\n越南外交部指控,有关人员于周日(9月29日)殴打越南渔民。越南外交部发言人周三(10月2日)晚上发表声明表示反对。\n",
     9, 29, 6),
    ("越南渔船遇袭\n\n越南外交部发言人周五(3月15日)表示反对。\n", 3, 15, 4),
])
def test_the_latest_year_of_a_weekday_wins_a_tie(text: str, month: int, day: int, weekday: int) -> None:
    doc = process_page(Page(source=URL, url=URL, text=text))
    want = max(y for y in range(1990, min(LAST, dt.date.today().year) + 1) if dt.date(y, month, day).weekday() == weekday)
    assert doc.published is not None and doc.published.date is not None
    assert doc.published.date.startswith(str(want))
