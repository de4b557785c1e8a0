"""The two sides of a relationship an anniversary counts (ev19, issue 13) where the clause names them through a
compound of their short forms (迎接明年中萨建交50周年, 就中日邦交正常化35周年) or through 两国 (此访恰逢两国纪念
建立全面战略合作伙伴关系15周年, 联合举行好两国建交60周年纪念活动): both countries are its parties (open gold:
越中建交75周年 → 越南, 中国). Called by typeactors.commemorated."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cues
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.shortpairs import sentence_pair
from dipnet.extract.participants.sides import two_lands


def relation_sides(page: EventPage, c: Clause, k: int, countries: list[str]) -> list[str]:
    """The countries named, with the two sides the clause names before the count otherwise, when fewer
    than two are named and those named are among the two."""
    if len(countries) >= 2:
        return countries
    text = page.doc.text
    sides = sentence_pair(page, c.start, k)
    if not sides and any(w in text[c.start:k] for w in cues("both_sides")):
        sides = two_lands(page, c)
    if len(sides) < 2 or not set(countries) <= set(sides):
        return countries
    return countries + [n for n in sides if n not in countries]
