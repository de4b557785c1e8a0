"""The body that holds a reception (越南驻泰国大使馆6月9日在曼谷隆重举行国庆招待会, 市人民委员会举行…见面会):
its host, a party of the gathering beside the guests the text names (seeds: 越南驻老挝国防武官办公室…举行…晚宴)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import EventType
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, names


def holding_bodies(page: EventPage, c: Clause, k: int) -> list[str]:
    """The bodies (no people, lands or places) the clause names right before the verb that holds the gathering
    whose word is at `k`: only times, a place and manner words stand between them and the verb."""
    text = page.doc.text
    gap = rx.compile(cue("reception_holder_gap"))
    before = [m for m in page.in_span(c.start, k) if (e := page.entities.get(m.entity_id)) is not None]
    held = []
    for i, m in enumerate(before):
        e = page.entities[m.entity_id]
        got = gap.match(text, m.end, k) if e.type == "ORG" else None
        if got is None:
            continue
        verb = got.start(1)
        # (a person, land or body after it stands between it and the verb; 甲与乙联合举行…: bodies that hold it
        # together are the parties the clause already reads)
        if (m.start and text[m.start - 1] in cue("list_joiners")) or any(
                page.entities[n.entity_id].type in ("PERSON", "COUNTRY", "ORG") and m.end <= n.start < verb for n in before[i + 1:]):
            continue
        held.append(m)
    return names(page, held, ("ORG",))


def reception_word(t: EventType, text: str, k: int, trig: str) -> bool:
    """Whether the gathering whose word is at `k` is of the reception kind (招待会, 晚宴, 国宴, 见面会)."""
    return any(w in trig or text.startswith(w, k) for w, kind in t.kinds.items() if kind == "reception")


def held_alone(page: EventPage, t: EventType, c: Clause, k: int, trig: str, participants: list[str]) -> bool:
    """越南驻老挝大使馆2日晚在万象举行晚宴,庆祝国庆: a reception its one body holds at a place the clause names
    after 在/于 is a meeting of that body alone; the place is where it is held, not a second side (seeds' kind,
    official gold: MEET [the body] at the city). A body holding one with no place told stays unread, as before."""
    if t.name != "MEET" or len(participants) != 1 or not reception_word(t, page.doc.text, k, trig):
        return False
    text = page.doc.text
    placed = any((e := page.entities.get(m.entity_id)) is not None and e.type == "LOCATION"
                 and rx.compile(cue("reception_place_before")).search(text, max(c.start, m.start - 3), m.start)
                 for m in page.in_span(c.start, k))
    return placed and participants == holding_bodies(page, c, k)
