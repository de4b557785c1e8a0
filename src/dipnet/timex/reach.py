"""How far a match attempt of a pattern can read past the place it starts, read from the pattern: what
lets scan.py take a line's matches from the scan of the text around it (an attempt that reads nothing
past the line's end, nor a newline before its start, fares the same in the line and in the text).

`reach(source)` is the number of characters from an attempt's start that the attempt can read (the
characters it can consume, the look-aheads' and the end-of-text test's), or None where the pattern
is not one such a reading holds for: an unbounded repeat, an empty match, a look-behind that can read
a newline, an anchor other than `$`, a group reference, flags that change what '.' or '$' read."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

from dipnet.cachedir import add_to_table, read_table, table_path

_c: Any = importlib.import_module("re._constants")
_parser: Any = importlib.import_module("re._parser")

# the classes that hold a newline (parsed str patterns name the plain categories, compiled ones the UNI_)
_NEWLINE_CATEGORIES = {_c.CATEGORY_NOT_DIGIT, _c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD, _c.CATEGORY_LINEBREAK,
                       _c.CATEGORY_UNI_NOT_DIGIT, _c.CATEGORY_UNI_SPACE, _c.CATEGORY_UNI_NOT_WORD,
                       _c.CATEGORY_UNI_LINEBREAK}
_SAFE_CATEGORIES = {_c.CATEGORY_DIGIT, _c.CATEGORY_NOT_SPACE, _c.CATEGORY_WORD, _c.CATEGORY_NOT_LINEBREAK,
                    _c.CATEGORY_UNI_DIGIT, _c.CATEGORY_UNI_NOT_SPACE, _c.CATEGORY_UNI_WORD,
                    _c.CATEGORY_UNI_NOT_LINEBREAK}
_ONE = (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


class _Unknown(Exception):
    pass


def _set_has_newline(items: list) -> bool:
    hit, negate = False, False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or av == 10
        elif op is _c.RANGE:
            hit = hit or av[0] <= 10 <= av[1]
        elif op is _c.CATEGORY and av in _NEWLINE_CATEGORIES:
            hit = True
        elif not (op is _c.CATEGORY and av in _SAFE_CATEGORIES):
            raise _Unknown(op)
    return hit != negate


def _reads_newline(items: Any) -> bool:
    """Whether some character the items consume can be a newline."""
    for op, av in items:
        if op is _c.LITERAL:
            if av == 10:
                return True
        elif op is _c.NOT_LITERAL or op is _c.ANY:
            return True
        elif op is _c.IN:
            if _set_has_newline(av):
                return True
        elif op in _REPEATS:
            if _reads_newline(av[2]):
                return True
        elif op is _c.SUBPATTERN:
            if _reads_newline(av[3]):
                return True
        elif op is _c.BRANCH:
            if any(_reads_newline(alt) for alt in av[1]):
                return True
        else:
            raise _Unknown(op)
    return False


def _seq(items: Any) -> tuple[int, int]:
    """(the most characters the items consume, the most characters from their start they read)."""
    pos = read = 0
    for op, av in items:
        if op in _ONE:
            if op is _c.IN:
                _set_has_newline(av)  # (only to refuse a class not understood)
            c, r = 1, 1
        elif op in _REPEATS:
            lo, hi, sub = av
            if hi == _c.MAXREPEAT:
                raise _Unknown("unbounded")
            c1, r1 = _seq(sub)
            c, r = (hi * c1, (hi - 1) * c1 + r1) if hi else (0, 0)
        elif op is _c.SUBPATTERN:
            c, r = _seq(av[3])
        elif op is _c.BRANCH:
            got = [_seq(alt) for alt in av[1]]
            c, r = max(g[0] for g in got), max(g[1] for g in got)
        elif op is _c.ASSERT or op is _c.ASSERT_NOT:
            direction, sub = av
            if direction == 1:  # a look-ahead reads what its body can
                c1, r1 = _seq(sub)
                c, r = 0, max(c1, r1)
            else:  # a look-behind reads before the attempt's place: never a newline, so a line's start reads alike
                if _reads_newline(sub):
                    raise _Unknown("look-behind reading a newline")
                c, r = 0, 0
        elif op is _c.AT and av is _c.AT_END:
            c, r = 0, 2  # '$' reads the character there and asks whether the one after it ends the text
        else:
            raise _Unknown(op)
        read = max(read, pos + r)
        pos += c
    return pos, read


def reach(source: str, flags: int = 0) -> int | None:
    """How many characters from its start an attempt to match `source` can read; None where the
    pattern is not one that reading holds for (see the module docstring)."""
    try:
        parsed = _parser.parse(source, flags)
        if parsed.state.flags & (re.MULTILINE | re.DOTALL | re.IGNORECASE | re.LOCALE):
            return None
        if parsed.getwidth()[0] == 0:
            return None
        consumed, read = _seq(parsed.data)
    except (_Unknown, RecursionError):
        return None
    return max(consumed, read)


def reaches(patterns: dict[str, re.Pattern[str]]) -> dict[str, int | None]:
    """`reach` of each pattern, kept between runs in the cache directory (re's parser is Python: read
    afresh, the time patterns' reaches cost a process's start more than a page's time stage)."""
    path = table_path("reach", Path(__file__))
    kept = read_table(path)
    new = {}
    out = {}
    for name, rx in patterns.items():
        key = (rx.pattern, int(rx.flags))
        if key not in kept:
            kept[key] = new[key] = reach(rx.pattern, rx.flags)
        out[name] = kept[key]
    add_to_table(path, new)
    return out
