"""(fb2) A country's name with 党 before its state (越南党、国家和人民, 中国党、政府和军队): the words name
the country's ruling party beside the country, where two of the state's words or more follow (the
formula 党、国家和人民 and its kin; 党和国家领导人 and 党和政府的工作 are fixed words for the leaders and the
work of party and state). The party becomes an entity of the page (SPEC: every named
organization is one; the open golds list 越南共产党 for 越南党), with the words among its forms, but
no mention: the country's mention stays, so the event readers keep the country as the actor of
越南党、国家和人民援助… (an alias in the KB made the party the donor). Words in data/partyforms.toml."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from dipnet.datakeys import required
from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Entity


@lru_cache(maxsize=1)
def _data() -> tuple[str, tuple[str, ...], tuple[str, ...], str, int]:
    file = "recognize/data/partyforms.toml"
    d = tomllib.loads(resources.files("dipnet.recognize.data").joinpath("partyforms.toml").read_text("utf-8"))
    return (str(required(d, "party_word", file)), tuple(required(d, "joiners", file)),
            tuple(required(d, "state_words", file)), str(required(d, "ruling_word", file)),
            int(required(d, "least_state_words", file)))


def _state_items(text: str, at: int, land: str, joiners: tuple[str, ...], states: tuple[str, ...]) -> int:
    """How many of the state's words follow `at` in a list (、国家和人民; 、国家和越南人民: the country's
    name may stand before one of them)."""
    n = 0
    while True:
        joiner = next((j for j in joiners if text.startswith(j, at)), None)
        if joiner is None:
            return n
        k = at + len(joiner)
        k += len(land) if text.startswith(land, k) else 0
        state = next((w for w in states if text.startswith(w, k)), None)
        if state is None:
            return n
        n, at = n + 1, k + len(state)


def add_party_forms(doc: Document, kb: KnowledgeBase) -> None:
    """Adds the ruling party of each country written as 某国党 before its state (see the module)."""
    word, joiners, states, ruling, least = _data()
    text = doc.text
    if word not in text:
        return
    by_id = {e.id: e for e in doc.entities}
    for m in doc.mentions:
        if m.type != "COUNTRY" or not text.startswith(word, m.end):
            continue
        after = m.end + len(word)
        if _state_items(text, after, m.text, joiners, states) < least:
            continue
        land = by_id.get(m.entity_id or "")
        party = kb.generic_body(ruling, land.country) if land is not None and land.country else None
        if party is None:
            continue
        ent = by_id.get(party.id)
        if ent is None:
            ent = by_id[party.id] = Entity(id=party.id, type=party.type, name=party.name, kb_id=party.id,
                                           country=party.country, sector=party.sector,
                                           external=dict(party.external))
            doc.entities.append(ent)
        form = text[m.start:after]
        if form not in ent.mentions:
            ent.mentions.append(form)
