"""A visit told as a relative clause on the one received (某某会见正在越南进行工作访问的老挝…代表团), split
from visits.py: its visitors are named after the meeting word, its host is the country the clause names."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.page import EventPage, country_name, names
from dipnet.extract.participants.delegationlead import delegation_head
from dipnet.extract.participants.lands import land_of
from dipnet.model import Mention


def received_visit(page: EventPage, c: Clause, k: int, trig: str, met: int,
                   untitled: list[Mention]) -> tuple[list[str], list[str], str | None]:
    """某某会见(由乙率领的、)正在越南进行工作访问的老挝…代表团: the visit is a relative clause on the one
    received; the visitors are named after the meeting word (the leader, else the delegation and its
    head), never the receiver before it, and the host is the country the clause names, else the
    receiver's."""
    text = page.doc.text
    leaders = [m for m in page.in_span(met, k) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    visitors = names(page, leaders, ("PERSON",))
    if not visitors:
        dels = [m for m in page.in_span(k, c.end) if text.startswith(codebook().delegation_words, m.end)]
        visitors = names(page, dels[:1], ("ORG", "LOCATION", "COUNTRY"))
        visitors += [h for v in visitors if (h := delegation_head(page, v))]
    hosts = names(page, [m for m in untitled if met <= m.start < k], ("COUNTRY",))
    if not hosts:
        receivers = [m for m in page.in_span(c.sentence[0], met) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
        land = land_of(page, receivers[0]) if receivers else None
        hosts = [n for n in [country_name(land)] if n] if land else []
    return visitors, hosts, None
