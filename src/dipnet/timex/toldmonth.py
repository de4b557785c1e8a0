"""A bare day told after a day or month of another month than the report's: the story's month goes on
(3月15日,…抵达。16日,…会见 in a report of 20 April is 16 March). Read in the resolve-time stage's pass over
the told days (stage._told_days)."""

from __future__ import annotations

import datetime as dt
import re

from dipnet.model import TimeExpr

_APPROXIMATE = "(approximate, shortly before the anchor)"  # (parse.py's note of 近日, 日前)
_BARE_DAY = re.compile(r"days? (\d+)(?:-\d+)? of the anchor's month")  # (parse.py's note of 16日, 9至12日)
_MONTH_TOLD_REACH = 120  # days from the report within which a month told is the story's, not background
_SENTENCE_ENDS = "。！？!?\n"
_NEWS_DAYS = 1  # a bare day this close before the report, read in its month, is the report's news


def in_month_told(t: TimeExpr, told: TimeExpr | None, anchor: str | None, text: str) -> TimeExpr | None:
    """A bare day (16日) right after a day the story told in another month than the report's (3月15日,…抵达。
    16日,…会见 in a report of 20 April) is a day of that month: the writer names the month once and goes on by
    days. Only where the bare day comes later in that month than the day told (a smaller day would have turned
    the month), no other time stands between them (the time named last is the one told), the day told lies
    within four months of the report (a founding day of decades ago is background, not the month the story is
    in), and the report's month does not put the bare day on the report's day or the one before (外交部发言人
    20日表示 in a report of the 20th is the news of the day, whatever the story told before). A month told
    without its day (3月份出口…) sets none: figures of a month are told beside news of the report's. Within one
    sentence the earlier day is background to the news (继1月5日签署…后,两国领导人18日又会谈), unless the bare
    day falls inside the span told (于3月15日至17日访越,16日…会见)."""
    bare = _BARE_DAY.fullmatch(t.note) if t.kind in ("date", "range") else None
    base = told.value if told is not None and told.kind in ("date", "range", "relative") and \
        _APPROXIMATE not in told.note else None  # (近日…。16日: a day told only as 'lately' sets no month)
    if bare is None or told is None or not base or len(base) != 10 or not t.value or len(t.value) != 10 or not anchor or \
            len(anchor) != 10 or base[:7] in (t.value[:7], anchor[:7]) or int(bare.group(1)) <= int(base[8:10]):
        return None  # (a day told in the report's own month, a dispatch line's: the nearest month reads it)
    if told.end_value and told.end_value[:7] != base[:7]:
        return None  # (a span across two months: which one the day is in is not told)
    inside = bool(told.end_value) and int(base[8:10]) <= int(bare.group(1)) <= int((told.end_value or "")[8:10])
    if not inside and not any(ch in _SENTENCE_ENDS for ch in text[told.end:t.start]):
        return None
    try:
        day = dt.date(int(base[:4]), int(base[5:7]), int(bare.group(1)))
        report = dt.date.fromisoformat(anchor)
        far = abs((dt.date.fromisoformat(base) - report).days) > _MONTH_TOLD_REACH
        news = 0 <= (report - dt.date.fromisoformat(t.value)).days <= _NEWS_DAYS
    except ValueError:
        return None
    if far or news:
        return None
    end = None
    if t.end_value and len(t.end_value) == 10:
        try:
            end = dt.date(day.year, day.month, int(t.end_value[8:10])).isoformat()
        except ValueError:
            return None
    return TimeExpr(t.start, t.end, day.isoformat(), t.precision, end, t.kind, told.explicit_year,
                    f"{t.note}, in the month told before: {base[:7]}")
