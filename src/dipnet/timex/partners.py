"""The partners of each side's diplomatic relations (data/relations.json), for '建交N周年': the patterns
naming them, and which of them a text can name, found in one pass over it (knowledge.py reads them)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import ahocorasick_rs

from dipnet.rx import uncached

from .words import load_data as _load

Partner = tuple[str, tuple[str, ...] | None, str]  # (pattern source, its words where it is only words, date)


@lru_cache(maxsize=1)
def _partners() -> dict[str, list[Partner]]:
    """Each side's partners (data/relations.json: a pattern naming the partner, the date relations began),
    the pattern left as its source with the words it is made of where it is plain words joined by | (all
    of them now): a pattern is compiled only for a text holding a word of it; the side's
    hundred-odd patterns compiled at once (as they were) cost more than a page does (issue 13's speed)."""
    data = _load("relations.json")
    return {side: [(k, _plain_words(k), v) for k, v in table.items()]
            for side, table in data.items() if not side.startswith("_")}


def _plain_words(source: str) -> tuple[str, ...] | None:
    """The words of a pattern that is plain words joined by |; None for any other (or an empty word)."""
    words = tuple(source.split("|"))
    return words if all(w and re.escape(w) == w for w in words) else None


@cache
def partner_pattern(source: str) -> re.Pattern[str]:
    return uncached(source)


@cache
def _partner_words(side: str) -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[int, ...]], tuple[int, ...]]:
    """One automaton of the side's partners' words; each word's partners, and the partners without words, by index."""
    partners = _partners()[side]
    by_word: dict[str, list[int]] = {}
    for i, (_, words, _) in enumerate(partners):
        for w in words or ():
            by_word.setdefault(w, []).append(i)
    return ahocorasick_rs.AhoCorasick(list(by_word)), [tuple(v) for v in by_word.values()], \
        tuple(i for i, (_, words, _) in enumerate(partners) if words is None)


def partners_in(side: str, text: str) -> list[Partner]:
    """The side's partners whose pattern can match in `text`, in the file's order: those whose words the text
    holds one of (an alternative of plain words matches only where one of them stands), and those without
    words. The words are found in one pass, not a test of each of the side's hundred-odd partners (issue 17)."""
    finder, of_word, wordless = _partner_words(side)
    held = {i for k, _, _ in finder.find_matches_as_indexes(text, overlapping=True) for i in of_word[k]}
    partners = _partners()[side]
    return [partners[i] for i in sorted(held.union(wordless))]
