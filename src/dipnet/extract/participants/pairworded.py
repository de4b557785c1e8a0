"""The parties of talks told only by a pair word (mv1, issue 13): 苏林总书记近期对白俄罗斯的访问以及两国领导人之间的双边
会晤, 落实了两党会晤结论 — 两国/两党 right before the meeting word — and 通过吉隆坡经贸会谈,双方澄清了立场 — a sentence
naming no one up to the word, the next clause opened by 双方. The two lands the pair word stands for (sides.two_lands) are the
parties, not a person the clause names for something else (the visitor of the visit told beside it) nor a city that
names the talks. Where a partner word names a side before the pair word (某某将与乙进行两国元首双边会谈), or the meeting
word is the time of what follows (会谈中,双方…), the sides stand as read. The words are data (cues.toml pair_worded_*)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.handshakes import hands_shaken
from dipnet.extract.participants.lands import land_of
from dipnet.extract.participants.sides import two_lands


def _told_by_pair(page: EventPage, c: Clause, k: int, trig: str) -> bool:
    text = page.doc.text
    before = text[c.start:k]
    pair = rx.compile(cue("pair_worded_before")).search(before)
    if pair is not None:
        return not rx.compile(cue("pair_worded_partners")).search(before, 0, pair.start())
    end = k + len(trig)
    if rx.compile(cue("pair_worded_time_after")).match(text, end) or end < c.end and text[end] not in ",，":
        return False  # (会谈中,双方…: the talks told before; 会谈取得成果,…: the clause goes on)
    if any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"
           for m in page.in_span(c.sentence[0], c.end)):
        return False  # (特朗普抵埗后,…与习近平茶叙,并且出席晚宴,两国元首…: the sentence's people are its sides)
    return rx.compile(cue("pair_worded_after")).match(text, end) is not None


def _sentence_lands(page: EventPage, c: Clause) -> list[str]:
    """The lands the sentence names, as countries or through its people's lands, in order."""
    lands: list[str] = []
    for m in page.in_span(*c.sentence):
        e = page.entities.get(m.entity_id)
        name = None if e is None else e.name if e.type == "COUNTRY" else \
            country_name(land_of(page, m)) if e.type == "PERSON" else None
        if name and name not in lands:
            lands.append(name)
    return lands


def _leaders_read(page: EventPage, c: Clause, k: int, participants: list[str]) -> bool:
    """两国元首会谈 read as the two people of the talks told before: they stand."""
    pair = rx.compile(cue("pair_worded_before")).search(page.doc.text, c.start, k)
    return pair is not None and rx.compile(cue("pair_worded_people")).search(pair.group(0)) is not None and \
        sum(p in page.people for p in participants) >= 2


def pair_worded(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """The two lands where the talks' parties are told only by a pair word: the two its sentence names (白俄罗斯领导人
    …苏林…两国领导人之间的双边会晤, on a page about another pair), else those 两国 stands for on the page; else the
    participants as read. A handshake's sides are its people (甲与乙握手, …签署…,并握手: handshakes.py, tw2)."""
    participants = hands_shaken(page, c, k, trig, participants)
    if not _told_by_pair(page, c, k, trig) or _leaders_read(page, c, k, participants):
        return participants
    lands = _sentence_lands(page, c)
    lands = lands if len(lands) == 2 else two_lands(page, c)
    return lands if len(lands) == 2 else participants
