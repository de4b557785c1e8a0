"""The knowledge base's names and titles as automata: what recognition finds known names and titles
with. Built once per process."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

import ahocorasick_rs

from dipnet.kb import KnowledgeBase, load_kb
from dipnet.recognize.nameforms import made_forms


@dataclass(frozen=True)
class Gazetteer:
    kb: KnowledgeBase
    names: ahocorasick_rs.AhoCorasick
    name_ids: tuple[tuple[str, ...], ...]
    name_forms: tuple[str, ...]
    titles: ahocorasick_rs.AhoCorasick
    title_forms: tuple[str, ...]
    # a body's name as the press reshapes it -> the filed name it is made from (nameforms.py)
    made_from: Mapping[str, str]

    def find_names(self, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        latin, ids = self.latin_forms, self.name_ids
        # an acronym must stand alone, not inside a longer Latin word
        return [(start, end, ids[idx]) for idx, start, end in self.names.find_matches_as_indexes(text)
                if idx not in latin or _stands_alone(text, start, end)]

    @cached_property
    def latin_forms(self) -> frozenset[int]:
        """The indexes of the names written in ASCII (asked of every name found on every page)."""
        return frozenset(i for i, f in enumerate(self.name_forms) if f.isascii())

    def find_titles(self, text: str) -> list[tuple[int, int, str]]:
        # a page's text is read for titles by recognition and again by resolve.py: the last long
        # text's titles are kept (each caller gets its own list)
        last = _LAST_TITLES
        if last and last[0] is self and last[1] is text:
            return list(last[2])
        got = [(s, e, self.title_forms[i]) for i, s, e in self.titles.find_matches_as_indexes(text)]
        if len(text) > 64:
            last[:] = [self, text, got]
        return list(got) if len(text) > 64 else got


_LAST_TITLES: list = []  # [gazetteer, text, its titles] of the last long text asked


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No Latin letter or digit touches text[start:end] on either side."""
    return not ((start and text[start - 1].isascii() and text[start - 1].isalnum()) or
                (end < len(text) and text[end].isascii() and text[end].isalnum()))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    kb = load_kb()
    forms = {f: tuple(ids) for f, ids in kb.surface_forms().items() if len(f) >= 2 or not f.isascii()}
    forms = {f: ids for f, ids in forms.items() if len(f) >= 2}  # one character is a short form, handled apart
    # a body's name as the press reshapes it (dash left out, 某某合作机制, 东协 + …: nameforms.py)
    orgs = {i: (p.name if e.parent and (p := kb.entries.get(e.parent)) else None)
            for i, e in kb.entries.items() if e.type == "ORG"}
    made = made_forms(forms, orgs)
    forms |= {m: ids for m, (ids, _) in made.items()}
    name_forms = tuple(forms)
    titles = tuple(t for t in kb.titles() if t)
    return Gazetteer(
        kb=kb,
        names=ahocorasick_rs.AhoCorasick(name_forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest),
        name_ids=tuple(forms[f] for f in name_forms),
        name_forms=name_forms,
        # (the titles' automaton a contiguous NFA, not a DFA: the DFA's larger table is out of the cache by the
        # time each page is read, after the other stages of the page before, and the NFA reads it in about two
        # thirds of the time there, issue 17; neither is the names', a DFA of which costs a second to build)
        titles=ahocorasick_rs.AhoCorasick(titles, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                          implementation=ahocorasick_rs.Implementation.ContiguousNFA),
        title_forms=titles,
        made_from={m: filed for m, (_, filed) in made.items()},
    )
