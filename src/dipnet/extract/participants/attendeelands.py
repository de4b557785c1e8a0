"""A conference's land named only where its attendee is (ac1, issue 13): 越南国家主席武文赏赴华出席…, 武文赏率领越南高级
代表团出席…, 越共中央政治局委员、国防部部长吴春历大将率领越南高级军事代表团赴老挝出席…. SPEC lists a CONFERENCE's
holding body and the people the text places at it; the land named only inside its attendee's title, or as the
attendee's delegation, stands for that person, no party of its own (open gold: extra on dev2, fp1 tune2, fp3 BLIND).

A land the sentence names on its own (越南和老挝共同举办…), inside the name of a body or a meeting (中越双边合作指导委员会,
东盟-中国…大会: the gold names the members of a joint body or a meeting), or not at all (the page's host of the summit,
brought from elsewhere) stays. The delegation's words are data (data/participants.toml: attendee_delegation)."""

from __future__ import annotations

from collections.abc import Callable

from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.words import participant_pattern
from dipnet.kb import load_kb
from dipnet.model import Event, Mention


def attendee_lands(page: EventPage, ev: Event, titled: Callable[[EventPage, Mention], bool]) -> set[str]:
    """The lands of `ev` (a CONFERENCE), each with a person of theirs among its participants, that the sentence names
    and names only inside titles (`titled`) or as a delegation (above)."""
    theirs = {page.country_by_name.get(p) for p in ev.participants if p in page.people} - {None}
    lands = {p for p in ev.participants if page.types_of.get(p) == {"COUNTRY"} and page.country_by_name.get(p) in theirs}
    if not lands:
        return set()
    ents, text = page.entities, page.doc.text
    ms = [m for m in page.overlapping(ev.start, ev.end) if m.start >= ev.start and m.end <= ev.end]
    untitled = [o for o in ms if not titled(page, o)]  # (越南外交部 in 越南外交部长: a title's body names no one)
    told: dict[str, bool] = {}
    for m in ms:
        e = ents.get(m.entity_id)
        if e is None or e.name not in lands:
            continue
        own = titled(page, m) or participant_pattern("attendee_delegation").match(text, m.end) is not None
        told[e.name] = told.get(e.name, True) and own and not _inside_name(page, untitled, m)
    named = _in_names(page, untitled)
    return {n for n, only in told.items() if only and page.country_by_name.get(n) not in named}


def _in_names(page: EventPage, ms: list[Mention]) -> set[str]:
    """The lands whose one-character short form stands in the name of a body or a meeting of no one land that the
    sentence names on its own (越中双边合作指导委员会: 越, 中)."""
    ents, short = page.entities, load_kb().short_forms()
    out: set[str] = set()
    for o in ms:
        e = ents.get(o.entity_id)
        if e is not None and e.type not in ("PERSON", "COUNTRY") and not e.country:  # (越南外交部: one land's own)
            out.update(f[0].removeprefix("country:") for ch in o.text if (f := short.get(ch)) is not None)
    return out


def _inside_name(page: EventPage, ms: list[Mention], m: Mention) -> bool:
    """The mention stands inside a longer name, told on its own, of another entity that is no person (中越双边合作
    指导委员会)."""
    ents = page.entities
    return any(o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
               and (e := ents.get(o.entity_id)) is not None and e.type != "PERSON" for o in ms)

