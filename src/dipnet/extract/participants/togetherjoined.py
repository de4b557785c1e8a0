"""Those who meet 一同 (together) with a meeting told before (某某一同会见了某某一行): they join it where the clause's
partner is one of that meeting's people or no partner is named (某某、某某一同会见); a partner that meeting does not
name is a meeting of their own (…会见了某国外长。甲和乙一同会见了某国主席某某) — ev64."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage, names

_TOGETHER = "一同"


def other_partner(page: EventPage, c: Clause, k: int, met: list[str]) -> bool:
    """Does a clause joined by 一同 name a person after its verb whom the meeting told before (its people: met)
    does not?"""
    if not page.doc.text[c.start:k].rstrip().endswith(_TOGETHER):
        return False
    return any(n not in met for n in names(page, page.in_span(k, c.end), ("PERSON",)))
