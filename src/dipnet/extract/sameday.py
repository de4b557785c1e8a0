"""Do two tellings of events agree on their day? (merging, extract/merge.py): one undated, one day a
prefix of the other's, a retelling without a time of its own, or a day inside a visit's or a
conference's span."""

from __future__ import annotations

from datetime import date, timedelta

from dipnet.model import Event


def dates_agree(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    if a.brief == b.brief and (a.attributes.get("_loose") or b.attributes.get("_loose")):
        return True  # a retelling without a time of its own: the day it took is no day of its own
    n = min(len(a.date), len(b.date))
    return a.date[:n] == b.date[:n] or _within(a, b) or _within(b, a)


_SPANNING = ("VISIT", "CONFERENCE")  # told over several days: a day inside the span is the same one


def _within(a: Event, b: Event) -> bool:
    """对越南进行正式访问 from the 27th to the 29th, then 这是…首次访越 dated the 28th: a day of a visit
    (or a conference) told with its span is inside that span."""
    if a.type not in _SPANNING or not (a.date and a.end_date and b.date):
        return False
    if a.type == "VISIT" and len(a.date) == len(b.date) == 10 and b.date < a.date:
        # 8日晚启程,对智利进行9日至12日的正式访问: the departure the evening before is the visit's
        # (SPEC: departure, arrival and the visit itself are one event)
        return _day_before(b.date, a.date)
    return len(b.date) == len(a.date) and a.date <= b.date <= a.end_date


def _day_before(day: str, start: str) -> bool:
    try:
        return date.fromisoformat(day) + timedelta(days=1) == date.fromisoformat(start)
    except ValueError:
        return False
