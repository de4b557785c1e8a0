"""A body's short name defined in brackets right after its full name (泰国投资促进委员会（投促会）,
柬埔寨发展理事会(柬发委)): news writing gives the abbreviation once, then uses it alone. The bracket
and every later bare use name the same body."""

from __future__ import annotations

import re
from functools import cache

from dipnet.datakeys import required
from dipnet.model import Coverage, Document, Mention, in_order
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.namerepeats import find_each


def _word_list(key: str) -> tuple[str, ...]:
    return tuple(required(dict(name_rules().name_read_words), key, "names.toml"))


@cache
def _bracket() -> re.Pattern[str]:
    """The bracket right after the name: two to six Han characters, perhaps after the words that define a
    short name (names.toml abbreviation_definers) and in quotes (（以下简称“投促会”）, (以下簡稱「投協委」))."""
    definers = "|".join(map(re.escape, _word_list("abbreviation_definers")))
    return re.compile(rf"[(（](?:{definers})?[“\"「『]?([\u4e00-\u9fff]{{2,6}})[”\"」』]?[)）]")


@cache
def _kind_ends() -> frozenset[str]:
    """The last characters that say what kind of body a short name is, where the full name says it
    otherwise (理事会 -> 委: 柬发委; 委员会 -> 会): names.toml abbreviation_kind_ends."""
    return frozenset(_word_list("abbreviation_kind_ends"))


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is written from `full`'s characters in their order, its last perhaps the
    body's kind word: a gloss in brackets (大呼拉尔(议会)) or a photo position (右二) is not."""
    if len(short) >= len(full) or short[0] not in full:
        return False
    at = 0
    for ch in short[:-1]:
        at = full.find(ch, at) + 1
        if not at:
            return False
    return short[-1] in full[at:] or short[-1] in _kind_ends()


def add_bracket_abbreviations(doc: Document) -> None:
    """The bracketed short name after an organization's name, and each later bare use of it, become
    mentions of that organization, unless they lie inside another mention."""
    text = doc.text
    if "(" not in text and "（" not in text:
        return
    taken = Coverage(len(text), [(m.start, m.end) for m in doc.mentions])
    by_id = {e.id: e for e in doc.entities}
    defined: list[tuple[str, int, Mention]] = []
    for m in doc.mentions:
        hit = _bracket().match(text, m.end) if m.type == "ORG" and m.entity_id in by_id else None
        if hit is not None and not taken.any(*hit.span(1)) and _abbreviates(hit.group(1), m.text):
            defined.append((hit.group(1), hit.start(1), m))
    if not defined:
        return
    added: list[Mention] = []
    words = list(dict.fromkeys(short for short, _, _ in defined))
    places = dict(zip(words, find_each(text, words), strict=True))
    for short, first, m in defined:
        ent = by_id[m.entity_id or ""]
        for k in places[short]:
            end = k + len(short)
            if k >= first and not taken.any(k, end):
                added.append(Mention(k, end, short, "ORG", entity_id=ent.id, kb_id=ent.kb_id))
                taken.mark(k, end)
        if short not in ent.mentions:
            ent.mentions.append(short)
    doc.mentions = in_order(doc.mentions + added)
