"""Loaders for the dated knowledge the time stage relies on (data/*.json): rules stay in code, facts (founding
dates, congress years) in data files, reviewed and extended without touching the parser."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import ahocorasick_rs

from dipnet import rxneeds
from dipnet.cachedir import add_to_table, read_table, table_path
from dipnet.rx import plain as _plain
from dipnet.rx import uncached
from dipnet.rxneeds import needed_words
from dipnet.rxneeds import search as _search_needing

from .numerals import to_int

# (the relations' readers live in pairs.py; named here too for the modules and tests that import them from here)
from .pairs import _partner_pattern, _partners, _plain_words, pair_relation, relation_before, relation_near, relation_of  # noqa: F401
from .words import WORDS
from .words import load_data as _load


@dataclass(frozen=True)
class Founding:
    name: str
    date: str
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None
    not_context: re.Pattern[str] | None
    near: re.Pattern[str] | None = None
    not_near: re.Pattern[str] | None = None
    word: str | None = None  # the pattern where it is a plain word: a text without it holds no match


@lru_cache(maxsize=1)
def foundings() -> list[Founding]:
    # (not re.compile: these hundreds of patterns, compiled once and kept here, would fill re's cache of
    # 512 and push out the patterns the stages pass re.search as strings, each then compiled again)
    out = []
    for e in _load("foundings.json")["entries"]:
        ctx, nctx, near, nnear = (uncached(e[k]) if e.get(k) else None for k in ("context", "not_context", "near", "not_near"))
        for p in e["patterns"]:
            out.append(Founding(e["name"], e["date"], uncached(p), ctx, nctx, near, nnear,
                                p if re.escape(p) == p else None))
    return out



@lru_cache(maxsize=1)
def _founding_words() -> tuple[ahocorasick_rs.AhoCorasick, list[str], dict[str, list[int]], tuple[int, ...]]:
    """One automaton of the foundings' plain words; each word's foundings and the wordless ones, by index."""
    fs = foundings()
    words = sorted({f.word for f in fs if f.word is not None})
    by_word: dict[str, list[int]] = {w: [] for w in words}
    for i, f in enumerate(fs):
        if f.word is not None:
            by_word[f.word].append(i)
    return ahocorasick_rs.AhoCorasick(words), words, by_word, tuple(i for i, f in enumerate(fs) if f.word is None)


def _foundings_in(prefix: str, text: str) -> list[Founding]:
    """The foundings whose plain word `prefix` holds (or that have none) and whose context words the text holds
    and words against it does not, in the file's order. The words are found in one pass over the prefix, and the
    text is searched only for those foundings' context patterns, each pattern once (entries share them)."""
    finder, words, by_word, wordless = _founding_words()
    present = {words[k] for k, _, _ in finder.find_matches_as_indexes(prefix, overlapping=True)}
    fs = foundings()
    found: dict[str, bool] = {}
    out = []
    for i in sorted([*wordless, *(i for w in present for i in by_word[w])]):
        f = fs[i]
        if f.context is not None:
            held = found.get(f.context.pattern)
            if held is None:
                held = found[f.context.pattern] = f.context.search(text) is not None
            if not held:
                continue
        if f.not_context is not None:
            held = found.get(f.not_context.pattern)
            if held is None:
                held = found[f.not_context.pattern] = f.not_context.search(text) is not None
            if held:
                continue
        out.append(f)
    return out


def founding_before(prefix: str, text: str) -> tuple[str, str] | None:
    """The founding (date, name) named by the words just before an anniversary number: the
    subject whose mention ends closest to the number wins ('东盟成立45周年暨东盟与中国建立
    对话伙伴关系21周年': 21 belongs to the dialogue relation, not to ASEAN)."""
    if "建交" in prefix[-6:]:
        rel = relation_of(prefix)
        if rel:
            return rel
        if _plain(r"建交\s?[\d〇零一二两三四五六七八九十百]*$").search(prefix):
            # '东盟蒙古建交45周年': relations between two whose date relations.json does not hold, not the founding
            # of either of them (ASEAN's 1967 would date it 2012)
            return None
    best: tuple[int, int, Founding] | None = None
    for f in _foundings_in(prefix, text):
        if f.near is not None and not f.near.search(prefix[-40:]):
            continue
        if f.not_near is not None and f.not_near.search(prefix[-40:]):
            continue
        for m in f.pattern.finditer(prefix):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[:2]:
                best = (key[0], key[1], f)
    if best is None or len(prefix) - best[0] > 8:  # subject must stand right before the number
        return None
    return best[2].date, best[2].name


