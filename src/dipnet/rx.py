"""Regular expressions compiled so that the engine skips to where a match can start.

CPython's engine skips quickly through the text only where a pattern opens with a literal or a plain
set of characters. A pattern that opens with a look-behind, a look-ahead, a line anchor, a repeat
(`[ \n]+`) or alternatives of which one has a look-around (`(?<![大上])将于|即将`) gets no such skip:
at every position of the text the engine enters the pattern and fails, some 10-100 ns a character.
`compile` reads from the pattern the characters its matches can start with (through alternatives,
optional parts, repeats and zero-width assertions) and compiles it with them as the engine's skip
set (issue 17). The set only chooses where matching is tried; every position skipped is one where
no match can start. The matches are the same (tests/test_speed_rx.py compares them on random text).
"""

from __future__ import annotations

import atexit
import importlib
import re
import threading
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from dipnet.cachedir import add_to_lazy_table, read_lazy_table, table_path


@cache
def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's own name
    """`re.compile(source, flags)` with the skip set read from the pattern (the same object for the
    same arguments, as re.compile's cache gives)."""
    return gated(source, None, flags)


@cache
def plain(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, kept between runs with gated's (below), for the module-level patterns
    whose compiling is costly (a Chinese range). With the skip set too, as `compile` (it was left out
    here once, when it cost a compile per run; the programs are kept now, and a look-behind opening a
    pattern had the engine enter it at every character of every page)."""
    return gated(source, None, flags)


def uncached(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` left out of re's cache: for the hundreds of patterns a loader
    compiles once and keeps, which would fill re's 512 places and push out the patterns the stages
    pass to re.search as strings (each then compiled again on a later page). Built by `gated`, with
    the skip set read from the pattern, and kept between runs."""
    return gated(source, None, flags)


def _first_set(seq: Any) -> tuple[list[Any], bool] | None:
    """The set items (sre's own) a match of the parsed `seq` can start with, and whether it can match
    the empty string; None where that is not known (a negated set, any character, back-references)."""
    c = importlib.import_module("re._constants")

    items: list[Any] = []
    for op, av in seq:
        if op is c.LITERAL:
            return items + [(op, av)], False
        if op is c.IN:
            if any(o is c.NEGATE for o, _ in av):
                return None
            return items + list(av), False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the next element starts the match
            continue
        if op is c.SUBPATTERN:
            if av[1] or av[2]:  # flags switched inside (?i:…): not read here
                return None
            got = _first_set(av[3])
        elif op is c.BRANCH:
            union: list[Any] = []
            empty = False
            for branch in av[1]:
                one = _first_set(branch)
                if one is None:
                    return None
                union += one[0]
                empty = empty or one[1]
            got = union, empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            one = _first_set(av[2])
            got = None if one is None else (one[0], one[1] or av[0] == 0)
        else:
            return None
        if got is None:
            return None
        items += got[0]
        if not got[1]:
            return items, False
    return items, True


def _anchored(seq: Any, flags: int, c: Any) -> bool:
    """Every match of the parsed `seq` starts at the string's start: it opens with `^` (without re.MULTILINE) or
    `\\A`, in each of its alternatives where it opens with a choice. re's own program for such a pattern has
    search stop after the one try at the start; under a skip set the engine tries at every place that set
    holds a character of, and fails at each (the matches are the same: none can start elsewhere)."""
    for op, av in seq:
        if op is c.AT:
            return av is c.AT_BEGINNING_STRING or (av is c.AT_BEGINNING and not flags & re.MULTILINE)
        if op is c.SUBPATTERN:
            return not (av[1] or av[2]) and _anchored(av[3], flags, c)
        if op is c.BRANCH:
            return all(_anchored(branch, flags, c) for branch in av[1])
        return False
    return False


def _admits_most(items: list[Any], c: Any) -> bool:
    """A skip set that lets nearly every character of a Chinese text through — one holding the Han range or a
    negated class (\\S, \\D, \\W); a negated set ([^,。]) is none _first_set gives — skips almost nothing, and
    its test at each character cost more than the tries it saved (measured on 60 generated pages: each such
    pattern's finditer 1.0-4x slower gated): such a pattern is compiled as re compiles it (the same matches)."""
    return any((op is c.RANGE and av[0] <= 0x4E00 and av[1] >= 0x9FA5) or
               (op is c.CATEGORY and av in (c.CATEGORY_NOT_DIGIT, c.CATEGORY_NOT_SPACE, c.CATEGORY_NOT_WORD))
               for op, av in items)


# the classes whose characters are read out (as the engine reads them, for the BMP) in a skip set
_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


@cache
def _class_chars(source: str, flags: int) -> tuple[int, ...]:
    one = re.compile(source, flags & re.ASCII)
    return tuple(k for k in range(0x10000) if one.match(chr(k)))


def _without_classes(items: list[Any], c: Any, flags: int) -> list[Any]:
    r"""A skip set's items with each class (\d, \s, \w) replaced by its characters in the BMP and every
    character past it: a set holding at least the same characters, which the engine tests with one
    look-up in a table (a class is a call per character of the text, each asking Unicode's tables).
    A negated set is left as it is (its complement would shrink)."""
    if not any(op is c.CATEGORY and getattr(av, "name", "") in _CLASSES for op, av in items) or any(op is c.NEGATE for op, _ in items):
        return list(items)
    out: list[Any] = []
    for op, av in items:
        if op is c.CATEGORY and getattr(av, "name", "") in _CLASSES:
            out += [(c.LITERAL, k) for k in _class_chars(_CLASSES[av.name], flags)]
        else:
            out.append((op, av))
    return out + [(c.RANGE, (0x10000, 0x10FFFF))]


def first_chars(source: str) -> str | None:
    """The characters a match of `source` can start with, where they are a few plain characters
    (a text holding none of them holds no match); None where they are a class, a category or unknown."""
    c = importlib.import_module("re._constants")
    parsed = importlib.import_module("re._parser").parse(source, 0)
    first = _first_set(parsed)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE) or first is None or first[1] or not first[0] \
            or any(op is not c.LITERAL for op, _ in first[0]):
        return None
    return "".join(sorted({chr(v) for _, v in first[0]}))


