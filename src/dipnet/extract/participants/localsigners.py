"""Who signs where a pair word signs on a page between localities (越南山罗省与老挝赛宋奔省加强合作 … 会谈结束时,
双方领导签署…合作备忘录; 谅山、广宁…与中国广西…联合工作委员会第十次会议 … 双方同意签署会议备忘录): the localities
the headline pairs, not their countries (issue 13, ev35; SPEC: visits between localities are the localities').
The pair words are data (cues.toml: both_sides, locality_signers)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cues
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.lists import paired_localities


def locality_signers(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """An instrument signed by a pair word (双方, 各方) with no party of its own before the verb: where the
    headline of its story joins two or more localities of two countries, they sign, in place of those countries."""
    text = page.doc.text
    before = text[c.start:k]
    if not any(w in before for w in cues("locality_signers")) or \
            any((e := page.entities.get(m.entity_id)) is not None and e.type != "COUNTRY" for m in page.in_span(c.start, k)):
        return participants
    head = next((s for s in page.doc.segments if s.kind in ("title", "brief_headline") and s.brief == c.brief), None)
    if head is None or head.start >= c.start:
        return participants
    localities, placing = paired_localities(page, Clause(head.start, head.end, (head.start, head.end), c.brief))
    # (a locality the knowledge base does not place counts for the country named right before it: 与老挝赛宋奔省)
    lands = {page.country_by_name.get(n) for n in localities + placing} - {None}
    if len(lands) < 2:
        return participants  # (two districts of one country: its own affair, no sides)
    theirs = {n for n in page.lands if page.country_by_name.get(n) in lands} | set(placing)
    return localities + [p for p in participants if p not in localities and p not in theirs]
