"""A visit told as the first trip after taking office (ev64, issue 13, probes): 某某就任总理后,即对某国进行首次
正式访问 / 上任后,首次对某国进行访问. The clause of the trip names only its host; the one who took office, named in
the time clause before it, is the visitor, also where that clause stands in reported words (他说,某某就任…后,即…),
whose speaker is no visitor."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage


def took_office_visitor(page: EventPage, c: Clause, opening: str) -> str | None:
    """The person who took office in the frame closing right before the clause (…就任…后,), where the clause has
    only promptness or a first time (即, 首次) before its host word or its verb (对, 赴, 前往); else None."""
    text = page.doc.text
    frame = rx.compile(cue("office_frame_before")).search(text, c.sentence[0], c.start)
    rest = rx.compile(cue("office_trip_opening")).sub("", opening, count=1)
    if frame is None or (rest and not rest.startswith(codebook().visit_going_on)):  # (首次赴…: the verb opens)
        return None
    opens = max([c.sentence[0]] + [text.rfind(ch, c.sentence[0], frame.start()) + 1 for ch in ",，:：、"])
    people = [e.name for m in page.in_span(opens, frame.start()) if (e := page.entities.get(m.entity_id)) is not None
              and e.type == "PERSON"]
    return people[0] if people else None
