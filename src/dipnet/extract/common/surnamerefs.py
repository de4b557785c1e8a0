"""People named again by the surname alone as a clause's subject (fm2, issue 13, unseen pages: 中国国家总理温家宝离京,
开始…欧洲之行。温此行将出访德国… / 王表示, 李说): Hong Kong, Taiwan and overseas papers so shorten a Chinese or
Korean name once given in full. Read for events only: each reference becomes a mention of the one person named
before it on the page whose name opens with that surname (none where two such people are named). What may follow
the surname is data (events.toml: surname_ref_going_on)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.model import Document, Entity, Mention
from dipnet.recognize.lexicon import name_rules
from dipnet.rx import compile as _gated

_OPENING = "(?:^|(?<=[。!?\\n,;:]))\\s*"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return _gated(_OPENING + "([\u4e00-\u9fff])" + pattern_of("surname_ref_going_on"))


def surname_references(doc: Document, mentions: list[Mention], entities: dict[str, Entity]) -> list[Mention]:
    """Mentions for the bare surnames opening a clause that fit one person named before them: a name of
    two to four characters, undotted, opening with a surname of the name rules."""
    surnames = name_rules().surnames - set(words_of("surname_ref_not"))
    first: dict[str, list[tuple[int, Entity]]] = {}  # surname -> (first mention's start, person), page order
    seen: set[str] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        e = entities.get(m.entity_id or "")
        if e is None or e.type != "PERSON" or e.id in seen or not 2 <= len(e.name) <= 4 or "·" in e.name:
            continue
        seen.add(e.id)
        if e.name[0] in surnames:
            first.setdefault(e.name[0], []).append((m.start, e))
    if not first:
        return []
    starts = sorted(m.start for m in mentions)
    ends = {m.start: m.end for m in mentions}
    text = doc.text
    out: list[Mention] = []
    for hit in _pattern().finditer(text):
        a = hit.start(1)
        sur = text[a]
        fit = [e for s, e in first.get(sur, ()) if s < a]
        if len({e.id for e in fit}) != 1:
            continue
        k = bisect_left(starts, a)  # (a mention already standing there: the name read in full)
        if (k < len(starts) and starts[k] == a) or (k > 0 and ends[starts[k - 1]] > a):
            continue
        out.append(Mention(a, a + 1, sur, "PERSON", fit[0].id))
    return out
