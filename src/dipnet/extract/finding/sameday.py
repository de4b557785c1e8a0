"""Do two tellings of events agree on their day? (merging, extract/merging/merge.py): one undated, one day a
prefix of the other's, a retelling without a time of its own, or a day inside a visit's or a
conference's span."""

from __future__ import annotations

from datetime import date, timedelta
from operator import attrgetter

from dipnet.model import Event


def dates_agree(a: Event, b: Event) -> bool:
    da, db = a.date, b.date
    if not da or not db:
        return True
    prior = a.attributes.get("_prior") or b.attributes.get("_prior")
    if (a.attributes.get("_apart") or b.attributes.get("_apart")) and (a.attributes.get("_loose") or b.attributes.get("_loose")):
        return False  # 中越两军首次…会晤于2014年3月: two lands' talks of their own time, not what a retelling by people tells
    if not prior and a.brief == b.brief and (a.attributes.get("_loose") or b.attributes.get("_loose")):
        return True  # a retelling without a time of its own: the day it took is no day of its own
    if prior:  # 上一次会面是在今年3月: an earlier meeting,
        return da[:7] == db[:7]  # no talks of the page's year or of another month
    # (one day a prefix of the other, in C; each test after it asked only of the types it reads: the calls
    # that could only say no are not made)
    return da.startswith(db) or db.startswith(da) or (a.type in _SPANNING and _within(a, b)) \
        or (b.type in _SPANNING and _within(b, a)) \
        or (a.type == b.type == "VISIT" and days_of_one_trip(a, b)) or (a.type == b.type == "ELECTION" and _one_vote(a, b))


def _one_vote(a: Event, b: Event) -> bool:
    """国民党26日举行党主席选举 and 27日…祝贺马英九当选党主席: the election told on its day and, the day after, by
    the one it elected (the body's election, a subset of the parties of the other)."""
    if not (a.type == b.type == "ELECTION" and a.brief == b.brief and a.date and b.date and len(a.date) == len(b.date) == 10):
        return False
    pa, pb = set(a.participants), set(b.participants)
    try:
        near = abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days) <= 1
    except ValueError:
        return False
    return near and (pa < pb or pb < pa)


_TRIP_DAYS = 3  # days apart within which one story's two days of a visit are days of one trip


def days_of_one_trip(a: Event, b: Event) -> bool:
    """吉拉德25日晚抵达北京…, 26日温家宝为吉拉德访华举行欢迎仪式: a visit told on its arrival day and again on
    a day of its stay (a story tells one trip over a few days; a visit told on days weeks apart is another)."""
    if not (a.type == b.type == "VISIT" and a.brief == b.brief and a.status == b.status == "occurred"
            and a.date and b.date and len(a.date) == len(b.date) == 10):
        return False
    try:
        return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days) <= _TRIP_DAYS
    except ValueError:
        return False


_DATE = attrgetter("date")
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


def _listed_at(sentence: str, e: Event) -> int:
    """Where the sentence first names the event's host (the end where it names none)."""
    at = [sentence.find(n) for n in e.target if n and n in sentence]
    return min(at) if at else len(sentence)


def tour_legs(events: list[Event], text: str) -> None:
    """One span of days told for visits to several countries (11月30日至12月6日访问甲国、乙国及丙国): the tour
    starts with the first country listed, on the span's first day; on which of the days each later one is
    visited, the text does not say — the month the tour starts in (SPEC: the precision the text fixes)."""
    groups: dict[tuple[object, ...], list[Event]] = {}
    for e in events:
        if e.type == "VISIT" and e.date and len(e.date) == 10 and e.end_date and e.end_date != e.date:
            groups.setdefault((e.brief, e.start, e.date, e.end_date, tuple(e.source)), []).append(e)
    for group in groups.values():
        hosts = [tuple(e.target) for e in group]
        if len(set(hosts)) < 2:
            continue
        sentence = text[group[0].start:group[0].end]
        first = min(group, key=lambda e: _listed_at(sentence, e))
        for e in group:
            if e is not first:
                e.date, e.date_precision, e.end_date = e.date[:7], "month", None  # type: ignore[index]


def sentence_dates(events: list[Event], text: str) -> None:
    """Two triggers of one sentence read as one event (签署…谅解备忘录(2017年11月): the same type and actors)
    where one reading took a date the sentence writes and the other a date from elsewhere (the story's
    day, the page's): both take the sentence's, so that merging makes them one. First, the legs of a tour
    (`tour_legs`)."""
    tour_legs(events, text)
    groups: dict[tuple[object, ...], list[Event]] = {}
    for e in events:
        if e.date:
            groups.setdefault((e.brief, e.start, e.type, frozenset(e.participants)), []).append(e)
    for group in groups.values():
        if len(set(map(_DATE, group))) < 2:
            continue
        sentence = text[group[0].start:group[0].end]
        own = [e for e in group if e.date and e.date[:4] in sentence]
        if own and len({e.date for e in own}) == 1:
            for e in group:
                e.date, e.date_precision, e.end_date = own[0].date, own[0].date_precision, own[0].end_date
