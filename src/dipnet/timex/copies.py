"""A copying site's story under its copy stamp ('发布时间:2024-11-23 13:20:20 来源: sp20241123'), where no
dateline tells the story's day: the day its lead opens with, the last such day not after the copy."""

from __future__ import annotations

import datetime as dt

from ..model import DateValue
from .anchors import valid_date
from .parse import find_times
from .stamps import date_value

_LINE_OPEN = 6  # characters a lead's day may follow on its line ('当地时间12月7日,…')


def copied_lead_day(head: str, st: DateValue) -> DateValue | None:
    """(fp1, unseen pages) a copy with no dateline whose lead opens with a day its year writes, before the copy
    ('2023年12月12日至13日,…国事访问。行程结束之际,…'): the story is of that day (a span's last). (pd1) A lead line
    that opens with a month-day and no year ('12月7日,第二十四次…会晤在北京举行'): that day in the copy's year,
    or the year before when the day is after the copy."""
    times = find_times(head, None)
    t = next((t for t in times if t.explicit_year and t.precision == "day"), None)
    v = t.end_value if t is not None and t.kind == "range" and t.end_value and len(t.end_value) == 10 else t and t.value
    if v and len(v) == 10 and v < st.date:
        return date_value(int(v[:4]), int(v[5:7]), int(v[8:10]), "inferred", 0.5, f"lead's {v} before a copy's {st.evidence}")
    if t is not None:
        return None
    md = next((t for t in times if t.precision == "day" and t.kind == "date" and t.note.startswith("--")), None)
    if md is None or md.start - (head.rfind("\n", 0, md.start) + 1) > _LINE_OPEN:
        return None
    stamp = dt.date.fromisoformat(st.date)
    mo, d = int(md.note[2:4]), int(md.note[5:7])
    y = stamp.year if (mo, d) <= (stamp.month, stamp.day) else stamp.year - 1
    if not valid_date(y, mo, d):
        return None
    return date_value(y, mo, d, "inferred", 0.45, f"lead {head[md.start:md.end]!r} before a copy's {st.evidence}")