def anniversary_subject(prefix: str, text: str) -> tuple[str, str] | None:
    """`founding_before`, but None where the clause before the number tells a member joining the body
    ('臺灣加入APEC 30週年', '越南加入亚太经合组织25周年'): the years since it joined, not since the body was founded.
    A joining the file knows is a mention of its own ('越南加入东盟') and stands."""
    if (found := founding_before(prefix, text)) is None:
        return None
    clause = _CLAUSE_CUT.split(prefix[-30:])[-1]
    if not (join := _JOINING.search(clause)):
        return found
    own = [f for f in foundings() if f.name == found[1]]
    return found if any(m.start() <= join.start() < m.end() for f in own for m in f.pattern.finditer(clause)) else None


_CLAUSE_CUT = _plain(r"[,，。;；、暨]")
_JOINING = _plain(WORDS["year"]["patterns"]["joining_before_body"])




@dataclass(frozen=True)
class Numbered:
    name: str
    kind: str  # event | congress | term
    start: int
    end: int  # end == start for a point year
    span: tuple[int, int]
    text: str
    month: int | None = None  # a happening's or a numbered event's month, where the data file gives one


@lru_cache(maxsize=1)
def _numbered() -> list[tuple[dict, list[tuple[re.Pattern[str], str | None]]]]:
    """Each entry with its context words and patterns compiled (patterns.gated: most open with a look-behind the
    engine would enter at every position), each with the few characters it can start with (a text of none: skipped)."""
    from .patterns import first_chars, gated  # here: patterns imports nothing of this module, parse both

    out = []
    for e in _load("numbered.json")["entries"]:
        entry = dict(e)
        for k in ("context", "not_context"):
            if entry.get(k) is not None:
                entry[k] = uncached(entry[k])
        out.append((entry, [(gated(p), first_chars(p)) for p in e["patterns"]]))
    return out


@lru_cache(maxsize=1)
def eras() -> frozenset[str]:
    """The names of eras and initiatives (一带一路, 澜湄合作: a year and no number): of no one occasion."""
    return frozenset(e["name"] for e, _ in _numbered() if "year" in e and e["kind"] == "congress")


@lru_cache(maxsize=1)
def _numbered_prefixes() -> tuple[dict[str, str], ahocorasick_rs.AhoCorasick | None, list[str]]:
    """The literal word every match of a pattern opens with (越共第, 中国共产党第), by pattern source, and an
    automaton finding which of them a text holds in one pass (a pattern without one is planned by its
    first characters alone)."""
    compiler, parser = importlib.import_module("re._compiler"), importlib.import_module("re._parser")
    out: dict[str, str] = {}
    for _, pats in _numbered():
        for p, _ in pats:
            parsed = parser.parse(p.pattern, p.flags)
            prefix = compiler._get_literal_prefix(parsed, parsed.state.flags)[0]
            if prefix and not parsed.state.flags & (re.IGNORECASE | re.LOCALE):
                out[p.pattern] = "".join(map(chr, prefix))
    words = sorted(set(out.values()))
    return out, ahocorasick_rs.AhoCorasick(words) if words else None, words


@lru_cache(maxsize=1)
def _numbered_words() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[int, dict, re.Pattern[str], tuple[frozenset[int], ...]]],
                               list[frozenset[int]], frozenset[int]]:
    """One automaton for every word numbered_mentions asks a text for: the characters the patterns can
    start with, their opening words and the words each pattern's every match holds (rxneeds.needed_words,
    kept between runs in the cache directory: re's parser is Python). With it, each pattern in the file's
    order (its entry's number, the entry, the pattern, the sets of word numbers of which the text must
    hold one each: its first characters, its opening word, its needed words), the patterns each word is in
    the rarest such set of (its longest words: a text is tried only with those of the words it holds) and those with none."""
    path = table_path("numbered-needs", Path(rxneeds.__file__))
    kept = read_table(path)
    new = {}
    for _, pats in _numbered():
        for p, _ in pats:
            key = (p.pattern, int(p.flags))
            if key not in kept:
                kept[key] = new[key] = needed_words(p.pattern, p.flags)
    add_to_table(path, new)
    prefixes = _numbered_prefixes()[0]
    sets = [(k, e, p, firsts, prefixes.get(p.pattern, ""), kept[(p.pattern, int(p.flags))])
            for k, (e, pats) in enumerate(_numbered()) for p, firsts in pats]
    words = sorted({w for _, _, _, firsts, prefix, groups in sets
                    for w in (*(firsts or ""), *([prefix] if prefix else []), *(w for g in groups or () for w in g))})
    number = {w: k for k, w in enumerate(words)}
    rules = []
    for k, e, p, firsts, prefix, groups in sets:
        need = ([frozenset(number[ch] for ch in firsts)] if firsts is not None else []) + \
            ([frozenset([number[prefix]])] if prefix else []) + [frozenset(number[w] for w in g) for g in groups or ()]
        rules.append((k, e, p, tuple(need)))
    first: list[set[int]] = [set() for _ in words]
    for n, rule in enumerate(rules):  # (not the first characters, held by most texts: 141 of 294 patterns tried a page, not 5)
        for w in max(rule[3], key=lambda g: (min((len(words[x]) for x in g), default=0), -len(g))) if rule[3] else ():
            first[w].add(n)
    always = frozenset(n for n, rule in enumerate(rules) if not rule[3])
    # (a contiguous NFA, not a DFA: the DFA's larger table is out of the cache when the page's texts are read)
    finder = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
    return finder, rules, [frozenset(f) for f in first], always


