"""A relative year word with the year it names in brackets, as Taiwan and Hong Kong papers write it:
'去(2024)年', '今(2025)年3月5日', '本(110)年7月' (a Republic of China year below 1000: 1911 + n). The
bracket says the year; the word's shift from the report's year is not needed (patterns.py, bracket_year).
And a relative month word with its month in brackets: '本(1)月15日', '上(12)月5日' (bracket_month)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import TimeExpr
from .anchors import _num
from .numerals import to_int
from .words import WORDS


def bracket_year(m: re.Match[str], md: Callable[[int | None, int | None, int | None], str | None]) -> TimeExpr | None:
    """The year in brackets, with its month, day and a range's last day when written; `md` makes a
    calendar day of (month, day, year) or None."""
    n = to_int(m.group("y"))  # ('本(八十八)年': the Republic's year in words, 80-119 as in figures)
    if n is None or (n < 1000 and not 80 <= n <= 119):
        return None
    y = n if n >= 1000 else 1911 + n
    note = f"bracketed year {m.group('w')}({n}) = {y}"
    mo, d = _num(m.group("m")), _num(m.group("d"))
    if mo is None:
        return TimeExpr(0, 0, str(y), "year", None, "date", True, note)
    if not 1 <= mo <= 12:
        return None
    if d is None:
        return TimeExpr(0, 0, f"{y}-{mo:02d}", "month", None, "date", True, note)
    v = md(mo, d, y)
    if v and m.group("d2"):
        e = md(_num(m.group("m2")) or mo, _num(m.group("d2")), y)
        if e and e >= v:
            return TimeExpr(0, 0, v, "day", e, "range", True, note)
    return TimeExpr(0, 0, v, "day", None, "date", True, note) if v else None


def bracket_month(m: re.Match[str], a: tuple[int, int | None, int | None] | None,
                  md: Callable[[int | None, int | None, int | None], str | None]) -> TimeExpr | None:
    """The month in brackets after 本/上/下, in the year the word's shift from the report's month (`a`) reaches
    (上(12)月 in a report of January is last year's December), with its day and a range's last day."""
    mo = _num(m.group("m"))
    if a is None or a[1] is None or mo is None or not 1 <= mo <= 12:
        return None
    n = a[0] * 12 + a[1] - 1 + int(WORDS["year"]["bracket_month_shift"][m.group("w")])
    y = n // 12 if n % 12 + 1 == mo else a[0]
    note = f"bracketed month {m.group('w')}({mo})"
    d = _num(m.group("d"))
    if d is None:
        return TimeExpr(0, 0, f"{y}-{mo:02d}", "month", None, "date", False, note)
    v = md(mo, d, y)
    e = md(mo, _num(m.group("d2")), y) if v and m.group("d2") else None
    if v and e and e > v:
        return TimeExpr(0, 0, v, "day", e, "range", False, note)
    return TimeExpr(0, 0, v, "day", None, "date", False, note) if v else None