# --- the character sets of compiled patterns, optimized once for the process -------------------------
# re's compiler turns each set of a pattern into the engine's table in Python, a step per character of
# a range: [\u4e00-\u9fff] is some 27,000 of them, and hundreds of patterns hold the same few sets (that
# range, \d, [^。;!?]). `gated` compiles with the step's answers kept by the set (the answer depends on
# the set alone where the pattern is case-sensitive; a case-blind set is passed through as it is).
_SETS: dict[tuple[Any, ...], tuple[Any, bool]] = {}


@cache
def _kept_sets(optimize: Any) -> Any:
    """re._compiler's `_optimize_charset`, answering a case-sensitive set it has seen from `_SETS`."""
    def kept(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> tuple[Any, bool]:
        if iscased is not None or fixup is not None or fixes is not None:
            return optimize(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
        key = tuple(charset)
        got = _SETS.get(key)
        if got is None:
            out, cased = optimize(charset)
            got = _SETS[key] = (tuple(out), cased)  # (a tuple: the compiler only reads it)
        return got
    return kept


# one pattern at a time patches re's compiler: two threads compiling at once would each restore what the other
# installed, leaving a wrapper in re for every later compile of the process
_PATCHING = threading.Lock()


def _compiled(code: list[int], parsed: Any, gate: Any, flags: int, compiler: Any, constants: Any) -> None:
    """The engine's program for `parsed` appended to `code` (with `gate` as its skip set, where given),
    re's compiler steps run with the character sets optimized once (`_kept_sets`)."""
    with _PATCHING:
        own = compiler._optimize_charset
        compiler._optimize_charset = _kept_sets(own)  # (only while this pattern compiles: re's own calls are left as they are)
        try:
            if gate is None:  # as re.compile builds it, from the tree already parsed (no second parse)
                code += compiler._code(parsed, flags)
            else:
                compiler._compile_info(code, gate, flags)  # the info block: where to try (a class as the pattern reads it)
                compiler._compile(code, parsed.data, flags)
                code.append(constants.SUCCESS)
        finally:
            compiler._optimize_charset = own


def _gate(items: list[Any], parser: Any, c: Any) -> Any:
    """The skip set as the info block's pattern. Where it is one character, a literal: the engine then skips to it
    in a tight loop, where a set costs a call per character of the text (issue 17). The literal is put in a
    group so that re's compiler marks it neither the whole match nor a part to step past: the engine tries the
    whole pattern at each place that character stands, as under the one-character set (the same matches)."""
    if items and items[0][0] is c.LITERAL and all(item == items[0] for item in items):  # (stops at the first other)
        one = parser.SubPattern(parser.State(), [(c.LITERAL, items[0][1])])
        return parser.SubPattern(parser.State(), [(c.SUBPATTERN, (1, 0, 0, one))])
    return parser.SubPattern(parser.State(), [(c.IN, items)])


def gated(source: str, starts: str | None = None, flags: int = 0, *, skip: bool = True) -> re.Pattern[str]:
    """`source` compiled so that the engine skips to the characters its matches can start with (see
    the module docstring): `starts`, for a pattern that opens with the look-ahead `(?=[starts])`,
    else the set read from the pattern itself. A pattern the engine already skips through (one that
    opens with a literal or a set) is compiled as usual, and so is any where the set is not known.
    Built from the standard library's own compiler steps (re._compiler, Python 3.11+); where those
    differ, the plain compiled pattern (the same matches, slower). `skip=False`: no skip set, the
    program re.compile builds (plain, uncached)."""
    key = (source, starts if skip else "\x00", int(flags))
    kept = _programs().get(key)
    if kept is not None:  # built by an earlier run of this Python and this module
        try:
            fast: re.Pattern[str] = importlib.import_module("_sre").compile(source, *kept)
            return fast
        except (ImportError, AttributeError, TypeError, ValueError, RuntimeError):  # not a program this engine takes
            pass
    try:  # the engine's own modules, untyped (no stubs)
        _sre, _compiler, _constants, _parser = (importlib.import_module(m) for m in
                                                ("_sre", "re._compiler", "re._constants", "re._parser"))
        parsed = _parser.parse(source, flags)
        flags = parsed.state.flags
        items: list[Any] | None = None  # the set of the characters a match can start with
        if not skip or flags & (re.IGNORECASE | re.LOCALE) or _compiler._get_literal_prefix(parsed, flags)[0]:
            pass  # the engine skips by itself (or the set is not read under these flags)
        elif (own := _compiler._get_charset_prefix(parsed, flags)):
            # the engine skips by itself; a class in its set (\d) is asked of every character, though
            items = own if any(op is _constants.CATEGORY for op, _ in own) and not _admits_most(own, _constants) else None
        elif parsed.getwidth()[0] == 0:
            pass  # an empty match: under a one-character gate finditer would not step past it (it looped)
        elif _anchored(parsed.data, flags, _constants):
            pass  # every match starts at the string's start: the engine tries there once and stops (a gate had it try at each start character)
        elif starts is not None:
            items = list(_parser.parse(f"[{starts}]", 0)[0][1])
        else:
            first = _first_set(parsed)
            if first is not None and not first[1] and first[0] and not _admits_most(first[0], _constants):
                items = first[0]  # (else as re compiles it: a set of nearly every character, or one not known)
        gate = None if items is None else _gate(_without_classes(items, _constants, flags), _parser, _constants)
        code: list[int] = []
        _compiled(code, parsed, gate, flags, _compiler, _constants)
        index = parsed.state.groupdict
        names: list[str | None] = [None] * parsed.state.groups
        for k, i in index.items():
            names[i] = k
        # (the engine takes the compiler's own codes, int subclasses; _save makes them plain ints for marshal)
        program = (int(flags), code, parsed.state.groups - 1, dict(index), tuple(names))
        fast = _sre.compile(source, *program)
        _keep(key, program)
        return fast
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):  # another Python's internals
        return re.compile(source, flags)


# --- the compiled programs kept between runs -------------------------------------------------------
# Compiling is most of what a process does before its first page: parsing each pattern, and above all
# the character sets of Chinese ranges ([\u4e00-\u9fff] alone is some 27,000 steps in re's compiler),
# for hundreds of patterns. What `gated` hands the engine (flags, program, groups, group names) is kept
# in a file of the cache directory, keyed by this Python's version and this module's source; a later run
# passes it to the engine as it is (which checks a program before it takes it). Plain values only
# (marshal: no objects built from the file); a file that is missing, unreadable or of another version
# is ignored, and the programs are built as before. The file is a lazy table (cachedir.LazyTable): a
# program is decoded only when its pattern is compiled, not the whole table at the first (~20,000 kept
# once pages' patterns are: 215 MB as objects, in every process, for the few hundred it compiles).
_Key = tuple[str, "str | None", int]
_Program = tuple[int, list[int], int, dict[str, int], tuple["str | None", ...]]
_NEW: dict[_Key, _Program] = {}


def _programs_path() -> Path | None:
    return table_path("rx", Path(__file__))


@cache
def _programs() -> Mapping[_Key, _Program]:
    return read_lazy_table(_programs_path())


def _keep(key: _Key, program: _Program) -> None:
    if not _NEW:
        atexit.register(_save)
    _NEW[key] = program


def _save() -> None:
    """At the process's end, the programs it built added to the file (as another process left it), each code a
    plain int there (marshal writes no int subclass): turned so here, once, only where a file is written."""
    _programs.cache_clear()
    path = _programs_path()
    if path is not None:
        add_to_lazy_table(path, {key: (flags, [int(c) for c in code], groups, index, names)
                            for key, (flags, code, groups, index, names) in _NEW.items()})
    _NEW.clear()
