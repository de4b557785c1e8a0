"""Two leaders meeting the press together, told by a word for the pair (会谈后,两国元首共同会见记者;
两人随后共同出席记者会; 双方共同举行联合记者会): SPEC's joint press statement is the statement of both, and the
pair word names no one, so its speakers are the two sides of the talks told before (sides.both_sides).
Told by the partner's name (甲总理在与乙总统举行的新闻发布会上说; 甲总书记同乙总统举行了会谈,出席…并会见记者),
the one joined to the sentence's subject speaks with them (press_partners)."""

from __future__ import annotations

import re

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.shortpairs import sentence_pair
from dipnet.extract.participants.sides import both_sides
from dipnet.model import Mention


def joint_press_pair(page: EventPage, c: Clause, k: int, trig: str) -> list[str]:
    """The two people a pair word before a joint press setting at k stands for, else nothing: the setting
    must be the trigger (会见记者, 记者会, 共见记者, 公开谈话) and the pair word the clause's subject, with 共同/一同/联合
    or a time (将, 在会晤后) between, or the subject of the clause before that this one goes on from (并…)."""
    if trig not in codebook().joint_settings:
        return []
    pair = rx.compile(cue("joint_press_pair_before")).search(page.doc.text, c.start, k) or _pair_going_on(page, c, k)
    if pair is None:
        return []
    lands = sentence_pair(page, max(c.start, pair.start() - 2), pair.start() + 1)  # (the end past the pair: a lookahead)
    # (the pair word may open the clause before, which the setting's clause goes on from: the two are read from there)
    told = c if pair.start() >= c.start else Clause(pair.start(), c.end, c.sentence, c.brief)
    two = _leaders_of(page, lands, pair.start()) if lands else both_sides(page, told, k)
    return two if len(two) == 2 else []


def _pair_going_on(page: EventPage, c: Clause, k: int) -> re.Match[str] | None:
    """两人接着将前往…进行会谈,并发表公开谈话: a clause going on (并, 随后) with no one of its own, from the clause
    before it opening with the pair word: the pair speaks (the pair word's match, else None)."""
    text = page.doc.text
    if c.start <= c.sentence[0] or not text[c.start:k].lstrip().startswith(codebook().going_on) or \
            page.in_span(c.start, k):
        return None
    before = max([c.sentence[0]] + [text.rfind(ch, c.sentence[0], c.start - 1) + 1 for ch in ",，"])  # the clause before
    return rx.compile(cue("joint_pair_subject")).match(text, before, c.start)


_LEADERS_BACK = 1500  # how far before a pair word its two lands' leaders may be named (中柬两国领导人)


def _leaders_of(page: EventPage, lands: list[str], at: int) -> list[str]:
    """中柬两国领导人: the pair word after two lands' short forms stands for each land's person named last before it,
    not the people named last whatever their land (the other attendees of the meeting told between)."""
    seg = page.doc.segment_at(at)
    brief = seg.brief if seg is not None else None
    last: dict[str, str] = {}
    for m, e in page.named_in(max(0, at - _LEADERS_BACK), at):
        land = country_name(page.country_by_name.get(e.name)) if e.type == "PERSON" else None
        if land in lands and ((s := page.doc.segment_at(m.start)) is None or s.brief == brief):
            last[land] = e.name
    return [last[land] for land in lands if land in last]


def press_partners(page: EventPage, c: Clause, k: int, trig: str, who: list[str]) -> list[str]:
    """The speaker of a press setting at k (会见记者, 发布会) with the one the sentence joins to its subject before it:
    甲(总理)(在)与/同/和(…)乙 the sentence's only people before it, no one else named up to the setting, no sentence
    break (official dev/dev2: 甲与乙共同主持记者会, 甲与乙举行会谈之后召开了记者会 — the statement of both; a
    title or 在 after 甲's name, or the clauses going on from the talks to the setting, change nothing). `who`:
    the speaker read otherwise, kept unless it is one of the two."""
    if trig not in codebook().joint_settings or len(who) != 1:
        return who
    text = page.doc.text
    people = [(m, e.name) for m in page.in_span(c.sentence[0], k) if (e := page.entities.get(m.entity_id)) is not None
              and e.type == "PERSON"]
    if len(people) != 2 or people[0][1] == people[1][1] or who[0] not in (people[0][1], people[1][1]):
        return _going_on_partner(page, c, k, who, people)
    (a, first), (b, second) = people
    if not rx.compile(cue("press_partner_between")).fullmatch(text, a.end, b.start) or \
            any(ch in text[b.end:k] for ch in cue("press_partner_breaks")):
        return who
    return [first, second]


def _going_on_partner(page: EventPage, c: Clause, k: int, who: list[str], people: list[tuple[Mention, str]]) -> list[str]:
    """甲主持欢迎仪式,欢迎乙…访问,并与乙举行会谈和会见记者: a clause going on from the sentence's subject (并, 随后) that
    joins its partner (与/同/和 乙) before the press setting speaks for the subject with the partner — the partner read
    as speaker is one of two, the subject the sentence's first person (no mark of a new sentence between)."""
    text = page.doc.text
    opened = text[c.start:k].lstrip()
    if c.start <= c.sentence[0] or not people or not opened.startswith(codebook().going_on):
        return who
    subject = people[0][1]
    names_ = {n for _, n in people}
    joined = [m for m, n in people if m.start >= c.start and n == who[0] and n != subject]
    if len(names_) != 2 or not joined or any(ch in text[people[0][0].end:k] for ch in cue("press_partner_breaks")):
        return who
    at = c.start + len(text[c.start:k]) - len(opened)
    head = text[at:joined[0].start]
    if not rx.compile(cue("going_on_partner")).fullmatch(head) or \
            any(ch in text[joined[0].end:k] for ch in ",，、"):
        return who
    return [subject, who[0]]
