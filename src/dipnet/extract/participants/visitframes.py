"""A person told only as the one who travels, beside an agreement told in the same sentence (某某此次访问甲国充分体现出
乙国…同丙签署《…》; 在某国总统某某访日期间,蒙日就…协定签署达成共识; 某某这次访印,新德里…2018年签署的…) is the visit's actor,
not a signer: the agreement's parties are the sides its own words name, or the lands of the trip (ac3, issue 13: the
tune pools' gold names no visitor of such a frame in 8 agreements; official dev2: 两国须本着苏林访华期间所发表的联合声明
→ 越南, 中国). The subjects of the signing clause itself stay (seeds 000: 对老挝进行国事访问期间,苏林与通伦…共同出席了…
交换仪式 → 苏林, 通伦·西苏里, 越南, 老挝). The visit words are data (data/participants.toml: visitor_after)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of
from dipnet.extract.participants.visitsignings import visit_signers
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Mention

_SIDES = frozenset({"COUNTRY", "ORG"})


def visit_frame_signers(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The parties of an agreement whose sentence tells a visit (visitsignings.visit_signers), less the people whose
    every mention in the sentence opens a visit's words (某某访日期间, 某某这次访印, 某某对越南进行访问之际), where no
    other person signs in the agreement's clause: the sides named without them stay where they are two, else the
    trip's lands (the host, the visitor's own) stand for them."""
    visitors = _visitors(page, c, participants)
    with_trip = visit_signers(page, c.sentence[0], k, participants)
    if not visitors:
        return with_trip
    sides = [p for p in participants if p not in visitors and page.types_of.get(p, set()) & _SIDES]
    if len(sides) >= 2:
        return [p for p in participants if p not in visitors]
    lands = [p for p in with_trip if p not in participants] + [n for n in visitors.values() if n]  # (countries by name)
    kept = [p for p in with_trip if p not in visitors]
    kept += [n for n in lands if n not in kept]
    return kept if len(set(sides) | set(lands)) >= 2 else with_trip


def _visitors(page: EventPage, c: Clause, participants: list[str]) -> dict[str, str | None]:
    """The people of the participants (with their lands) each of whose mentions in the sentence is followed by a
    visit's words; none where another person of the participants is named in the agreement's own clause."""
    text, after = page.doc.text, participant_pattern("visitor_after")
    seen: dict[str, list[bool]] = {}
    first: dict[str, Mention] = {}  # (each person's first mention: its land is read for the visitors alone, at the end)
    for m in page.in_span(*c.sentence):
        e = page.entities.get(m.entity_id)
        if e is None or e.type != "PERSON" or e.name not in participants:
            continue
        seen.setdefault(e.name, []).append(after.match(text, m.end, c.sentence[1]) is not None)
        first.setdefault(e.name, m)
    names = [n for n, marks in seen.items() if all(marks)]
    signing = {e.name for m in page.in_span(c.start, c.end) if (e := page.entities.get(m.entity_id)) is not None
               and e.type == "PERSON" and e.name in participants and e.name not in names}
    return {} if signing else {n: country_name(land_of(page, first[n])) for n in names}