def _numbered_tried(text: str) -> list[tuple[dict, list[re.Pattern[str]]]]:
    """The entries and patterns to scan `text` with: those whose every set of words the text holds one of
    (those whose first characters and opening word the text holds, less the patterns rxneeds finds the text lacks the needed words of: 届进博会),
    in the file's order; the first characters, opening words and needed words the text holds found in one pass."""
    finder = _numbered_words()[0]
    return [(e, list(pats)) for e, pats in _numbered_plan(frozenset(map(itemgetter(0), finder.find_matches_as_indexes(text, overlapping=True))))]


@lru_cache(maxsize=1024)
def _numbered_plan(present: frozenset[int]) -> tuple[tuple[dict, tuple[re.Pattern[str], ...]], ...]:
    """_numbered_tried's plan for a text holding the words numbered `present`: it depends on them alone, and
    the texts of a run hold a few hundred sets of them (745 texts on 200 pages: each planned once a set)."""
    _, rules, first, always = _numbered_words()
    tried = set(always)
    for k in present:
        tried |= first[k]
    plan: list[tuple[dict, list[re.Pattern[str]]]] = []
    last = -1
    disjoint = present.isdisjoint
    for t in sorted(tried):
        k, e, p, need = rules[t]
        if any(map(disjoint, need)):  # (a set of words the text holds none of: each asked in C)
            continue
        if k != last:
            plan.append((e, []))
            last = k
        plan[-1][1].append(p)
    return tuple((e, tuple(pats)) for e, pats in plan)


def numbered_mentions(text: str) -> list[Numbered]:
    """Every numbered congress/session/event in the text that the data file knows a year for."""
    out: list[Numbered] = []
    seen: set[tuple[int, int]] = set()
    plan = _numbered_tried(text)
    found: dict[str, bool] = {}  # context words -> held by the text (entries share them: asked once a text)

    def holds(words: re.Pattern[str]) -> bool:
        if words.pattern not in found:
            found[words.pattern] = _search_needing(words, text) is not None
        return found[words.pattern]

    for e, pats in plan:
        ctx, nctx = e.get("context"), e.get("not_context")
        if (ctx is not None and not holds(ctx)) or (nctx is not None and holds(nctx)):
            continue
        for p in pats:
            for m in p.finditer(text):
                if (m.start(), m.end()) in seen:
                    continue
                if "year" in e:  # an era, not a numbered series
                    seen.add((m.start(), m.end()))
                    out.append(Numbered(e["name"], e["kind"], e["year"], e["year"], (m.start(), m.end()), m.group(),
                                        e.get("month")))
                    continue
                n = to_int(m.group("n"))
                if n is None:
                    continue
                key = str(n)  # the months' key: the number, or 'term-session' within a numbered term
                if "terms" in e:  # a session within a numbered term: the term's first year + sessions held
                    key = f"{to_int(m.group('t'))}-{n}"
                    t0 = e["terms"].get(str(to_int(m.group("t"))))
                    y: int | list[int] | None = t0 + (n - 1) // e.get("per_year", 1) if t0 and n >= 1 else None
                else:  # a year the file lists (a series off its yearly rhythm early on), else base + n
                    y = e.get("years", {}).get(str(n))
                    if y is None and "base" in e:
                        y = e["base"] + n
                if y is None:
                    continue
                a, b = (y[0], y[1]) if isinstance(y, list) else (y, y)
                seen.add((m.start(), m.end()))
                out.append(Numbered(e["name"], e["kind"], a, b, (m.start(), m.end()), m.group(),
                                    e.get("months", {}).get(key) or e.get("month")))
    return out
