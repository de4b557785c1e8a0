"""A visit told as what its host receives (美国国防部长甲在五角大楼接待菲律宾国防部长乙的来访): the one named
between the verb and 的来访 visits, and the receiver's country hosts; the receiver is a party of the meeting,
not of the visit (SPEC: VISIT participants are the visitors and the host country). fp2, issue 13."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage, country_name, names
from dipnet.extract.participants.lands import land_of


def receiver_hosts(page: EventPage, c: Clause, k: int, trig: str, visitors: list[str],
                   hosts: list[str]) -> tuple[list[str], list[str]]:
    """(visitors, hosts) of 甲接待乙的来访: 乙 visits 甲's country; else as given."""
    text = page.doc.text
    if trig not in words_of("received_arrivals") or not text.endswith("的", 0, k):
        return visitors, hosts
    verb = max(((text.rfind(w, c.start, k), w) for w in words_of("receive_visit_verbs")), default=(-1, ""))
    if verb[0] < 0:
        return visitors, hosts
    people = lambda a, b: [m for m in page.in_span(a, b) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]  # noqa: E731
    receivers, guests = people(c.start, verb[0]), people(verb[0] + len(verb[1]), k)
    if not receivers or not guests:
        return visitors, hosts
    land, theirs = land_of(page, receivers[0]), {land_of(page, m) for m in guests}
    host = country_name(land) if land and land not in theirs else None
    return (names(page, guests, ("PERSON",)), [host]) if host else (visitors, hosts)
