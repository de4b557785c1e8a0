"""One scan of a text for every time pattern whose words it holds: the pattern table compiled once,
the word lists a text holds found in one pass, the patterns to run planned by those lists, and the
matches kept per text (every reading of the same text, against any anchor, shares them). The table's
order is the reading order (_RANK); parse.py turns the matches into time expressions."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, reduce
from operator import itemgetter, or_

import ahocorasick_rs

from dipnet.rxstarts import TRIES_PER_CHAR, unit_after
from dipnet.rxstarts import finditer_near as _finditer_near
from dipnet.rxstarts import unit_places as _places

from .patterns import compile_table, needs
from .reach import reaches

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
# the same as bits: each word's lists, and each pattern's (a text's lists are one int, joined in C)
_WORD_BITS = [sum(1 << k for k in set(lists)) for lists in _WORD_LISTS]
_NEED_BITS = {name: sum(1 << k for k in set(ks)) for name, ks in _NEEDS.items()}


_FIRST = itemgetter(0)  # (a match's word: taken in C, not by a comprehension's step per match)


def _held(text: str) -> int:
    """The word lists the text holds one of the words of, as bits (bit k: list k)."""
    words = set(map(_FIRST, _WORD_FINDER.find_matches_as_indexes(text, overlapping=True)))  # each word once
    return reduce(or_, map(_WORD_BITS.__getitem__, words), 0)


@lru_cache(maxsize=4096)
def _plan(held: int) -> tuple[str, ...]:
    """The patterns to run on a text holding the word lists marked in `held` (asked for once per
    combination: a few dozen on a corpus): those whose every list it holds."""
    return tuple(name for name in _PATTERNS if _NEED_BITS[name] & held == _NEED_BITS[name])


_UNITS: dict[str, tuple[frozenset[str], int, int] | None] = {name: unit_after(rx.pattern) for name, (rx, _) in _PATTERNS.items()}


def _run(name: str, text: str, places: dict[frozenset[str], list[int]]) -> tuple[re.Match[str], ...]:
    """The matches of pattern `name` in `text` (`places`: the places of its unit characters found so far)."""
    unit = _UNITS[name]
    if unit is None:
        return tuple(_PATTERNS[name][0].finditer(text))
    # tried only before its unit (年, 月, 日…): not at every digit of the text
    chars, lo, hi = unit
    if chars not in places:
        places[chars] = _places(text, chars)
    if len(places[chars]) * (hi - lo + 1) * TRIES_PER_CHAR < len(text):  # (rxstarts.near_pays, inline)
        return tuple(_finditer_near(_PATTERNS[name][0], text, places[chars], lo, hi))
    return tuple(_PATTERNS[name][0].finditer(text))  # (the same matches: finditer_near finds what finditer finds)


@lru_cache(maxsize=64)
def _scan(text: str) -> dict[str, tuple[re.Match[str], ...]]:
    """Every pattern's matches in `text`, for the patterns whose words it holds. The matches do not
    depend on the anchor, so one scan serves every reading of the same text: a page's time stage
    reads its main text, its lead and each teaser several times over (for the page's date, the
    teasers' block year and month, each teaser's day), and each of those readings used to rescan.
    The lists' words are found in one pass, and the patterns to run looked up by which lists the text
    holds (no test per pattern and list); a pattern without a match is left out."""
    out = {}
    places: dict[frozenset[str], list[int]] = {}
    for name in _plan(_held(text)):
        found = _run(name, text, places)
        if found:
            out[name] = found
    if len(text) >= _SHARED_LENGTH:
        _SHARED[text] = (out, {})
        if len(_SHARED) > 4:
            del _SHARED[next(iter(_SHARED))]
    return out


# the scans of the last long texts read (a page's main text), which its lines' scans are read from
_SHARED_LENGTH = 400
# (with the ends of each pattern's matches, listed where a line first asks)
_SHARED: dict[str, tuple[dict[str, tuple[re.Match[str], ...]], dict[str, list[int]]]] = {}
# the matches of a text that begins a line of a longer text read before it, read off that text's scan
# (scan_line), for parse's reading of it that runs next
LINE_SCANS: dict[str, dict[str, tuple[re.Match[str], ...]]] = {}
_REACH = reaches({name: rx for name, (rx, _) in _PATTERNS.items()})


def scan_line(whole: str, at: int, size: int) -> dict[str, tuple[re.Match[str], ...]]:
    """_scan(whole[at:at + size]) for a text that begins a line of `whole` (or `whole` itself), read off
    the scan of `whole` where that was made (else scanned as ever). A match attempt that reads nothing
    past the line's end fares the same in the line and in `whole` (a look-behind at the line's start
    reads the newline, where the line alone has nothing, and neither can match either: reach.py), so
    the matches of `whole` that start more than the pattern's reach before the line's end are the
    line's (each matched again on the line, for a match of its own); the line's end is scanned alone,
    from where the last of those ends. A match of `whole` running into the line from before it, or a
    pattern whose reach is not known, and the line is scanned whole."""
    text = whole[at:at + size]
    shared = _SHARED.get(whole)
    if shared is None or (at > 0 and whole[at - 1] != "\n"):
        return _scan(text)
    big, ends_of = shared
    out = {}
    places: dict[frozenset[str], list[int]] = {}
    for name in _plan(_held(text)):
        far = _REACH[name]
        rx = _PATTERNS[name][0]
        found: tuple[re.Match[str], ...] | None = ()
        if far is not None and size > far:
            tail, head, resume = at + size - far, [], at
            ms = big.get(name, ())
            ends = ends_of.get(name)
            if ends is None:  # (the matches' ends rise: those ending by the line's start are passed over at once)
                ends = ends_of[name] = [m.end() for m in ms]
            for k in range(bisect_right(ends, at), len(ms)):
                m = ms[k]
                a, b = m.span()
                if a < at:  # a match running into the line: scanned alone
                    found = None
                    break
                if a >= tail:
                    break
                again = rx.match(text, a - at)
                if again is None or again.end() != b - at:  # (cannot be: reach.py; scanned alone if it were)
                    found = None
                    break
                head.append(again)
                resume = b
            if found is not None:
                found = (*head, *rx.finditer(text, max(resume, tail) - at))
        if found is None or far is None or size <= far:
            found = _run(name, text, places)
        if found:
            out[name] = found
    return out


_RANK = {name: k for k, name in enumerate(_PATTERNS)}  # the table's order is the reading order
