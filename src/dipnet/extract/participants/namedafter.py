"""Talks whose two sides the clause tells only by their lands (中越两国领导人在北京举行会谈 / 越老两国外长通电话) and
whose people the sentences right after it name (习近平同苏林就…交换意见 / 会谈中,苏林同通伦… / 王毅表示…。裴青山
表示…): a lead that sums the talks up and a body that retells them tell one meeting, whose parties are the
people of both tellings (issue 13, discourse)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause, iter_sentences
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of

_AFTER = 2  # sentences after the talks' own where their people are looked for


def people_named_after(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """The participants with the two people the sentences after the clause's name first, one of each land, in place
    of the lands, where the clause's parties are two lands and at most one person; both must be found (one side
    alone names no pair)."""
    lands = [p for p in participants if "COUNTRY" in page.types_of.get(p, set())]
    # (at most one person read already: 越老两国领导人…会谈 whose 会谈中,苏林同通伦… gave the first of them)
    if len(lands) != 2 or sum(p in page.people for p in participants) > 1 or len(participants) > 3:
        return participants
    seg = page.doc.segment_at(c.start)
    # (not a headline: 越泰两国外长举行会晤 over a body telling a video call sums up an event of another kind, which
    # merging keeps apart)
    if seg is None or seg.kind not in ("lead", "body"):
        return participants
    zone = [s for s in page.doc.segments if s.brief == seg.brief and s.kind in ("lead", "body") and s.end > c.sentence[1]]
    found: dict[str, str] = {}
    seen = 0
    for s in zone[:2]:  # (its own paragraph's rest, then the next)
        for a, b in iter_sentences(page.doc.text, max(s.start, c.sentence[1]), s.end):
            seen += 1
            for m in page.in_span(a, b):
                e = page.entities.get(m.entity_id)
                land = country_name(land_of(page, m)) if e is not None and e.type == "PERSON" else None
                if e is not None and land in lands and land not in found:
                    found[land] = e.name
            if len(found) == 2 or seen >= _AFTER:
                break
        if len(found) == 2 or seen >= _AFTER:
            break
    if len(found) != 2:
        return participants
    # (the lands stood for the people: once these are named they are the parties, not the lands as well)
    return [p for p in participants if p not in lands] + [found[land] for land in lands if found[land] not in participants]
