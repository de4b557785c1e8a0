"""Anniversaries of relations between one land and several listed (庆祝中国与保加利亚、罗马尼亚…六国建交70周年): each
pair's relations have their own founding, so one ANNIVERSARY per pair (SPEC: a name listed beside others is a participant
only of the events it takes part in; issue 13, unseen pages: the six anniversaries of one greeting told as one). The
form is data (events.toml pair_anniversary: the one land, a word joining it to the others, 建交 and the count of years).
Called by merging/merge.py before the merging pass."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.eventwords import pattern_of
from dipnet.model import Event


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
        out += [Event(**{**e.__dict__, "participants": [first, other], "source": [first], "target": [other],
                         "attributes": dict(e.attributes)}) for other in lands[1:]]
    return out
