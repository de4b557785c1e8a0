"""A month told without its year, read ahead of the report, in a clause that announces nothing (mv1, issue 13):
石破茂4月访问马尼拉 in a report of October, 小马科斯2月正式访问日本时 in one of October, 5月份,…签署了 in one of
December. The time stage reads a yearless month (or month and day) in the year that puts it nearest the report,
which half a year on is the coming one; but news tells what is to come with a word that announces it (将, 拟,
计划, 预计, 定于: the event's plan marks), and a month told bare, months away, is one the story looks back on:
the year before, and the event is done. A headline or a teaser's line, which drops the 将 of what it announces
(莫迪5月访华), and a day within three months of the report (the nearest reading, 11月3日至5日出访 in a report of
11 October) keep the reading."""

from __future__ import annotations

import datetime as dt

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage

_AHEAD_DAYS = 92  # days after the report beyond which a bare month told without a plan mark is last year's


def _day(value: str) -> dt.date:
    return dt.date(int(value[:4]), int(value[5:7]) if len(value) >= 7 else 1, int(value[8:10]) if len(value) >= 10 else 1)


def _year_before(value: str | None) -> str | None:
    if not value or len(value) < 7:
        return value
    if value[5:] == "02-29":  # (29 February of a leap year has no twin the year before)
        return f"{int(value[:4]) - 1}-02-28"
    return f"{int(value[:4]) - 1}{value[4:]}"


def told_back(page: EventPage, c: Clause, date: str | None, end_date: str | None,
              anchor: str | None) -> tuple[str | None, str | None] | None:
    """The event's date and end a year back where the date is a yearless month (or month and day) of the
    sentence, read more than three months after the report, outside a headline or a teaser; else None. (Called
    only where the clause has no plan mark and the date is after the report.)"""
    if not date or len(date) < 7 or not anchor or len(anchor) < 7 or c.brief is not None:
        return None
    seg = page.doc.segment_at(c.start)
    if seg is not None and seg.kind == "title":
        return None  # (莫迪5月访华: a headline's announcement without its 将)
    if (_day(date) - _day(anchor)).days <= _AHEAD_DAYS:
        return None
    told = [t for t in page.times.starting_in(c.sentence[0], c.end) if t.value and t.value[:7] == date[:7]]
    if not told or any(t.explicit_year or t.kind not in ("date", "range") for t in told):
        return None  # (2026年4月: the year is the text's own)
    return _year_before(date), _year_before(end_date)
