"""The host of a visit told by the place one stays in, after 在 right before the visit word (在北京的访问, 在越南访问),
split from visits.py; (fm1, issue 13, an unannotated pool of 202 pages) and the places listed after it (某某率团在
印度尼西亚、泰国访问: each land a host, one visit each)."""

from __future__ import annotations

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage, country_name
from dipnet.kb import load_kb
from dipnet.model import Mention


def stay_place(page: EventPage, c: Clause, k: int, untitled: list[Mention],
               location: str | None) -> tuple[list[str], str | None]:
    """The hosts of a visit told by its place after 在 right before the word: a country, or a city by its country;
    a list of lands after 在 (在甲、乙访问) hosts one visit each."""
    text = page.doc.text
    places = [m for m in untitled if m.end <= k and (e := page.entities.get(m.entity_id)) is not None
              and e.type in ("LOCATION", "COUNTRY")]
    stay = [m for m in places if text[m.end:k] in ("", "的")
            and text[max(c.start, m.start - 1):m.start].endswith(words_of("stay_before"))]
    if not stay:
        return _listed_lands(page, c, k, places), location
    e = page.entities.get(stay[-1].entity_id)
    if e is None:
        return [], location
    if e.type == "COUNTRY":
        return [e.name], location
    entry = load_kb().get(e.kb_id or "")
    land = country_name(entry.country) if entry is not None and entry.country else None
    return ([land], location or e.name) if land else ([], location)


def _listed_lands(page: EventPage, c: Clause, k: int, places: list[Mention]) -> list[str]:
    """在甲、乙访问: countries joined by list words, the last right before the word, the first right after 在."""
    text, joiners = page.doc.text, tuple(codebook().list_joiners)
    chain: list[Mention] = []
    end = k
    for m in reversed(places):
        e = page.entities.get(m.entity_id)
        gap = text[m.end:end]
        if e is None or e.type != "COUNTRY" or (chain and gap not in joiners) or (not chain and gap not in ("", "的")):
            break
        chain.insert(0, m)
        end = m.start
    if len(chain) < 2 or not text[max(c.start, end - 1):end].endswith(words_of("stay_before")):
        return []
    return list(dict.fromkeys(page.entities[m.entity_id].name for m in chain))
