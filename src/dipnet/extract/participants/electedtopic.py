"""The one elected where a clause of a life's story opens on the date of the election and names no one (某某于1954年出生,
曾任副总理,2016年4月当选总理; 某某是军人出身,10月21日获国会选为国家主席; 某某是…最高领导人,2011年出任总书记):
the person the sentence is about, named in its first clause and the only person it names before the clause
(el, stop 54: fp9, fp14, fp18). Called by typeactors.elected where no one stands right before the verb."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, names
from dipnet.model import Mention


def sentence_topic(page: EventPage, c: Clause, end: int) -> list[Mention]:
    """The sentence's subject as the one elected at `end` (the verb), where the clause holds nothing before the verb
    but its date, an adverb or a passive body (elected_between, elected_passive), and the sentence names one person
    before the clause, first in its opening clause; else nothing."""
    text = page.doc.text
    if c.start <= c.sentence[0] or c.start >= end:
        return []  # the clause opens the sentence: no subject told before it
    if not rx.compile(cue("elected_topic_date")).match(text, c.start, end):
        return []  # (the date opens the clause: a bare verb is no clause of a life's story)
    if not (rx.compile(cue("elected_between")).fullmatch(text, c.start, end)
            or rx.compile(cue("elected_passive")).fullmatch(text, c.start, end)):
        return []
    people = [m for m in page.in_span(c.sentence[0], c.start) if (e := page.entity(m)) and e.type == "PERSON"]
    if not people or len({m.entity_id for m in people}) != 1:
        return []
    opening = rx.compile(cue("elected_topic_apart")).search(text, c.sentence[0], people[0].start)
    return [] if opening else people[:1]


def passive_agents(page: EventPage, start: int, end: int) -> list[str]:
    """The bodies that elect, named between the passive's 被/获 and the verb (某某被国会选为…, 某某10月21日获越南国会选为
    国家主席: 越南国会), where `start`..`end` (after the one elected, up to the verb) is such a passive."""
    text = page.doc.text
    if start >= end or not rx.compile(cue("elected_passive")).fullmatch(text, start, end):
        return []
    return names(page, page.in_span(start, end), ("ORG",), in_titles=True)
