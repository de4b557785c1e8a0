"""A known city or capital written with 市 after it (姆巴巴内市, 内罗毕市) is that city, as the
gold names it (岘港 for 峴港市), not a place of its own that the suffix reader made."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention

# the words of a city's level, and the kinds of the known places they may follow
_CITY_WORD = "市"
_CITY_KINDS = ("capital", "city")


def bind_city_forms(places: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The places read by rule, each that is a known city's name and 市 bound to that city."""
    for m in places:
        if m.kb_id or m.type != "LOCATION" or len(m.text) < 3 or not m.text.endswith(_CITY_WORD):
            continue
        entry = next((e for e in kb.by_name(m.text[:-1]) if e.type == "LOCATION" and e.kind in _CITY_KINDS), None)
        if entry is not None:
            m.kb_id = entry.id
    return places
