"""Who leads a delegation told in a clause of its own (总统派某某率领代表团,赴华府出席…; …接见代表团): the
leader the clauses after it go on from, split from visits.py and carry.py."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.cues import cue
from dipnet.extract.page import EventPage


def delegation_leader(page: EventPage, start: int, end: int, sent: bool = False) -> str | None:
    """The last person in [start, end) whose name is followed by the words of leading a delegation
    (某某率领代表团, 某某率团): the one who heads the delegation the text goes on to. `sent`: only one
    someone sends (总统派某某率领代表团: not 苏林和夫人某某率领代表团, where the subject leads it)."""
    text, lead = page.doc.text, rx.compile(cue("leads_delegation_clause"))
    led = page.last_in_span(start, end, lambda m: (e := page.entity(m)) is not None and e.type == "PERSON"
                            and lead.match(text, m.end, end) is not None)
    if led is not None and sent and rx.compile(cue("sender_before")).search(text, start, led.start) is None:
        return None
    e = page.entity(led) if led is not None else None
    return e.name if e is not None else None
