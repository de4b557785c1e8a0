"""Aid's parties are the one who gives and the one who receives (seeds, dev: 越南…移交越南党、国家和人民援古的
大米 → 越南, 古巴): a body of either country that only holds the handover ceremony (越南外交部举行仪式,向老挝…移交),
whose post names the one handing it over (越南建设部部长某某向古巴…移交), whose agreement it follows (根据甲部同乙部
之间达成的协议), or through which it passes (通过驻越南大使馆向…提供) is no party of its own. A body is kept where it
gives or receives itself: named in the aid's clause right before 向/为 (越南公安部救援队还向…捐赠) or right
after it (向土耳其AFAD机构捐赠), but not the party of the formula that names a country (向老挝党、国家和人民). Issue 13, ev24; the words are data (events.toml: aid_body_*)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage, iso
from dipnet.model import Mention

_OBJECT_REACH = 3  # characters from the aid word's start to a body named right after it (援建X)


def aid_bodies_out(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants without the bodies of a participant country that do not give or receive themselves."""
    lands = {iso(page, p) for p in participants if "COUNTRY" in page.types_of.get(p, set())} - {""}
    if not lands:
        return participants
    text = page.doc.text
    ceremony = rx.compile(pattern_of("aid_body_ceremony_after"))
    # (the sentence's other clauses: only a body told as holding the handover ceremony, 越南外交部举行仪式,向…移交)
    idle = {e.name for m in page.in_span(*c.sentence) if (e := page.entities.get(m.entity_id)) is not None
            and e.type == "ORG" and (not c.start <= m.start < c.end and ceremony.match(text, m.end)
                                     or c.start <= m.start < c.end and not _acts(page, c, k, m))}
    idle -= {e.name for m in page.in_span(c.start, c.end) if (e := page.entities.get(m.entity_id)) is not None
             and e.type == "ORG" and _acts(page, c, k, m)}
    return [p for p in participants if p not in idle or iso(page, p) not in lands]


def _acts(page: EventPage, c: Clause, k: int, m: Mention) -> bool:
    """Does the body of this mention give or receive the aid itself?"""
    text = page.doc.text
    if rx.compile(pattern_of("aid_body_aside_before")).search(text, c.start, m.start) or \
            rx.compile(pattern_of("aid_body_formula_after")).match(text, m.end):
        return False  # (通过大使馆向…, 根据甲部同乙部…协议; 向老挝党、国家和人民: the formula names the country)
    if rx.compile(pattern_of("aid_body_takes_before")).search(text, max(c.start, m.start - 6), m.start) or \
            rx.compile(pattern_of("aid_body_gives_after")).match(text, m.end, c.end) or k < m.start <= k + _OBJECT_REACH:
        return True  # (…or what is built or given for, right after the aid word: 援建巴新西太平洋大学)
    # (越南公安部已同老挝公安部配合援建…: the body that is the subject of the aid word, with no clause mark, no
    # person and no name of its own land between)
    own = iso(page, page.entities[m.entity_id].name)
    between = [page.entities.get(x.entity_id) for x in page.in_span(m.end, k)]
    return m.end <= k and not rx.compile(pattern_of("aid_body_clause_mark")).search(text, m.end, k) and \
        not any(e is not None and (e.type == "PERSON" or (e.type == "COUNTRY" and iso(page, e.name) == own)) for e in between)
