"""Repeats of the people a page names by rule (阮文青 … 阮文青表示), and the one-pass search for many
words on a page that finds them."""

from __future__ import annotations

from itertools import permutations

import ahocorasick_rs

from dipnet.model import Coverage, Mention, SpanIndex
from dipnet.recognize.dotted import is_dotted
from dipnet.recognize.scan import find_every

# word lists up to this long are looked for one word at a time (str.find), longer ones with one
# Aho-Corasick pass: building an automaton costs more than a few passes over a page
FEW_WORDS = 24
# …and so is any list on a page up to this long: building the automaton costs some 3 µs a word, a
# str.find pass under 1 µs a word per thousand characters, so on a short page passes are cheaper
SHORT_PAGE = 4000


def with_repeats(text: str, people: list[Mention], taken: list[Mention]) -> list[Mention]:
    """`taken` and the repeats of the people read by rule; a place or country read inside a repeat
    past its surname is part of the name (阮海南 … 阮海南向…: no 海南 there)."""
    found = _repeats(text, people, taken)
    if not found:
        return taken
    names = SpanIndex((m.start, m.end) for m in found)
    return [m for m in taken if m.type not in ("LOCATION", "COUNTRY") or not (
        (near := names.near(m.start, m.end)) and any(s < m.start and m.end <= e for s, e in near))] + found


def _repeats(text: str, people: list[Mention], taken: list[Mention]) -> list[Mention]:
    """A person read once by rule is the same person wherever the page repeats the name without a
    title, also in a variant order of its given names (阮文青 … 阮青文); a place or country read
    inside it past the surname does not stop it (阮 + 海南)."""
    busy = Coverage(len(text), [(m.start, m.end) for m in taken if m.type not in ("LOCATION", "COUNTRY")])
    inside = [(m.start, m.end) for m in taken if m.type in ("LOCATION", "COUNTRY")]
    out: list[Mention] = []
    forms = set()
    for m in people:
        if is_dotted(m.text) or not 3 <= len(m.text) <= 4:
            continue
        forms.add(m.text)
        forms |= {m.text[0] + "".join(p) for p in permutations(m.text[1:])}
    ordered = sorted(sorted(forms), key=len, reverse=True)  # (longest first, then by text)
    for f, at in zip(ordered, find_each(text, ordered), strict=True):
        for k in at:
            end = k + len(f)
            if not busy.any(k, end) and not any(s < end and k < e and not (k < s and e <= end) for s, e in inside):
                out.append(Mention(k, end, f, "PERSON"))
                busy.mark(k, end)
    return out


def find_each(text: str, words: list[str]) -> list[list[int]]:
    """`find_every` of each word, in one pass over the text for all of them (a long page repeats
    many names: a pass per name would read the page once per name)."""
    if (len(words) <= FEW_WORDS or len(text) <= SHORT_PAGE) and all(words):  # a pass per word: cheaper than building an automaton for so few
        return [find_every(text, w) for w in words]
    at: list[list[int]] = [[] for _ in words]
    for i, s, _ in ahocorasick_rs.AhoCorasick(words).find_matches_as_indexes(text, overlapping=True):
        at[i].append(s)
    for starts in at:
        starts.sort()
    return at
