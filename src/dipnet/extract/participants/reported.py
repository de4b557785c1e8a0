"""Who what a sentence reports is about (越南外交部发言人黎勇说,范家谦访美期间将与赖斯会晤,并与…会晤: 范家谦,
not the spokesperson who says it): the readers that carry a subject into a clause naming none ask it first."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage


def reported_subject(page: EventPage, start: int, end: int) -> str | None:
    """The person opening the words after the last verb of saying and its comma or colon in [start, end)
    (a title allowed before the name), where someone else says them; None where no one opens them."""
    text = page.doc.text
    said = None
    for m in rx.compile(cue("report_frame")).finditer(text[start:end]):
        said = m
    if said is None:
        return None
    opens = start + said.end()
    people = [(m, e) for m in page.in_span(start, end) if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
    reporters = {e.name for m, e in people if m.end <= start + said.start()}
    told = [(m, e) for m, e in people if m.start >= opens]
    if not reporters or not told:
        return None
    first, who = told[0]
    if first.start > opens and not page.in_title_span(opens, first.start):
        return None
    return who.name if who.name not in reporters else None
