"""The last of `re.findall(pattern, text[a:p])` for many p in one stretch [a, b) of text, without
scanning [a, p) again for each p: on a page of one line a stretch is the whole page, and a scan per
number made the facts stage quadratic.

Exact, not a heuristic. A pattern that consumes only characters of a known alphabet (its literals,
ranges and classes, lookarounds included) and matches nothing empty can neither match across a
character outside that alphabet (a barrier) nor look past it: an attempt starting before a
barrier reads nothing after it. So a scan of [a, p) runs exactly as a scan of the whole stretch
up to the last barrier before p, and only the rest — up to the next punctuation mark or space, on
real text — is scanned per p. Patterns whose alphabet cannot be read (anchors, `.`, negated
classes, case folding) are scanned the plain way."""

from __future__ import annotations

import re
import re._constants as sre_c  # type: ignore[import-not-found]  # (the parser of re itself: no stubs)
import re._parser as sre_p  # type: ignore[import-not-found]
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any

from dipnet.rx import plain as _plain

_CATEGORIES = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D", sre_c.CATEGORY_SPACE: r"\s",
               sre_c.CATEGORY_NOT_SPACE: r"\S", sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W"}
_FOLLOWED = {sre_c.SUBPATTERN, sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT, sre_c.ATOMIC_GROUP,
             sre_c.BRANCH, sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.GROUPREF, sre_c.GROUPREF_EXISTS}


def _alphabet(items: Any, out: list[str]) -> bool:
    """Adds to `out` the class items (as regex class text) of every character the parsed pattern
    can read; False where that set cannot be told."""
    for op, av in items:
        if op == sre_c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op == sre_c.IN:
            for iop, iav in av:
                if iop == sre_c.LITERAL:
                    out.append(re.escape(chr(iav)))
                elif iop == sre_c.RANGE:
                    out.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
                elif iop == sre_c.CATEGORY and iav in _CATEGORIES:
                    out.append(_CATEGORIES[iav])
                else:
                    return False  # a negated class reads (almost) anything
        elif op in _FOLLOWED:
            if op == sre_c.SUBPATTERN and (av[1] | av[2]) & re.IGNORECASE:
                return False  # case folding reads characters the pattern does not spell
            if not all(_alphabet(sub, out) for sub in _inner(op, av)):
                return False
        else:
            return False  # anchors, `.`, negated literals: no alphabet to rely on
    return True


def _inner(op: Any, av: Any) -> list[Any]:
    """The parsed subpatterns inside a group, repeat, branch, lookaround or conditional."""
    if op == sre_c.GROUPREF:
        return []  # repeats what a group read
    if op == sre_c.SUBPATTERN:
        return [av[3]]
    if op == sre_c.ATOMIC_GROUP:
        return [av]
    if op == sre_c.BRANCH:
        return list(av[1])
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return [av[1]]
    if op == sre_c.GROUPREF_EXISTS:
        return [x for x in av[1:] if x is not None]
    return [av[2]]  # the repeats


@lru_cache(maxsize=32)
def _barrier(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern for the characters no match of `pattern` can read, or None."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = sre_p.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None  # an empty match moves a scan in its own way
    out: list[str] = []
    if not _alphabet(parsed, out) or not out:
        return None
    return _plain("[^" + "".join(out) + "]", pattern.flags & ~re.VERBOSE)


def _item(pattern: re.Pattern[str], m: re.Match[str]) -> Any:
    """What findall gives for a match: the whole match, its one group, or its groups."""
    if pattern.groups == 0:
        return m.group()
    if pattern.groups == 1:
        return m.group(1) or ""
    return tuple(g or "" for g in m.groups())


class LastMatch:
    """`last(p)` is `re.findall(pattern, text[a:p])[-1]` (None where there is no match) for a <= p <= b."""

    def __init__(self, pattern: re.Pattern[str], text: str, a: int, b: int) -> None:
        self.pattern, self.text, self.a = pattern, text, a
        self.barrier = _barrier(pattern)
        if self.barrier is not None:
            self.stretch = text[a:b]
            self.walls = [m.start() for m in self.barrier.finditer(self.stretch)]
            self.found = list(pattern.finditer(self.stretch))
            self.starts = [m.start() for m in self.found]

    def last(self, p: int) -> Any:
        if self.barrier is None:
            got = self.pattern.findall(self.text[self.a:p])
            return got[-1] if got else None
        rel = p - self.a
        i = bisect_left(self.walls, rel)
        wall = self.walls[i - 1] if i else -1  # the last barrier before p
        tail = None
        for hit in self.pattern.finditer(self.stretch, wall + 1, rel):
            tail = hit
        if tail is not None:
            return _item(self.pattern, tail)
        k = bisect_right(self.starts, wall) - 1  # the whole stretch's matches before the barrier
        return _item(self.pattern, self.found[k]) if k >= 0 else None
