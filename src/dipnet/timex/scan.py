"""One scan of a text for every time pattern whose words it holds: the pattern table compiled once,
the word lists a text holds found in one pass, the patterns to run planned by those lists, and the
matches kept per text (every reading of the same text, against any anchor, shares them). The table's
order is the reading order (_RANK); parse.py turns the matches into time expressions."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import ahocorasick_rs

from dipnet.rx import _first_set

from .patterns import compile_table, needs

_compile_table = compile_table  # tests compare the patterns with and without their skip sets
_PATTERNS = compile_table()
# every word list a match holds one of; and (below) each pattern's lists by number
_LISTS = list(dict.fromkeys(words for name in _PATTERNS for words in needs(name)))
# every word of the lists, found in one pass (overlapping: each word at each place it stands), with the
# lists it belongs to: a text holds a list where it holds one of its words (26 searches of each text before)
_WORDS = list(dict.fromkeys(w for words in _LISTS for w in words))
_WORD_LISTS = [tuple(k for k, words in enumerate(_LISTS) if w in words) for w in _WORDS]
_WORD_FINDER = ahocorasick_rs.AhoCorasick(_WORDS)
_NEEDS: dict[str, tuple[int, ...]] = {name: tuple(_LISTS.index(words) for words in needs(name)) for name in _PATTERNS}


def _held(text: str) -> tuple[bool, ...]:
    """For each word list, whether the text holds one of its words."""
    held = [False] * len(_LISTS)
    for w in {w for w, _, _ in _WORD_FINDER.find_matches_as_indexes(text, overlapping=True)}:  # each word once
        for k in _WORD_LISTS[w]:
            held[k] = True
    return tuple(held)


@lru_cache(maxsize=4096)
def _plan(held: tuple[bool, ...]) -> tuple[str, ...]:
    """The patterns to run on a text holding the word lists marked in `held` (asked for once per
    combination: a few dozen on a corpus)."""
    return tuple(name for name in _PATTERNS if all(held[i] for i in _NEEDS[name]))


def _unit(source: str) -> tuple[frozenset[str], int, int] | None:
    """(chars, lo, hi): every match of `source` holds one of `chars` lo to hi characters after its start,
    read from the pattern: the first element of its top-level sequence that opens with a plain character
    and cannot be absent (年 of a date, 月 of a month-day), after elements of bounded width (the number
    before it). None where there is none such."""
    c = importlib.import_module("re._constants")
    parser = importlib.import_module("re._parser")
    parsed = parser.parse(source, 0)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE | re.MULTILINE):
        return None
    lo = hi = 0
    for item in parsed.data:
        one = parser.SubPattern(parsed.state, [item])
        first = _first_set(one)
        width = one.getwidth()
        if first is not None and not first[1] and first[0] and all(op is c.LITERAL for op, _ in first[0]) \
                and width[0] > 0 and item[0] not in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return frozenset(chr(v) for _, v in first[0]), lo, hi
        if width[1] >= c.MAXREPEAT:
            return None
        lo, hi = lo + width[0], hi + width[1]
    return None


def _unit_after(source: str) -> tuple[frozenset[str], int, int] | None:
    """_unit where the unit stands after the pattern's first character (where it is the first, the
    engine's own skip to it is as quick)."""
    unit = _unit(source)
    return unit if unit is not None and unit[2] > 0 else None


_UNITS: dict[str, tuple[frozenset[str], int, int] | None] = {name: _unit_after(rx.pattern) for name, (rx, _) in _PATTERNS.items()}


def _places(text: str, chars: frozenset[str]) -> list[int]:
    out: list[int] = []
    for ch in chars:
        k = text.find(ch)
        while k != -1:
            out.append(k)
            k = text.find(ch, k + 1)
    return sorted(out)


def _finditer_near(pattern: re.Pattern[str], text: str, places: list[int], lo: int, hi: int) -> list[re.Match[str]]:
    """pattern.finditer(text), where every match holds a character of `places` lo to hi characters after
    its start: the pattern is tried only at the starts those allow, in order, each once, from the end of
    the last match on (what finditer tries, less the places where no match can start)."""
    out = []
    nxt = 0
    for q in places:
        at = max(q - hi, nxt)
        stop = q - lo
        while at <= stop:
            m = pattern.match(text, at)
            if m is None:
                at += 1
            else:
                out.append(m)
                at = m.end()
        nxt = max(nxt, at)
    return out


@lru_cache(maxsize=64)
def _scan(text: str) -> dict[str, tuple[re.Match[str], ...]]:
    """Every pattern's matches in `text`, for the patterns whose words it holds. The matches do not
    depend on the anchor, so one scan serves every reading of the same text: a page's time stage
    reads its main text, its lead and each teaser several times over (for the page's date, the
    teasers' block year and month, each teaser's day), and each of those readings used to rescan.
    The lists' words are found in one pass, and the patterns to run looked up by which lists the text
    holds (no test per pattern and list); a pattern without a match is left out."""
    patterns = _PATTERNS
    out = {}
    places: dict[frozenset[str], list[int]] = {}
    for name in _plan(_held(text)):
        unit = _UNITS[name]
        if unit is None:
            found = tuple(patterns[name][0].finditer(text))
        else:  # tried only before its unit (年, 月, 日…): not at every digit of the text
            chars, lo, hi = unit
            if chars not in places:
                places[chars] = _places(text, chars)
            found = tuple(_finditer_near(patterns[name][0], text, places[chars], lo, hi))
        if found:
            out[name] = found
    return out


_RANK = {name: k for k, name in enumerate(_PATTERNS)}  # the table's order is the reading order
