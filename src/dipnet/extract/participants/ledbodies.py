"""A delegation led by a named person meets and visits through that person: the body whose delegation it is
(由某某率领的中国国防部代表团, 以某某为团长的老挝建国阵线代表团) is no party of its own (seeds: 郑文决会见…英拉万·乔本潘率领的
老挝建国阵线中央委员会代表团 → [郑文决, 英拉万·乔本潘]; dev2: 冯光青会见…孙建国上将率领…的中国国防部代表团 → [冯光青, 孙建国],
and the VISITs of 孙建国 and 常万全 without 中国国防部). The body is dropped where its head is a participant too and the
sentence names that head as leading it, or the delegation is the one met (会见老挝国会高级代表团, its head named
elsewhere on the page). A delegation that meets as the subject, its head named apart (甲协会代表团与乙协会代表团进行座谈,
dev2), keeps its body. Issue 13, ev31; the words are data (events.toml: delegation_words, leader_words)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.delegationlead import delegation_head
from dipnet.model import Mention

_LEAD_REACH = 60  # characters before the delegation's body within which the sentence names its head


def led_bodies_out(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants without the bodies whose delegation is led by a participant named as its head."""
    text, cb = page.doc.text, codebook()
    clause = text[c.start:c.end]  # (cut once, not once per word)
    if not any(w in clause for w in cb.delegation_words):
        return participants
    gone: set[str] = set()
    for m in page.in_span(c.start, c.end):  # (the clause's own delegation: not one the sentence meets after it)
        e = page.entities.get(m.entity_id)
        if e is None or e.type != "ORG" or e.name not in participants or not text.startswith(cb.delegation_words, m.end):
            continue
        if _led_here(page, c, m, participants):
            gone.add(e.name)
            continue
        head = delegation_head(page, e.name)
        if head is not None and head in participants and head != e.name and m.start > k:
            gone.add(e.name)  # 会见老挝国会高级代表团: the delegation met, its head named elsewhere
    return [p for p in participants if p not in gone]


def _led_here(page: EventPage, c: Clause, m: Mention, participants: list[str]) -> bool:
    """Whether the sentence names a participant as leading the body's delegation right before it (由某某率领的,
    以某某为团长、…的): the person, then no clause break before a leader word."""
    text, led = page.doc.text, rx.compile(cue("delegation_led_gap"))
    for p in page.in_span(max(c.sentence[0], m.start - _LEAD_REACH), m.start):
        e = page.entities.get(p.entity_id)
        if e is None or e.type != "PERSON" or e.name not in participants:
            continue
        if led.match(text[p.end:m.start]):
            return True
    return False
