"""The members of a count a gift's clause names (issue 13, ai2): 援助N个…国家:甲、乙…,以及丙 / 向某国…N省(甲省、乙省)
捐赠 — each member listed receives (or gives) too; splits.py then parts lands into one gift each, while provinces of
one land stay one receiving side. The list reading is common/countlists.py."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.countlists import count_list_span, listed
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.toldafter import clause_end

_KINDS = ("COUNTRY", "ORG", "LOCATION")


def counted_parties(page: EventPage, c: Clause, k: int) -> list[str]:
    """The names listed after a count in the clause of the word at k (the list may run past the clause's end)."""
    text = page.doc.text
    end = clause_end(text, c.sentence[0], k, c.sentence[1])
    span = count_list_span(text, c.start, end, end, c.sentence[1])
    if span is None:
        return []
    ms = [m for m in page.in_span(*span) if (x := page.entities.get(m.entity_id)) and x.type in _KINDS]
    return names(page, listed(text, ms, *span), _KINDS)
