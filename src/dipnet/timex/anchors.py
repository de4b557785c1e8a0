"""Resolving what a time expression says against an anchor (the page's or a teaser's date): a
month-day to the nearest year, a bare day to the nearest month, a relative word, a weekday, a
stem-branch year, a lunar date. The patterns that find the expressions are in patterns.py, the
reading that joins both in parse.py."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from lunardate import LunarDate

from dipnet.rx import plain as _plain

from .numerals import to_int
from .patterns import BRANCHES, STEMS

LUNAR_MONTH = {"正": 1, "冬": 11, "腊": 12}


@lru_cache(maxsize=256)
def parse_anchor(anchor: str | None) -> tuple[int, int | None, int | None] | None:
    if not anchor:
        return None
    m = _plain(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?").match(anchor)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None
    # an anchor comes from page metadata, which may state a day that never was (2024-02-30, 0000-13-01)
    if valid_date(y, mo or 1, d or 1) is None:
        return None
    return y, mo, d


def _anchor_day(a: tuple[int, int | None, int | None]) -> dt.date:
    """The point an anchor stands for: its day, else the middle of its month or year."""
    y, m, d = a
    return dt.date(y, m or 7, d or (15 if m else 1))


def valid_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve_month_day(month: int, day: int, anchor: str | None) -> str:
    """The ISO date of a month-day: the year that puts it nearest the anchor (a December anchor
    reads '1月3日' as next January); a year-only anchor gives that year; no anchor '--MM-DD'."""
    a = parse_anchor(anchor)
    if a is None:
        return f"--{month:02d}-{day:02d}"
    if a[1] is None:
        got = valid_date(a[0], month, day)
        return got.isoformat() if got else f"--{month:02d}-{day:02d}"  # 2月30日 is no day of any year
    ref = _anchor_day(a)
    cands = [c for c in (valid_date(a[0] + k, month, day) for k in (-1, 0, 1)) if c]
    if not cands:  # no day of any year near the anchor (2月30日, 4月31日): left unresolved
        return f"--{month:02d}-{day:02d}"
    best = min(cands, key=lambda c: abs((c - ref).days))
    return best.isoformat()


def _resolve_month(month: int, a: tuple[int, int | None, int | None] | None) -> str | None:
    if a is None:
        return None
    if a[1] is None:
        return f"{a[0]}-{month:02d}"
    ref = _anchor_day(a)
    best = min((a[0] + k for k in (-1, 0, 1)), key=lambda y: abs((dt.date(y, month, 15) - ref).days))
    return f"{best}-{month:02d}"


def _resolve_day(day: int, a: tuple[int, int | None, int | None] | None, *, ahead: bool = False) -> str | None:
    """A bare day ('13日上午') is a day of the anchor's month, or of the month next to it when
    that is nearer (an anchor of the 2nd reads '28日' as last month); `ahead`: a day announced for
    later is the first such day from the anchor on."""
    if a is None or a[1] is None:
        return None
    ref = _anchor_day(a)
    cands = []
    for k in (-1, 0, 1):
        y, m = (a[0], a[1] + k) if 1 <= a[1] + k <= 12 else (a[0] + (1 if a[1] + k > 12 else -1), (a[1] + k - 1) % 12 + 1)
        c = valid_date(y, m, day)
        if c:
            cands.append(c)
    if not cands:
        return None
    if a[2] is None:  # month anchor: stay in that month
        same = [c for c in cands if c.month == a[1]]
        return same[0].isoformat() if same else None
    nearest = min(cands, key=lambda c: abs((c - ref).days))
    later = [c for c in cands if c >= ref]
    # (a day just past, '将于3日' on the 5th, is the page's date lagging, not next month's)
    if ahead and later and (ref - nearest).days > 3:
        return min(later).isoformat()
    return nearest.isoformat()


def _shift(a: tuple[int, int | None, int | None] | None, unit: str, k: int) -> tuple[str | None, str]:
    """Anchor moved by a relative word (unit d/m/y), at the precision the word names; None when
    the anchor is too coarse for it ('昨天' against a month anchor)."""
    prec = {"d": "day", "m": "month", "y": "year"}[unit]
    if a is None:
        return None, prec
    y, m, d = a
    if unit == "d":
        if d is None or m is None:
            return None, prec
        return (dt.date(y, m, d) + dt.timedelta(days=k)).isoformat(), prec
    if unit == "m":
        if m is None:
            return None, prec
        n = y * 12 + (m - 1) + k
        return f"{n // 12}-{n % 12 + 1:02d}", prec
    return str(y + k), prec


def _year(s: str) -> int | None:
    v = to_int(s)
    return v if v is not None and 1800 <= v <= 2100 else None


def _num(s: str | None) -> int | None:
    return to_int(s) if s else None


def ganzhi_year(name: str, anchor: str | None = None) -> int | None:
    """The Gregorian year whose lunar year carries this stem-branch name, nearest the anchor
    (丙午 -> 2026); without an anchor, the one in 1984-2043."""
    if len(name) < 2 or name[0] not in STEMS or name[1] not in BRANCHES:
        return None
    i, j = STEMS.index(name[0]), BRANCHES.index(name[1])
    k = next(k for k in range(60) if k % 10 == i and k % 12 == j)
    base = 1984 + k  # 1984 was 甲子
    a = parse_anchor(anchor)
    if a is None:
        return base
    return min((base + 60 * n for n in (-2, -1, 0, 1)), key=lambda y: abs(y - a[0]))


def _lunar_to_solar(month: int, day: int, lyear: int | None, a: tuple[int, int | None, int | None] | None) -> str | None:
    """A lunar month-day in a lunar year, or (no year) in the lunar year that puts it nearest
    the anchor."""
    try:
        if lyear is not None:
            return LunarDate(lyear, month, day).to_solar_date().isoformat()
        if a is None:
            return None
        ref = _anchor_day(a)
        cands = [LunarDate(a[0] + k, month, day).to_solar_date() for k in (-1, 0, 1)]
        return min(cands, key=lambda c: abs((c - ref).days)).isoformat()
    except ValueError:
        return None


def _lunar_day(s: str) -> int | None:
    return to_int(s[1:]) if s.startswith("初") else to_int(s)
