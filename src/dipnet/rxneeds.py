"""The words a regular expression's every match holds: a cheap test before a scan (issue 17).

A pattern that opens with a class or a look-behind (`(?<![\\d.第])(?P<y>[89]\\d|1[01]\\d)\\s?(?:学|學)年`) is
entered at every character its opening class holds. Where every match must hold one of a few words
(学年 or 學年), a text holding none of them (`str.__contains__`, a fast search) holds no match, and
the scan is skipped. `needed_words` reads those words from the parsed pattern: runs of literal
characters, small sets of characters and alternatives of literal strings that stand next to each
other in the pattern's main sequence (zero-width assertions between them keep them adjacent).
"""

from __future__ import annotations

import atexit
import importlib
import re
import sys
from collections.abc import Iterator
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from dipnet.cachedir import add_to_table, read_table, table_path

_MAX_WORDS = 16  # more alternatives than this: no test
_MAX_GROUPS = 3  # the runs looked for, longest first


def _literal_strings(seq: Any, c: Any) -> set[str] | None:
    """The strings the parsed `seq` matches, where it matches only a few literal strings; else None."""
    out = {""}
    for op, av in seq:
        if op is c.LITERAL:
            alts = {chr(av)}
        elif op is c.IN and av and all(o is c.LITERAL for o, _ in av):
            alts = {chr(v) for _, v in av}
        elif op is c.SUBPATTERN and not (av[1] or av[2]):
            got = _literal_strings(av[3], c)
            if got is None:
                return None
            alts = got
        elif op is c.BRANCH:
            alts = set()
            for branch in av[1]:
                got = _literal_strings(branch, c)
                if got is None:
                    return None
                alts |= got
        else:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > _MAX_WORDS:
            return None
    return out


@cache
def needed_words(source: str, flags: int = 0) -> tuple[tuple[str, ...], ...] | None:
    """Groups of words: every match of `source` holds one word of each group (the runs of the
    pattern's main sequence, longest first, at most `_MAX_GROUPS`); None where none is read (a
    case-blind pattern, or no literal run)."""
    return _needs(importlib.import_module("re._parser").parse(source, flags))


def _needs(parsed: Any) -> tuple[tuple[str, ...], ...] | None:
    c = importlib.import_module("re._constants")
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    runs: list[set[str]] = []
    run = {""}
    for op, av in parsed.data:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the characters on both sides stand together
            continue
        alts = _literal_strings([(op, av)], c)
        if alts is None or len(run) * len(alts) > _MAX_WORDS:
            if "" not in run:
                runs.append(run)
            run = {""} if alts is None else alts
            continue
        run = {a + b for a in run for b in alts}
    if "" not in run:
        runs.append(run)
    runs.sort(key=lambda r: -min(map(len, r)))  # (stable: of runs as long, the pattern's first)
    return tuple(tuple(sorted(r)) for r in runs[:_MAX_GROUPS]) or None


def may_match(groups: tuple[tuple[str, ...], ...] | None, text: str) -> bool:
    """False where `text` lacks every word of some group (so holds no match of their pattern)."""
    if groups is None:
        return True
    for words in groups:  # (loops, not generators: asked of every text a gated scan reads)
        for w in words:
            if w in text:
                break
        else:
            return False
    return True


_BY_ID: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...] | None]] = {}


def may_hold(pattern: re.Pattern[str], text: str) -> bool:
    """False where `text` holds no match of `pattern` for lack of the words its matches need. The
    words are kept by the pattern's id (with the pattern, so the id is not reused): one lookup, where
    a pattern's hash reads its whole program. A pattern that opens with a literal is not tested: the
    engine skips to its first character about as fast as the test would read the text."""
    got = _BY_ID.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = _BY_ID[id(pattern)] = (pattern, _gate(pattern.pattern, pattern.flags))
    return got[1] is None or may_match(got[1], text)


def _gate(source: str, flags: int) -> tuple[tuple[str, ...], ...] | None:
    """`needed_words`, or None for a pattern that opens with a literal (one parse for both). Kept
    between runs in the cache directory, as rx keeps its programs: re's parser is Python, and a long
    pattern costs it more than a page does (a pattern first met on a later page would pay it there)."""
    key = (source, int(flags))
    kept = _kept()
    if key in kept:
        return kept[key]
    parsed = importlib.import_module("re._parser").parse(source, flags)
    got = None if importlib.import_module("re._compiler")._get_literal_prefix(parsed, parsed.state.flags)[0] \
        else _needs(parsed)
    if not _NEW:
        atexit.register(_save)
    kept[key] = _NEW[key] = got
    return got


_Gates = dict[tuple[str, int], "tuple[tuple[str, ...], ...] | None"]
_NEW: _Gates = {}


def _path() -> Path | None:
    return table_path("rxneeds", Path(__file__))


@cache
def _kept() -> _Gates:
    return read_table(_path())


def _save() -> None:
    """At the process's end, the gates it read added to the file (as another process left it)."""
    add_to_table(_path(), _NEW)
    _NEW.clear()


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, with no scan of a text holding none of the words its matches need."""
    if not may_hold(pattern, text):
        return iter(())
    return pattern.finditer(text)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, with no scan of a text holding none of the words its matches need."""
    if not may_hold(pattern, text):
        return None
    return pattern.search(text)


def at_least(pattern: re.Pattern[str], text: str, n: int, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """`len(pattern.findall(text, pos, endpos)) >= n`, read only up to the n-th match (no list of them all)."""
    return n <= 0 or next(islice(pattern.finditer(text, pos, endpos), n - 1, None), None) is not None
