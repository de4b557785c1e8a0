"""Anniversaries of relations between one land and several listed (庆祝中国与保加利亚、罗马尼亚…六国建交70周年): each
pair's relations have their own founding, so one ANNIVERSARY per pair (SPEC: a name listed beside others is a participant
only of the events it takes part in; issue 13, unseen pages: the six anniversaries of one greeting told as one). The
form is data (events.toml pair_anniversary: the one land, a word joining it to the others, 建交 and the count of years).
Each pair's anniversary falls on its own founding day (the knowledge base's, N years on): it is dated so where the
sentence prints the span of days that holds it (10月4日至7日,…互致贺电,庆祝中国与六国建交70周年: 中保 on the 4th, 中波
on the 7th — SPEC: an ANNIVERSARY is dated to the anniversary day, where the text fixes it); else as told (its year).
Called by merging/merge.py before the merging pass."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.eventwords import pattern_of
from dipnet.model import Event
from dipnet.timex.knowledge import relation_before


def anniversary_pairs(events: list[Event], text: str, nations: set[str]) -> list[Event]:
    """The events with each anniversary of one land's relations with three or more lands split into one per pair."""
    form = rx.compile(pattern_of("pair_anniversary"))
    out: list[Event] = []
    for e in events:
        lands = e.participants
        if e.type != "ANNIVERSARY" or len(lands) < 3 or not all(p in nations for p in lands) or \
                not form.search(text, e.start, e.end):
            out.append(e)
            continue
        first = lands[0]
        pairs = [Event(**{**e.__dict__, "participants": [first, other], "source": [first], "target": [other],
                          "attributes": dict(e.attributes)}) for other in lands[1:]]
        out += [_own_day(p, events) for p in pairs]
    return out


def _own_day(pair: Event, events: list[Event]) -> Event:
    """The pair's anniversary on its founding day N years on, where an event of the same sentence spans that day."""
    founded = relation_before(f"{pair.participants[0]}与{pair.participants[1]}建交")
    year = str(pair.date or "")[:4]
    if founded is None or pair.date_precision != "year" or not year.isdigit():
        return pair
    day, years = year + founded[0][4:], pair.attributes.get("_years")
    if years and str(int(year) - int(founded[0][:4])) != str(years):
        return pair  # (the count of years says another founding)
    if any(e.start == pair.start and e.brief == pair.brief and e.date_precision == "day" and e.end_date and e.date
           and e.date <= day <= e.end_date for e in events):
        pair.date, pair.date_precision = day, "day"
    return pair
