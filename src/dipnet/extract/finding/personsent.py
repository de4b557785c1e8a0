"""A sending word whose object is a person (中方派遣国务委员王勇作为特使赴越南, 某某派出副首相某某前往越南): an envoy or an
official sent on a trip, whose going is the VISIT (participants/visits.py), not a unit deployed abroad (SPEC: DEPLOYMENT
is peacekeeping, rescue or military units sent). ev65, issue 13, probes."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage


def person_sent(page: EventPage, c: Clause, end: int) -> bool:
    """The first name after the sending word (ending at `end`) in its clause is a person's, with only a title between
    (派遣国务委员王勇), and no unit of the person's follows in the clause (派出由某某率领的维和部队 sends the unit)."""
    text = page.doc.text
    reach = min(c.end, end + int(cue("person_sent_reach")))
    # (派出国防部副部长某某: a body inside the person's title is no object of its own)
    first = next((m for m in page.in_order(end, reach) if page.entity(m) is not None
                  and not (page.entity(m).type != "PERSON" and page.in_title_span(m.start, m.end))), None)  # type: ignore[union-attr]
    if first is None or page.entity(first).type != "PERSON":  # type: ignore[union-attr]
        return False
    return rx.compile(cue("person_sent_not_between")).search(text, end, first.start) is None and \
        rx.compile(cue("person_sent_unit_after")).search(text, first.end, c.end) is None
