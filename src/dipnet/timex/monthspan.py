"""A span of months written as two months joined by 至/到/a dash ('2014年11月至2015年7月', '12月底至明年1月初',
'去年3月底至4月初'): one range from the first month to the second, not two times of which the one nearer the
verb would date the event. The patterns read each end alone (year_month_range only joins two months of one
year written once); here the two are joined after the scan. The second end, written without a year of its own
('4月初' after '去年3月底'), is of the first's year, or of the next where its month comes earlier ('11月至2月')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

from ..model import TimeExpr
from .words import WORDS

# what may stand between the two ends: the first's part of the month (when its pattern left it out) and the joiner
_JOIN = re.compile(WORDS["month_span_join"])
_NEXT_YEAR = tuple(WORDS["month_span_next_year"])
_PRECISION = attrgetter("precision")


def _month_point(t: TimeExpr) -> bool:
    return t.precision == "month" and t.kind in ("date", "relative") and not t.end_value and \
        bool(t.value) and len(t.value or "") == 7 and (t.value or "")[:4].isdigit()


def month_spans(text: str, times: Sequence[TimeExpr]) -> tuple[TimeExpr, ...]:
    """The page's times with each two months joined as a span replaced by one range of month precision."""
    if list(map(_PRECISION, times)).count("month") < 2:  # (a span joins two times of month precision)
        return tuple(times)
    out: list[TimeExpr] = []
    i = 0
    while i < len(times):
        a = times[i]
        b = times[i + 1] if i + 1 < len(times) else None
        join = _JOIN.fullmatch(text, a.end, b.start) if b is not None else None
        if b is None or join is None or not (_month_point(a) and _month_point(b)):
            out.append(a)
            i += 1
            continue
        first, second = a.value or "", b.value or ""
        # (a second end with no year of its own: '月' its only unit, as the month pattern reads it)
        own_year = b.explicit_year or b.kind == "relative"
        if not own_year:
            year = int(first[:4]) + (1 if join.group().endswith(_NEXT_YEAR) or second[5:7] < first[5:7] else 0)
            second = f"{year:04d}{second[4:]}"
        if second <= first:
            out.append(a)
            i += 1
            continue
        out.append(TimeExpr(a.start, b.end, first, "month", second, "range", a.explicit_year,
                            f"months {first} to {second}"))
        i += 2
    return tuple(out)
