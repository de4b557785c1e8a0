"""Whose mission a bare 驻X使馆 is (驻巴拿马使馆, 驻日本总领事馆 with no country before 驻): the
country whose mission the page names in full with the same 驻X (中国驻巴拿马大使 … 驻巴拿马使馆), else
the country the page is written from, unless that is the country the mission sits in (驻华使馆 on a
Chinese page is a foreign mission, its owner unsaid)."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Entity, Mention
from dipnet.recognize.scan import find_every

# the characters that open a mission named by where it sits
_AT = "驻駐"


def _seat(name: str, places: dict[str, str]) -> tuple[str, str] | None:
    """The seat's name right after 驻 and the country it lies in (驻巴拿马使馆 → 巴拿马, PA)."""
    for k in range(len(name) - 1, 1, -1):
        code = places.get(name[1:k])
        if code:
            return name[1:k], code
    return None


def mission_owners(text: str, entities: list[Entity], mentions: list[Mention], kb: KnowledgeBase,
                   home: str | None) -> None:
    """Sets the country of each organization read by rule whose name opens with 驻 and has none."""
    bare = [e for e in entities if e.type == "ORG" and not e.kb_id and e.country is None and e.name[:1] in _AT]
    if not bare:
        return
    places = {m.text: e.country for m in mentions if m.type in ("COUNTRY", "LOCATION") and m.kb_id
              and (e := kb.get(m.kb_id)) is not None and e.country}
    countries_ending = {m.end: e.country for m in mentions if m.type == "COUNTRY" and m.kb_id
                        and (e := kb.get(m.kb_id)) is not None and e.country}
    for ent in bare:
        seat = _seat(ent.name, places)
        if seat is None:
            continue
        said = [countries_ending[k] for at in _AT for k in find_every(text, at + seat[0]) if k in countries_ending]
        owner = said[0] if said else home
        if owner and owner != seat[1]:
            ent.country = owner
