"""A second mention of an event without a time of its own (某某当时说, 在担任…成员期间, 作为…系列活动,第N届峰会…)
takes the day of its paragraph or of the page, while the event it tells again is dated before it on the page
(issue 13). Such a mention joins its one dated twin told before it: the same type, teaser and status, and the
same event by every other test merging asks (parties, names, years) once given the twin's day. Where the page
dates two events before it that it could be, it stays apart (two meetings on two days)."""

from __future__ import annotations

from collections.abc import Callable

from dipnet.model import Event

# the kinds a page tells once and speaks of again: a speech or a spokesperson's briefing (林某当时说), a meeting
# (作为…系列活动,第N届峰会…汇聚了), a seat (在担任…成员期间), a visit. Not signings and upgrades, which a page lists
# several of without dates (签署了…合作文件 beside the memorandum of 2010), nor talks and calls (merging's `_loose`
# already: 会谈中, 会见时), nor anniversaries (the day their count of years gives). A message told after its
# occasion's messages with no time of its own (值此之际,副总理兼外长某某也向…致贺电) is one with the dated message of its
# sending country (SPEC: one MESSAGE per sending country on one occasion), not one of the occasion's day
_JOINS = ("STATEMENT", "CONFERENCE", "MULTILATERAL_ROLE", "VISIT", "MESSAGE")


def _as_dated(ev: Event, twin: Event) -> tuple[str | None, str | None, str | None]:
    """Give `ev` the twin's day; return its own, to put back."""
    own = ev.date, ev.date_precision, ev.end_date
    ev.date, ev.date_precision, ev.end_date = twin.date, twin.date_precision, twin.end_date
    return own


def join_undated(events: list[Event], same: Callable[[Event, Event], bool],
                 absorb: Callable[[Event, Event], None]) -> list[Event]:
    """same: merging's test of two tellings of one event; absorb: what the kept one takes from a telling."""
    untimed = [e for e in events if e.attributes.get("_untimed") and e.type in _JOINS]
    if not untimed:
        return events  # (most pages: no mention of those kinds without a time of its own)
    dated = [e for e in events if not e.attributes.get("_untimed") and e.date and e.type in _JOINS]
    gone: set[int] = set()  # (only untimed ones: none of `dated`)
    for ev in untimed:
        if not ev.date:
            continue
        twins = []
        for d in dated:
            if d.type != ev.type or d.brief != ev.brief or d.status != ev.status \
                    or d.date == ev.date or d.start >= ev.start:
                continue  # (the dated telling comes first: 这是…首次访问 told before the earlier visits it lists)
            own = _as_dated(ev, d)
            if same(d, ev):
                twins.append(d)
            ev.date, ev.date_precision, ev.end_date = own
        if len({d.date for d in twins}) != 1:
            continue  # (none, or two dated events it could tell again: the page's day stays)
        twin = twins[0]
        ev.date, ev.date_precision, ev.end_date = twin.date, twin.date_precision, twin.end_date
        absorb(twin, ev)
        gone.add(id(ev))
    return [e for e in events if id(e) not in gone]
