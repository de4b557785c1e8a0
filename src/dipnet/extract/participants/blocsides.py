"""The bloc or continent a relationship is set up with (issue 13): a relation established or upgraded
between a country and an international bloc (东盟, 欧盟, 非盟) or a continent's states taken together
(中非关系) has the bloc as its second party, as a country is.

Three ways a clause names it: joined to a country by a dash or a list word before the trigger
(东盟—中国建立…, sides.joined_blocs); as the partner after a partner word, whatever stands between
the holder and it (某国于某年与东盟建立…, 越南…同欧盟建立…); glued to a country's name after the
trigger (建立中国东盟全面战略伙伴关系), or a continent's one character glued to a country's
(将中非关系提升为…: 非 is Africa). The last two are read only where the clause names no second
country (a bloc beside two countries is where they meet, not a party). Words are in data/cues.toml
(bloc_joiner, bloc_partner_before)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.lands import international_body
from dipnet.extract.participants.sides import joined_blocs
from dipnet.model import Entity, Mention


def _continent(m: Mention, e: Entity | None) -> bool:
    """A continent's one character (非 of 中非): a place that is no country and has none."""
    return e is not None and e.type == "LOCATION" and len(m.text) == 1 and not e.country


def bloc_sides(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The blocs (or continents) a relationship clause sets up ties with, beside the countries read."""
    out = [n for n in joined_blocs(page, page.in_span(c.start, k)) if n not in participants]
    text = page.doc.text
    ms = [(m, page.entities.get(m.entity_id)) for m in page.in_span(c.start, c.end)]
    countries = {e.name for _, e in ms if e is not None and e.type == "COUNTRY"}
    if out or len(countries) != 1:
        return out
    partner = rx.compile(cue("bloc_partner_before"))
    for i, (m, e) in enumerate(ms):
        if e is None or e.name in participants or e.name in out:
            continue
        glued = i > 0 and ms[i - 1][0].end == m.start and (g := ms[i - 1][1]) is not None and g.type == "COUNTRY"
        if international_body(e) and (partner.search(text, max(c.start, m.start - 2), m.start) or glued and m.start > k):
            out.append(e.name)  # 与东盟建立 / 建立中国东盟…伙伴关系
        elif _continent(m, e) and glued and len(ms[i - 1][0].text) == 1:
            out.append(e.name)  # 中非关系
    return out
