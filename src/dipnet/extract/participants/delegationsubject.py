"""A delegation referred back as the one who meets (访团一行另拜会甲、乙 / 代表团还分别拜会了甲和乙 / 访问团将拜会甲):
the person the page named as leading it (某某率领的代表团, 某某众议员访团一行), not the subject of the sentence
before (ev22)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage

_REACH = 3000  # characters before the clause where the delegation's leader is looked for


def delegation_subject(page: EventPage, c: Clause, k: int) -> str | None:
    """The leader of the delegation that opens the clause (or its sentence) before its meeting word, when no person
    or body is named between it and that word (a named delegation, 老挝代表团, is read as before)."""
    text, opening = page.doc.text, rx.compile(cue("delegation_subject_ref"))
    # (访团在台期间为13至17日,将拜会甲: the sentence opens with it, the clause goes on from it)
    ref = opening.match(text, c.start, k) or opening.match(text, c.sentence[0], k)
    if ref is None:
        return None
    # (访团也与甲、乙会面: the partners told between its partner word and the meeting word are met, not meeting)
    met = rx.compile(cue("delegation_partner_after")).match(text, ref.end(), k)
    if any((e := page.entities.get(m.entity_id)) is not None and e.type in ("PERSON", "ORG")
           for m in page.in_span(ref.start(), met.end() if met else k)):
        return None
    leads = rx.compile(cue("delegation_leader_after"))
    people = [m for m in page.in_span(max(0, c.start - _REACH), c.start)
              if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
    for i in range(len(people) - 1, -1, -1):
        m = people[i]
        got = leads.match(text, m.end)
        if got is not None and not any(n.start < got.end() for n in people[i + 1:]):
            return page.entities[m.entity_id].name
    if people:  # (fm2: no one named leading it, but someone named since: no body read)
        return None
    # (fm2: 韩国国会韩中议员联盟代表团…。代表团还将同甲、乙举行会谈: no one named leading it, the body whose delegation it is)
    body = rx.compile(cue("delegation_body_after"))
    bodies = [m for m in page.in_span(max(0, c.start - _REACH), c.start)
              if (e := page.entities.get(m.entity_id)) is not None and e.type == "ORG" and body.match(text, m.end)]
    return page.entities[bodies[-1].entity_id].name if bodies else None
