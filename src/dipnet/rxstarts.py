"""finditer for patterns whose every alternative opens at a place a character marks (issue 17).

A pattern whose alternatives open with a line anchor or a look-behind (`(?:^|\\n|(?<=[)）]))…`,
`(?:据|[「“]|(?<=[。,]))…`) gets no skip from the engine (see rx.py): the engine enters it at every
character of the text, trying each alternative. Where each alternative opens with a character of a
set, the start of the text, or a look-behind on one character of a set, a match can start only at
such a character, at 0, or right after such a character. `places(source)` reads those sets from the
pattern; `finditer(pattern, text, where)` finds those places with one pass of a character class and
tries the pattern at each, in order, as finditer would (the same matches: the leftmost match from the
end of the last one). A pattern of another shape is read as usual (`places` gives None).
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from dipnet.rx import _first_set


class Places(NamedTuple):
    """Where a match can start: at a character of `firsts`, right after one of `afters`, or at 0."""

    firsts: frozenset[str]
    afters: frozenset[str]
    at_zero: bool
    scan: re.Pattern[str]  # a character of either set


def _opening(seq: Any, c: Any, lines: bool) -> tuple[set[str], set[str], bool] | None:
    """The places the parsed `seq` can start a match at, where its first element pins them (a
    look-ahead or a negative look-around before it is passed over: it narrows, never widens, them).
    `lines`: ^ is at each line's start (re.MULTILINE)."""
    items = list(seq)
    while items and (items[0][0] is c.ASSERT_NOT or (items[0][0] is c.ASSERT and items[0][1][0] == 1)):
        items = items[1:]
    if not items:
        return None
    op, av = items[0]
    if op is c.LITERAL:
        return {chr(av)}, set(), False
    if op is c.IN:
        chars = _chars(av, c)
        return None if chars is None else (chars, set(), False)
    if op is c.AT:
        if av is c.AT_BEGINNING and lines:
            return set(), {"\n"}, True
        return (set(), set(), True) if av is c.AT_BEGINNING_STRING or av is c.AT_BEGINNING else None
    if op is c.ASSERT and av[0] == -1:  # a look-behind of one character
        inner = list(av[1])
        if len(inner) != 1:
            return None
        one = _opening(inner, c, lines)
        if one is None or one[1] or one[2]:
            return None
        return set(), one[0], False
    if op is c.SUBPATTERN:
        if av[1] or av[2]:  # flags switched inside
            return None
        return _opening(av[3], c, lines)
    if op is c.BRANCH:
        firsts: set[str] = set()
        afters: set[str] = set()
        zero = False
        for branch in av[1]:
            one = _opening(branch, c, lines)
            if one is None:
                return None
            firsts |= one[0]
            afters |= one[1]
            zero = zero or one[2]
        return firsts, afters, zero
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        return _opening(av[2], c, lines) if av[0] >= 1 else None
    return None


def _chars(items: Any, c: Any) -> set[str] | None:
    """The characters of a set's items, where they are literals and small ranges."""
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 256:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        else:
            return None
    return out


@cache
def places(source: str, flags: int = 0) -> Places | None:
    """Where a match of `source` compiled with `flags` can start, read from the pattern; None where
    that is not known (an alternative opening with a repeat that may be absent, a class, a
    look-ahead alone, a cased letter under re.IGNORECASE)."""
    c = importlib.import_module("re._constants")
    parsed = importlib.import_module("re._parser").parse(source, flags)
    flags = parsed.state.flags
    if flags & re.LOCALE:
        return None
    got = _opening(parsed, c, bool(flags & re.MULTILINE))
    if got is None:
        return None
    firsts, afters, zero = got
    both = firsts | afters
    cased = importlib.import_module("_sre").unicode_iscased
    if flags & re.IGNORECASE and any(cased(ord(ch)) for ch in both):
        return None  # a letter: its other cases match too
    scan = re.compile("[" + "".join(re.escape(ch) for ch in sorted(both)) + "]" if both else "(?!)")
    return Places(frozenset(firsts), frozenset(afters), zero, scan)


def finditer(pattern: re.Pattern[str], text: str, where: Places | None,
             need: tuple[re.Pattern[str], int] | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying the pattern only at the places `where` gives. `need`: (a
    pattern, n) where every match holds a match of that pattern starting at most n characters after
    its own start: the places with none there are not tried (a text without one is not read)."""
    if where is None:
        yield from pattern.finditer(text)
        return
    near: list[int] | None = None
    if need is not None:
        near = []
        m = need[0].search(text)
        while m is not None:  # every start, overlapping ones too
            near.append(m.start())
            m = need[0].search(text, m.start() + 1) if m.start() < len(text) else None
        if not near:
            return
    starts = {0} if where.at_zero else set()
    firsts, afters = where.firsts, where.afters
    for hit in where.scan.finditer(text):
        q = hit.start()
        ch = text[q]
        if ch in firsts:
            starts.add(q)
        if ch in afters:
            starts.add(q + 1)
    end = 0
    found = []
    for q in sorted(starts):
        if q < end:
            continue
        if near is not None:
            k = bisect_left(near, q)
            if k == len(near) or near[k] - q > need[1]:  # type: ignore[index]
                continue
        m = pattern.match(text, q)
        if m is not None:
            if m.end() == m.start():  # an empty match: finditer's own rules for the next one
                yield from pattern.finditer(text)
                return
            found.append(m)
            end = m.end()
    yield from found


# --- a pattern tried only before its unit ------------------------------------------------------

def unit(source: str) -> tuple[frozenset[str], int, int] | None:
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


def unit_after(source: str) -> tuple[frozenset[str], int, int] | None:
    """_unit where the unit stands after the pattern's first character (where it is the first, the
    engine's own skip to it is as quick)."""
    found = unit(source)
    return found if found is not None and found[2] > 0 else None


def unit_places(text: str, chars: frozenset[str]) -> list[int]:
    out: list[int] = []
    for ch in chars:
        k = text.find(ch)
        while k != -1:
            out.append(k)
            k = text.find(ch, k + 1)
    return sorted(out)


# a start tried from Python costs about as much as a dozen characters read by the engine's own search: a
# text with more starts before units than a twelfth of its length is read whole by finditer or search
TRIES_PER_CHAR = 12


def near_pays(places: list[int], lo: int, hi: int, size: int) -> bool:
    """Whether trying the starts before `places` (finditer_near, search_near) costs less than reading a text
    of `size` characters whole (both find the same matches)."""
    return len(places) * (hi - lo + 1) * TRIES_PER_CHAR < size


def finditer_near(pattern: re.Pattern[str], text: str, places: list[int], lo: int, hi: int) -> list[re.Match[str]]:
    """pattern.finditer(text), where every match holds a character of `places` lo to hi characters after
    its start: the pattern is tried only at the starts those allow, in order, each once, from the end of
    the last match on (what finditer tries, less the places where no match can start)."""
    out = []
    nxt = 0
    match = pattern.match
    for q in places:
        at = q - hi if q - hi > nxt else nxt
        stop = q - lo
        while at <= stop:
            m = match(text, at)
            if m is None:
                at += 1
            else:
                out.append(m)
                at = m.end()
        if at > nxt:
            nxt = at
    return out


def search_near(pattern: re.Pattern[str], text: str, places: list[int], lo: int, hi: int) -> re.Match[str] | None:
    """pattern.search(text), tried as finditer_near tries it: the first match."""
    for q in places:
        for at in range(max(q - hi, 0), q - lo + 1):
            m = pattern.match(text, at)
            if m is not None:
                return m
    return None
