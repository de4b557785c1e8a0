"""Contradictions a text states about its own dates (a wrong lunar day, a wrong weekday)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right

from lunardate import LunarDate

from dipnet.rx import plain as _plain

from ..model import TimeExpr


def check_contradictions(text: str, times: list[TimeExpr]) -> list[str]:
    """Statements a text makes about its own dates that do not hold: a day called the first of
    the lunar year (or any lunar day) it is not, or a weekday the date does not fall on."""
    out: list[str] = []
    solar = [t for t in times if t.kind in ("date", "range") and t.precision == "day" and t.value
             and len(t.value) == 10]
    by_start = sorted(range(len(solar)), key=[t.start for t in solar].__getitem__)  # (no key call per date)
    # only the dates starting within a gap and a date's length of an expression can stand beside
    # it: looked up by their starts, not by reading every date for every expression (on a long
    # page, a cost growing with the square of its length)
    starts = [solar[i].start for i in by_start]
    longest = max((s.end - s.start for s in solar), default=0)
    for t in times:
        gap = 14 if t.kind == "lunar" else 4  # '2月14日上午(2026年农历大年初一)'
        window = sorted(by_start[bisect_left(starts, t.start - gap - longest):bisect_right(starts, t.end + gap)])
        near = [s for s in map(solar.__getitem__, window) if 0 <= t.start - s.end <= gap or 0 <= s.start - t.end <= gap]
        if not near:
            continue
        s = min(near, key=lambda s: min(abs(t.start - s.end), abs(s.start - t.end)))
        day = dt.date.fromisoformat(s.value or "")
        if t.kind == "lunar" and t.precision == "day":
            ld = LunarDate.from_solar_date(day.year, day.month, day.day)
            m = _plain(r"lunar (\d+)-(\d+)").match(t.note)
            if m and (ld.month, ld.day) != (int(m.group(1)), int(m.group(2))):
                out.append(f"{s.value} is called {text[t.start:t.end]} (lunar {m.group(1)}-{m.group(2)}) "
                           f"but is lunar {ld.month}-{ld.day} ({t.value} would be)")
        elif t.kind == "relative" and t.note.startswith("weekday"):
            want = int(t.note.split()[1]) - 1
            if day.weekday() != want:
                out.append(f"{s.value} is called {text[t.start:t.end]} but is weekday {day.weekday() + 1}")
    return out
