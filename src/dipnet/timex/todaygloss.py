"""A page that glosses its 'today' with a day (今天(18号)开始访问, 今日(7日)): every other 'today' of its article is
that day, not the page's date as read (a report filed the day after the story, its stamp a day later)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dipnet.model import TimeExpr
from dipnet.timex.words import WORDS

_NEAR = 2  # days: a gloss further from the page's date is some other day, not the story's today


def glossed_today(times: list[TimeExpr], text: str, brief_at: Callable[[int], int | None],
                  anchor: str | None) -> list[TimeExpr]:
    """`times` with each unglossed 'today' of the article set to the one day its glosses give."""
    today = tuple(WORDS["today_words"])
    days = set()
    glossed = set()
    for t, nxt in zip(times, times[1:], strict=False):
        if t.kind == "relative" and t.note in today and brief_at(t.start) is None and nxt.kind == "date" and \
                nxt.precision == "day" and nxt.value and text[t.end:nxt.start].strip() in ("(", "（") and \
                text[nxt.end:nxt.end + 1] in (")", "）"):
            days.add(nxt.value)
            glossed.add(t.start)
    if len(days) != 1 or not anchor or len(anchor) != 10:
        return times
    day = days.pop()
    if day == anchor or abs((dt.date.fromisoformat(day) - dt.date.fromisoformat(anchor)).days) > _NEAR:
        return times
    return [TimeExpr(t.start, t.end, day, "day", None, t.kind, t.explicit_year, f"{t.note} (today glossed: {day})")
            if t.kind == "relative" and t.note in today and t.start not in glossed and brief_at(t.start) is None
            else t for t in times]
