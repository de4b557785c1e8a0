"""Relative days under a story's own dispatch stamp (issue 13, unseen pages).

A story filed under a dispatch line or report stamp ('(槟城22日讯)', '新华社北京6月13日电', '参考消息网4月16日报道 ')
tells its 'yesterday', 'tomorrow', 'Tuesday' and 'next week' from the day it was filed, not from the day the page
that carries it was posted ('(北京31日讯)…明日会正式…' on a page of 1 November is 31 October's tomorrow). The stamp's
reach runs from its line to the next stamp's of the main text; a teaser keeps its own anchor. Only the words
relative to the report's day are read again against the stamp (a month and day names its own day); a stamp more
than a month from the page's date is no filing day of the page's story. Words: data/timewords.json
(dispatch_stamp_after)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dipnet.model import TimeExpr
from dipnet.rx import plain as _plain
from dipnet.timex.words import WORDS

_STAMP_AFTER = _plain(WORDS["dispatch_stamp_after"])
_REACH = 31  # days: how far a filing day may fall from the page's date
# (zone start, end, brief, kind; anchor) -> the times found in the zone against the anchor
Reader = Callable[[int, int, int | None, str, str], list[TimeExpr]]


def _relative(t: TimeExpr) -> bool:
    """A time counted from the report's day (昨晚, 明日, 周二, 下周, 今明两天), not one the text names itself."""
    return bool(t.value) and (t.kind == "relative" or (t.kind == "range" and "from the anchor" in t.note))


def _stamps(text: str, times: list[TimeExpr], brief_at: Callable[[int], int | None]) -> list[TimeExpr]:
    """The main text's dispatch stamps (each ends the reach of the one before it)."""
    return [t for t in times if t.kind == "date" and t.precision == "day" and t.value and len(t.value) == 10
            and brief_at(t.start) is None and _STAMP_AFTER.match(text, t.end)]


def _other_day(t: TimeExpr, anchor: str) -> bool:
    """A stamp filed on another day than the page's, within a month of it."""
    try:
        return t.value != anchor and abs((dt.date.fromisoformat(t.value or "") - dt.date.fromisoformat(anchor)).days) <= _REACH
    except ValueError:
        return False


def stamped_days(text: str, times: list[TimeExpr], zones: list[tuple[int, int, int | None, str]],
                 brief_at: Callable[[int], int | None], anchor: str | None, read: Reader) -> list[TimeExpr]:
    """`times` with the relative ones under a dispatch stamp read again against the stamp's day."""
    if not anchor or len(anchor) != 10:
        return times
    stamps = _stamps(text, times, brief_at)
    if not any(_other_day(t, anchor) for t in stamps):
        return times
    again: dict[tuple[int, int], TimeExpr] = {}
    for i, stamp in enumerate(stamps):
        if not _other_day(stamp, anchor):
            continue
        since = text.rfind("\n", 0, stamp.start) + 1  # (the stamp's line: a headline run into it is the story's)
        until = text.rfind("\n", 0, stamps[i + 1].start) + 1 if i + 1 < len(stamps) else len(text)
        for start, end, brief, kind in zones:
            if brief is not None or end <= since or start >= until:
                continue
            for t in read(start, end, brief, kind, stamp.value or anchor):
                if _relative(t) and since <= t.start < until:
                    again[(t.start, t.end)] = t
    return [again.get((t.start, t.end), t) if _relative(t) else t for t in times]
