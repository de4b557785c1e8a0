"""A ruling party named with its state and people (越南党、国家和人民决定向老挝党、国家和人民提供…援助): the
phrase stands for the country, whose party is only the first of the three (ev17, issue 13, unseen pages). SPEC:
aid, agreements and protests are between countries; the country is a party of the event beside the party."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name


def party_state_lands(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """The participants with the country of each ruling party the sentence names right before its state
    (…党、国家和人民, …党和国家), placed after the party."""
    text, ruling = page.doc.text, codebook().ruling_party
    state_after = rx.compile(cue("party_state_after"))
    out = list(participants)
    for m in page.in_span(*c.sentence):
        e = page.entity(m)
        if e is None or e.type != "ORG" or e.name not in out or not e.country or ruling.get(e.country) != e.name:
            continue
        land = country_name(e.country)
        if land and land not in out and state_after.match(text, m.end):
            out.insert(out.index(e.name) + 1, land)
    return out
