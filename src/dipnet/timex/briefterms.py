"""A teaser's date checked against the terms of the office holders it names with their titles: a
teaser dated only from its block or page cannot fall outside the stretch they were all in office."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..model import DateValue


def date_span(d: DateValue) -> tuple[dt.date, dt.date]:
    """The first and last day a date at its precision stands for."""
    y = int(d.date[:4])
    if d.precision == "year" or len(d.date) < 7:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = int(d.date[5:7])
    if d.precision == "month" or len(d.date) < 10:
        return dt.date(y, m, 1), dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    day = dt.date.fromisoformat(d.date[:10])
    return day, day


def term_bounds(terms: Sequence[tuple[str, str, str | None]]) -> tuple[dt.date, dt.date | None, str] | None:
    """The stretch every titled office holder of a teaser was in office: (first day, last day or
    None for a term still running, who). None where the terms never meet (a title misread)."""
    if not terms:
        return None
    # a post one person held twice (two spans of one name): the stretch from the first to the last
    joined: list[tuple[str, str, str | None]] = []
    for n, s, e in terms:
        k = next((k for k, (n0, s0, e0) in enumerate(joined) if n0 == n and (
            (e0 is not None and _day(e0, True) < _day(s, False)) or (e is not None and _day(e, True) < _day(s0, False)))), None)
        if k is None:
            joined.append((n, s, e))
        else:
            n0, s0, e0 = joined[k]
            joined[k] = (n, min(s0, s), None if e is None or e0 is None else max(e0, e))
    terms = joined
    lo = max(_day(s, False) for _, s, _ in terms)
    ends = [_day(e, True) for _, _, e in terms if e]
    hi = min(ends) if ends else None
    if hi is not None and hi < lo:
        return None
    return lo, hi, "、".join(sorted({n for n, _, _ in terms}))


def _day(s: str, upper: bool) -> dt.date:
    y = int(s[:4])
    if len(s) >= 10:
        return dt.date.fromisoformat(s[:10])
    if len(s) >= 7:
        m = int(s[5:7])
        return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1) if upper else dt.date(y, m, 1)
    return dt.date(y, 12, 31) if upper else dt.date(y, 1, 1)


def within_terms(d: DateValue, terms: Sequence[tuple[str, str, str | None]]) -> DateValue | None:
    """A teaser dated only from its block or page whose office holders were not in office then
    (a 2020 page under a 更多 block of 2025 news; 越共总书记阮富仲 in a block dated after his term)
    gets the nearest date their terms allow: the month at the term's edge when that is within two
    months of the block's date, else only the edge's year (how far past the edge is not known)."""
    b = term_bounds(terms)
    if b is None:
        return None
    lo, hi, who = b
    first, last = date_span(d)
    if hi is not None and first > hi:
        edge, side = hi, "ended"
        near = (first - hi).days <= 62
    elif last < lo:
        edge, side = lo, "began"
        near = (lo - last).days <= 62
    else:
        return None
    if near:
        return DateValue(f"{edge.year}-{edge.month:02d}", "month", "inferred", 0.35,
                         f"{d.evidence}; but the term of {who} {side} {edge.isoformat()}: its nearest month")
    return DateValue(str(edge.year), "year", "inferred", 0.2,
                     f"the term of {who} {side} {edge.isoformat()}, far from {d.date} ({d.evidence}): "
                     f"the year is only the nearest one the term allows")
