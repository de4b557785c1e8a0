"""Readers of dates that carry their year: lunar dates and years, full dates and ranges, Republic of China
years, ISO dates, years and months. Each takes the finder and its pattern's match (parse._MAKERS)."""

from __future__ import annotations

import re

from ..model import TimeExpr
from .anchors import LUNAR_MONTH, _lunar_day, _lunar_to_solar, _num, _year, ganzhi_year
from .finder import Finder, time_expr
from .numerals import to_int


# lunar dates
def lunar(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    gz = m.groupdict().get("gz")
    ly = ganzhi_year(gz, f.anchor) if gz else None
    mo_s = m.groupdict().get("m") or "正"
    mo = LUNAR_MONTH.get(mo_s) or to_int(mo_s)
    d = _lunar_day(m.group("d"))
    if mo is None or d is None:
        return None
    v = _lunar_to_solar(mo, d, ly, f.a)
    return time_expr(v, "day", "lunar", explicit=bool(gz), note=f"lunar {mo}-{d}" + (f" {gz}" if gz else ""))

def ganzhi(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    y = ganzhi_year(m.group("gz"), f.anchor)
    return time_expr(str(y), "year", "lunar", explicit=True, note=f"lunar year {m.group('gz')}") if y else None

# full dates and their ranges
def full(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    y = _year(m.group("y"))
    if y is None:
        return None
    v = f.md(_num(m.group("m")), _num(m.group("d")), y)
    if v is None:
        return None
    if m.groupdict().get("d2"):
        y2 = _year(m.group("y2")) if m.group("y2") else y
        m2 = _num(m.group("m2")) or _num(m.group("m"))
        e = f.md(m2, _num(m.group("d2")), y2)
        if e and e >= v:
            return time_expr(v, "day", "range", end=e, explicit=True)
    return time_expr(v, "day", explicit=True)

def roc(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    """'112年5月24日': a Republic of China year (1911 + n) before a month and a day, and a range's end."""
    n = int(m.group("y") or m.group("yb"))
    v = f.md(_num(m.group("m")), _num(m.group("d")), 1911 + n)
    if v is None:
        return None
    note = f"ROC year {n} = {1911 + n}"
    if m.group("d2"):
        e = f.md(_num(m.group("m2")) or _num(m.group("m")), _num(m.group("d2")), 1911 + n)
        if e and e >= v:
            return time_expr(v, "day", "range", end=e, explicit=True, note=note)
    return time_expr(v, "day", explicit=True, note=note)

def roc_fiscal(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    """'115年度': the Republic of China fiscal year 1911 + n (a year, not the page's: no vote)."""
    n = int(m.group("y"))
    return time_expr(str(1911 + n), "year", explicit=True, note=f"ROC fiscal year {n} = {1911 + n}")

def iso(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    y = _year(m.group("y"))
    v = f.md(int(m.group("m")), int(m.group("d")), y) if y else None
    return time_expr(v, "day", explicit=True) if v else None

def iso_range(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    y = _year(m.group("y"))
    mo, mo2 = int(m.group("m")), int(m.group("m2") or m.group("m"))
    v = f.md(mo, int(m.group("d")), y) if y else None
    v2 = f.md(mo2, int(m.group("d2")), y) if y else None
    if not (v and v2 and v2 > v):
        return None
    return time_expr(v, "day", "range", end=v2, explicit=True)

def year_month(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    y, mo = _year(m.group("y")), _num(m.group("m"))
    if y is None or mo is None or not 1 <= mo <= 12:
        return None
    v = f"{y}-{mo:02d}"
    mo2 = _num(m.groupdict().get("m2"))
    if mo2 and mo2 >= mo:
        return time_expr(v, "month", "range", end=f"{y}-{mo2:02d}", explicit=True)
    return time_expr(v, "month", explicit=True)

def years(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    y = _year(m.group("y"))
    if y is None:
        return None
    y2s = m.groupdict().get("y2")
    if y2s:
        y2 = _year(y2s) if len(y2s) == 4 else (y // 100 * 100 + int(y2s) if y2s.isdigit() else None)
        if y2 is None or y2 < y:
            return None
        return time_expr(str(y), "year", "range", end=str(y2), explicit=True, note=m.group().strip())
    return time_expr(str(y), "year", explicit=True)
