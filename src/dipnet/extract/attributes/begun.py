"""A visit announced, then begun (issue 13, ev29): 发言人3月29日称,某某将于4月1日起访华 and, on the page of
4月1日, 王毅4月1日上午在北京会见某某 — the trip's first day has come by the report and the visitor's talks on a
day of it are told done: the visit is under way, no longer planned (SPEC: `planned` is for what the text
announces for later; departure, arrival and the visit itself are one event)."""

from __future__ import annotations

from operator import attrgetter

from dipnet.model import Event

from ..common.page import EventPage
from .openplans import open_time

_STATUS = attrgetter("status")


def _day(d: str | None) -> bool:
    return bool(d) and len(str(d)) == 10


def begun_visits(page: EventPage, events: list[Event]) -> list[Event]:
    """Planned visits whose first day is not after the report's, with an occurred meeting of the visitor
    with the host's people (or in its land) on a day from that first day to the report's (in the same
    teaser or the article): occurred. (Talks at home on the day a trip is to begin leave it planned.)"""
    if "planned" not in map(_STATUS, events):  # (only a planned visit is read)
        return events
    for v in events:
        if v.type != "VISIT" or v.status != "planned" or not _day(v.date) or open_time(page.doc.text, v):
            continue  # (下次将访问日本: a plan for a time left open has no first day to have come)
        anchor, precision = page.anchor(v.brief)
        if precision != "day" or not _day(anchor) or str(v.date) > str(anchor):
            continue
        last = min(str(v.end_date or anchor), str(anchor))
        visitors = set(v.source or v.participants[:-1])
        host = _land(page, v.target[0] if v.target else v.participants[-1])
        if host and any(m.type == "MEET" and m.status == "occurred" and m.brief == v.brief and _day(m.date)
                        and str(v.date) <= str(m.date) <= last and visitors & set(m.participants)
                        and _in_host(page, m, visitors, host) for m in events):
            v.status = "occurred"
    return events


def _land(page: EventPage, name: str | None) -> str | None:
    e = page.by_name.get(name) if name else None
    return e.country if e is not None else None


def _in_host(page: EventPage, m: Event, visitors: set[str], host: str) -> bool:
    """The talks are the host's: held in its land, or with one of its people or bodies."""
    return _land(page, m.location) == host or any(_land(page, p) == host for p in m.participants if p not in visitors)
