"""Those a visitor follows (ev6, issue 13): 奥巴马是继前总统克林顿及小布什后,第三位…访问越南的美国总统 — the people
named after 继 visited the same country before, each on their own."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name, names
from dipnet.extract.participants.lands import land_of


def predecessors(page: EventPage, c: Clause, k: int, hosts: list[str]) -> tuple[list[str], list[str]]:
    """The people named in 继…(之)后 before the visit word in its sentence, and the hosts without their own
    countries (美国总统 names the visitors' land, not the host); no one and the hosts where no such span names a person."""
    span = rx.compile(cue("visit_predecessors")).search(page.doc.text, c.sentence[0], k)
    if span is None:
        return [], hosts
    people = [m for m in page.in_span(span.start(1), span.end(1)) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    if not people:
        return [], hosts
    own = {country_name(land) for m in people if (land := land_of(page, m))}
    return names(page, people, ("PERSON",)), [h for h in hosts if h not in own]


def predecessor_names(page: EventPage, c: Clause, k: int) -> list[str]:
    """The people a visit is told as following (继甲及乙后,…访问): each made the visit before, on a day not told."""
    return predecessors(page, c, k, [])[0]
