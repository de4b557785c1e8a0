"""A meeting with a group the text leaves unnamed: 会见了旅居某国的越南人社群, 与在华韩人座谈, 看望旅法华侨华人
代表, 与当地侨胞及朋友会面. The group is no party (SPEC: participants are the actors the text names); the
lands and places that only qualify it (where its people live, where they come from) are not parties either,
and the meeting stands on the named one who meets it. A body the group belongs to (大使馆工作人员) is named
and stays a party."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import EventType, codebook
from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.carry import carry_words, sentence_subject, told_after
from dipnet.extract.participants.receptionhost import held_alone
from dipnet.extract.participants.settingspeakers import addressing_parties
from dipnet.kb import load_kb
from dipnet.model import Event, Mention
from dipnet.sentencebounds import sentence_around


def _partner_spans(page: EventPage, c: Clause, k: int, trig: str) -> list[tuple[int, int]]:
    """What the meeting word may meet: the words between a partner word before it and the word (与…会面,
    同…座谈时表示), from each partner character the clause holds outside any name, the nearest first (a 同 may
    open a word of the group itself: 与旅居某国的同胞会面 meets from 与, not from 同), then the words after it to
    the clause's end (会见了…)."""
    text = page.doc.text
    held = page.in_span(c.start, k)
    partners = words_of("group_partner_words")  # (looked up once per clause, not at each character)
    ats = [i for i in range(k - 1, c.start - 1, -1) if text[i] in partners
           and not any(m.start <= i < m.end for m in held)]
    return [(at + 1, k) for at in ats] + [(k + len(trig), c.end)]


def _folk(page: EventPage, held: list[Mention], end: int) -> bool:
    """在华韩人, 旅日越南人: a land's own people, the land named (or its one-character form) right before a word of group_land_people."""
    text = page.doc.text
    word = next((w for w in words_of("group_land_people") if text.startswith(w, end - len(w))), None)
    if word is None:
        return False
    land_end = end - len(word)
    short = load_kb().short_forms().get(text[land_end - 1:land_end])
    return (short is not None and not short[1]) or any(
        m.end == land_end and (e := page.entities.get(m.entity_id)) is not None and e.type == "COUNTRY" for m in held)


def unnamed_group(page: EventPage, c: Clause, k: int, trig: str) -> tuple[int, int] | None:
    """The span of the group a meeting word meets where its words end in a noun of people left unnamed
    (社群, 侨胞, 朋友, 留学生, a land's people: 韩人) and name no person: None where the partner is named."""
    # (remembered per page, as in_span is: actors asks first, then group_mark and meets_group ask the same for
    # the same MEET candidate; the answer reads only the page's text, mentions and entities, fixed by then)
    done: dict[tuple[int, int, int, str], tuple[int, int] | None] | None = page.__dict__.get("_unnamed_group")
    if done is None:
        done = page.__dict__["_unnamed_group"] = {}
    key = (c.start, c.end, k, trig)
    if key not in done:
        done[key] = _unnamed_group(page, c, k, trig)
    return done[key]


def _unnamed_group(page: EventPage, c: Clause, k: int, trig: str) -> tuple[int, int] | None:
    text = page.doc.text
    for start, end in _partner_spans(page, c, k, trig):
        start += text.startswith("了", start)  # (会见了…)
        words = text[start:end].rstrip(" ,，。;；")
        tail = rx.compile(pattern_of("group_filler_end")).search(words)
        stop = start + (tail.start() if tail else len(words))
        words = text[start:stop]
        held = page.in_span(start, stop)
        if not words or any((e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON" for m in held):
            continue
        if rx.compile(pattern_of("group_noun_end")).search(words) or _folk(page, held, stop):
            return start, stop
    return None


def _chain_start(page: EventPage, s0: int) -> int:
    """Where a list of doings parted by ";" begins (某某将与甲举行会谈;会见乙;与…社群会面): its first part."""
    text = page.doc.text
    while s0 > 0 and text[s0 - 1] in ";；":
        s0 = sentence_around(text, s0 - 1, "。;；!?\n")[0]
    return s0


def group_parties(page: EventPage, c: Clause, group: tuple[int, int]) -> list[str]:
    """Who meets the group: the person the clause names before it, else the subject of its sentence or of the
    list of doings it ends (its first part's), with the bodies the group belongs to (大使馆工作人员) and those the
    sentences after place at the meeting (一同与会)."""
    who = sentence_subject(page, c.start, group[0]) or sentence_subject(page, c.sentence[0], c.start) or \
        sentence_subject(page, _chain_start(page, c.sentence[0]), c.start)
    bodies = names(page, [m for m in page.in_span(*group) if (e := page.entities.get(m.entity_id)) is not None
                          and e.type == "ORG"], ("ORG",))
    out = ([who] if who else []) + [b for b in bodies if b != who]
    out += [n for n in told_after(page, c, carry_words().with_after, ("PERSON", "ORG")) if n not in out]
    return out + addressing_parties(page, c, out)  # (大使某某向总书记汇报了…: one of the group, named, at it)


def meets_group(page: EventPage, type_name: str, c: Clause, k: int, trig: str, participants: list[str]) -> bool:
    """某某与旅居乙国的甲国人社群会面: one named person meeting a group the text leaves unnamed is a MEET of its
    own, though a meeting takes two named sides elsewhere."""
    if type_name == "MEET" and held_alone(page, _meet(), c, k, trig, participants):
        return True  # (越南驻老挝大使馆在万象举行晚宴: a reception its one body holds, receptionhost.py)
    return type_name == "MEET" and len(participants) == 1 and participants[0] in page.people and \
        unnamed_group(page, c, k, trig) is not None


def _meet() -> EventType:
    return next(t for t in codebook().types if t.name == "MEET")


def group_mark(page: EventPage, type_name: str, c: Clause, k: int, trig: str) -> dict[str, object]:
    """The private mark merging reads (group_met_apart) on a MEET whose clause meets a group left unnamed."""
    return {"_group": True} if type_name == "MEET" and unnamed_group(page, c, k, trig) is not None else {}


def group_met_apart(a: Event, b: Event) -> bool:
    """与旅居某国的侨胞会面 beside 与某某会谈: a meeting with a group left unnamed is met apart from the talks of
    the same person with another. Told twice, the group meeting is one (its second telling may have gained
    those placed at it after, 某某一同出席: a count of parties cannot tell the two cases apart; the mark can)."""
    return a.type == b.type == "MEET" and bool(a.attributes.get("_group")) != bool(b.attributes.get("_group"))
