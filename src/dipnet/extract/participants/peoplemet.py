"""A meeting whose only partner is the people of a land or a body, left unnamed (mv1, issue 13): 温家宝跟韩国商界人士
举行座谈, 马哈蒂尔与马来西亚在华商业领袖会面, 苏林同军事技术学院师生座谈. The land or the body only qualifies the
people (whose businesspeople, whose teachers and students): it is no party of a meeting, and with no one named on
the other side the clause tells no MEET (SPEC: a meeting between named people; the official gold records none for
同…师生座谈). The nouns of such people are data (events.toml people_noun_end); a group the project counts as met
of its own (侨胞, 社群: groupsmet.py) is not one of them. So are people told only by what they are or did (与流亡某国的
人权分子会面, 与多年前结识的朋友见面, 与有望成为某国领导人的人见面: me2) and every one of a kind (与各国党、国家和国际组织
领导人进行会谈: the seeds gold records no MEET), whatever land the clause names beside them."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.extract.common.page import EventPage


def _partner(page: EventPage, c: Clause, k: int) -> tuple[int, int] | None:
    """What the meeting word meets: the words from a partner word before it, outside any name, to the word, less
    the words of manner before it (与…共同午宴); from the nearest partner word that leaves some (the 同 of 共同 opens
    none). (The words after a word such as 会见 are left: 会谈后会见了… goes on to another doing.)"""
    text = page.doc.text
    held = page.in_span(c.start, k)
    partners = words_of("people_partner_words")
    filler = rx.compile(pattern_of("people_filler_end"))
    for at in range(k - 1, c.start - 1, -1):
        if text[at] not in partners or any(m.start <= at < m.end for m in held):
            continue
        words = text[at + 1:k].rstrip(" ,，。;；")
        tail = filler.search(words)
        stop = at + 1 + (tail.start() if tail else len(words))
        if stop > at + 1:
            return at + 1, stop
    return None


def people_only(page: EventPage, c: Clause, k: int) -> bool:
    """True where the partner the meeting word meets ends in a noun of people left unnamed (商界人士, 师生), is
    the only partner (no other joined to it) and names no person: the meeting names one side only."""
    span = _partner(page, c, k)
    if span is None:
        return False
    start, stop = span
    partner = page.doc.text[start:stop]
    if rx.compile(pattern_of("people_every_open")).search(partner):  # (与各国党、国家和国际组织领导人: every one, no one
        every = rx.compile(pattern_of("people_every_noun_end")).search(partner)  # named, the list only their kinds)
        if every or rx.compile(pattern_of("people_noun_end")).search(partner):
            return not page.in_span(start, stop)
    if not rx.compile(pattern_of("people_noun_end")).search(partner) or any(w in partner for w in words_of("people_joiners")):
        return False  # (与泰国总理及泰国商界人士共进午餐: another partner beside them)
    return not any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"
                   for m in page.in_span(start, stop))
