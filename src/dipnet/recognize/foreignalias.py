"""A home body's short name right after another country (老挝 + 人民公安力量): the words name that
country's own body, not the home body the knowledge base files them under (人民公安 is Vietnam's
People's Public Security only where no other country opens it). A name that holds its own country
(老挝 + 越南企业协会: Vietnamese firms in Laos) keeps its link."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention


def foreign_led_aliases(text: str, mentions: list[Mention], kb: KnowledgeBase,
                        generic: set[tuple[int, int]]) -> list[Mention]:
    """The mentions less the known bodies named by a short form without their country that another
    country's name opens, also across the quote that opens a paper's title (老挝《人民报》)."""
    country_ending: dict[int, str] = {}
    for m in mentions:
        e = kb.get(m.kb_id) if m.type == "COUNTRY" and m.kb_id else None
        if e is not None and e.country:
            country_ending[m.end] = e.country
    if not country_ending:
        return mentions
    out = []
    for m in mentions:
        c = country_ending.get(m.start - 1 if m.start > 0 and text[m.start - 1] == "《" else m.start)
        if c is not None and m.type == "ORG" and m.kb_id and (m.start, m.end) not in generic:
            e = kb.get(m.kb_id)
            home = kb.get(f"country:{e.country}") if e is not None and e.country else None
            if e is not None and home is not None and e.country != c \
                    and not any(n in m.text for n in home.names):
                continue
        out.append(m)
    return out
