"""The month (and day) of a report whose lead tells a bare day (issue 13, pd4): where the text tells the month
elsewhere than beside the day.

- A bare day told in the lead's sentence as a departure or an arrival before a span of days that is not planned
  ('王廷惠于29日上午已率团离开河内,开始于11月30日至12月7日…进行正式访问'): the span is the trip, the bare day the
  report's, in the span's month or the month before, within 15 days before its first day. Not a day something
  was announced on ('汪文斌24日称,王毅5月26日至6月4日…访问'): the report may come days later.
- A month told by its late part as past ('高市早苗也於10月底前往慶州') and a bare day early in a month ('於7日在首爾
  舉行'): the day is of the month after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dipnet.rx import plain as _plain

from ..model import TimeExpr
from .anchors import valid_date
from .parse import find_times
from .spoken import PLANNED
from .words import WORDS

_EARLIER = _plain(WORDS["earlier"])
_LATE_PART = _plain(WORDS["month_late_part"])
_DEPARTURE = _plain(WORDS["span_departure"])
_SENTENCE_END = "。!?;\n！？；"


def day_before_span(head: str, span: TimeExpr, y: int) -> tuple[dt.date, str] | None:
    """The bare day the lead's sentence tells before `span` (a range of days in `head`, year `y`) with a
    departure or an arrival between them, when it falls within 15 days before the span's first day: (the day,
    its words); else None."""
    if span.kind != "range" or span.explicit_year or not span.note.startswith("--"):
        return None
    first = valid_date(y, int(span.note[2:4]), int(span.note[5:7]))
    if first is None:
        return None
    a = max(head.rfind(c, 0, span.start) for c in _SENTENCE_END) + 1
    seg = head[a:span.start]
    for t in find_times(seg, f"{y}-{first.month:02d}"):
        if t.kind != "date" or not t.note.startswith("day ") or PLANNED.search(seg[max(0, t.start - 4):t.start]) \
                or _EARLIER.search(seg[max(0, t.start - 3):t.start]):
            continue
        d = int(t.note.split()[1])
        day = valid_date(y, first.month, d) if d <= first.day else \
            valid_date(y, first.month - 1, d) if first.month > 1 else None
        if day is not None and 0 <= (first - day).days <= 15 and _DEPARTURE.search(seg, t.end):
            return day, seg[t.start:t.end]
    return None


def month_after_late_part(text: str, times: Sequence[TimeExpr], day: int) -> tuple[int, str] | None:
    """The month after the latest month the text tells by its late part, not as planned ('10月底前往…'),
    for a bare day early in a month (the 15th at most): (month, words); else None."""
    if day > 15:
        return None
    told = [t for t in times if t.precision == "month" and t.kind == "date" and not t.explicit_year
            and t.note.startswith("--") and _LATE_PART.search(text[t.start:t.end])
            and not PLANNED.search(text[max(0, t.start - 4):t.start])]
    if not told:
        return None
    t = max(told, key=lambda t: int(t.note[2:4]))
    mo = int(t.note[2:4])
    return (mo + 1, text[t.start:t.end]) if 1 <= mo < 12 else None  # (December's: the next year's, left)
