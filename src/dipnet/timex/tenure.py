"""Terms of office as stretches of time: which of the people a page names with a title held their
posts together, and when (read by year.py to bound a page's year)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

FIRST, LAST = 1990, 2035  # the years pages are read of: a term that ended before FIRST is a historical reference


def _date_of(s: str, upper: bool) -> dt.date:
    y = int(s[:4])
    m = int(s[5:7]) if len(s) >= 7 else (12 if upper else 1)
    if len(s) >= 10:
        return dt.date(y, m, int(s[8:10]))
    if upper:
        return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(y, m, 1)


def _open_end() -> int:
    """The last year an open term of office (no end in the knowledge base) can be taken to run to:
    the positions file is current as of early 2026; a page read later may be newer."""
    return max(2026, dt.date.today().year)


def tenure_regions(tenure: Sequence[tuple[str, str, str | None]]) -> list[tuple[dt.date, dt.date, frozenset[str]]]:
    """Stretches of time with the set of people whose terms all cover them. A term that ended
    before news of the kind read here existed is a historical reference and is left out."""
    spans: list[tuple[dt.date, dt.date, str]] = []
    for i, (name, start, end) in enumerate(tenure):  # each post named counts, two of one person too
        lo = _date_of(start, False)
        hi = _date_of(end, True) if end else dt.date(_open_end(), 12, 31)
        if hi.year >= FIRST and lo <= hi:
            # one post held twice years apart (two spans of one name that never meet): one key,
            # so a day in either term counts the person once and a day between them not at all
            key = next((k for a, b, k in spans if k.split("#")[0] == name and (b < lo or hi < a)), f"{name}#{i}")
            spans.append((lo, hi, key))
    cuts = sorted({s[0] for s in spans} | {s[1] + dt.timedelta(days=1) for s in spans})
    out: list[tuple[dt.date, dt.date, frozenset[str]]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        names = frozenset(n for lo, hi, n in spans if lo <= a and hi >= b - dt.timedelta(days=1))
        if names:
            out.append((a, b - dt.timedelta(days=1), names))
    return out
