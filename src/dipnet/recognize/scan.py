"""Where the fixed words of recognition occur on a page, read in one Aho-Corasick pass.

Recognition looks for a few hundred fixed words on every page (name preceders, verbs of speech and
of meeting, credit labels, photo markers, organization openers, the plain words that hold a short
form, the KB's bare body words, place words): a `str.find` pass per word read each page a few
hundred times. The automaton over all of them is built once per process; the positions of the page
last asked about are kept, so every caller on that page shares the one pass. A word outside the
automaton is still answered, by `str.find`: the answer never depends on which words it holds."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick_rs

from dipnet.recognize.gazetteer import gazetteer
from dipnet.recognize.lexicon import name_rules
from dipnet.rxneeds import needed_words

# words looked for outside the rules' lists (people.py's party words, 驻 and 号)
_EXTRA = ("一行", "夫妇", "驻", "号")
# the lists of names.toml's name_read_words that are looked for on every page
_READ_LISTS = ("short_name_crossing_words", "place_crossing_words", "place_crossing_breakers", "place_crossing_openers",
               "place_intro_words", "subject_action_verbs",
               "leader_verbs", "sure_after_titles", "abroad_word", "transliterated_place_suffixes", "first_person_country")

CREDIT_OPENS = "(（[【〔"  # the brackets that open a list of credits (creditlists.py reads them too)


class WordScan:
    """All start positions of each of a fixed set of words in a text, ascending, overlapping
    occurrences included (as repeated `str.find(word, k + 1)` gives them)."""

    __slots__ = ("_words", "_known", "_ac", "_text", "_at")

    def __init__(self, words: list[str] | tuple[str, ...]) -> None:
        self._words = tuple(sorted({w for w in words if w}))
        self._known = frozenset(self._words)
        # a contiguous NFA (the default for so many words), not a DFA: a DFA reads a page in fewer instructions
        # where its table is in the cache, but in the pipeline each page's other stages have pushed it out,
        # and there the NFA's smaller table reads a page in about two thirds of the time (issue 17)
        self._ac = ahocorasick_rs.AhoCorasick(self._words, implementation=ahocorasick_rs.Implementation.ContiguousNFA) \
            if self._words else None
        self._text: str | None = None
        self._at: dict[str, list[int]] = {}

    def find_all(self, text: str, word: str) -> list[int]:
        """Every start of `word` in `text` (a list the caller must not change)."""
        if word not in self._known or self._ac is None:
            return find_every(text, word)
        return self._page(text).get(word, [])

    def found(self, text: str, words: Iterable[str]) -> list[tuple[str, list[int]]]:
        """(word, `find_all` of it) for each of `words` that occurs in `text`, in their order: a
        loop over a list of a few hundred words, most absent from a page, makes no call per word."""
        known = self._known
        at = self._page(text) if self._ac is not None else {}
        if isinstance(words, (tuple, list)) and known.issuperset(words):  # (all read in the page's one pass:
            return [(w, at[w]) for w in filter(at.__contains__, words)]  # the words found, picked out in C)
        return [(w, starts) for w in words if (starts := at.get(w) if w in known else find_every(text, w))]

    def holds(self, text: str) -> bool:
        """The last pass read this very text (asking about it costs no pass)."""
        return text is self._text

    def _page(self, text: str) -> dict[str, list[int]]:
        if text is not self._text:  # a new page: one pass for all the words
            found: defaultdict[str, list[int]] = defaultdict(list)  # (no list made and dropped per match)
            words = self._words
            assert self._ac is not None
            for i, s, _ in self._ac.find_matches_as_indexes(text, overlapping=True):
                found[words[i]].append(s)
            self._text, self._at = text, dict(found)  # keeps the page alive: no other text can take its id
        return self._at


def find_every(text: str, word: str) -> list[int]:
    """Every start of `word` in `text`, overlapping ones too, in order."""
    out, k = [], text.find(word)
    while k != -1:
        out.append(k)
        k = text.find(word, k + 1)
    return out


@lru_cache(maxsize=1)
def word_scan() -> WordScan:
    rules = name_rules()
    words = [*rules.name_preceders, *rules.photo_markers, *rules.credit_labels, *rules.credit_bar_labels, *rules.subject_verbs,
             *rules.object_verbs, *rules.org_openers, *rules.short_form_words, *rules.place_rule_suffixes,
             *gazetteer().kb.generic_words(), *_EXTRA, *rules.name_blocking_words,
             *dict(rules.name_read_words).get("surname_closed_words", ())]  # (mentions.py asks for these on every page)
    read = dict(rules.name_read_words)  # (and these lists of words, on every page too)
    for key in _READ_LISTS:
        got = read.get(key, ())
        words += [got] if isinstance(got, str) else got
    words += [*rules.company_words, *rules.institution_words, *rules.partner_openers,  # (places.py, speakers.py,
              *rules.office_verbs]  # appointed.py)
    # (the suffix lists suffixed.py reads names by: where a suffix starts, read off this pass, not one of their own)
    words += [*rules.org_suffixes, *(rules.joint_body_suffixes or ()), *(rules.namesake_suffixes or ())]
    words += [o + w for o in CREDIT_OPENS for w in rules.credit_words]  # (a credit word after a bracket, creditlists.py)
    from dipnet.extract.figures.factwords import (
        money_words,  # (the currencies' names the facts stage finds on the page)
    )

    words += money_words()
    from dipnet.extract.common.codes import (
        codebook,  # (and a word of the not-triggers' each match holds, extract/common/page.py)
    )

    words += [w for p in codebook().not_triggers for group in needed_words(p.pattern, p.flags) or () for w in group]
    return WordScan(words)


def scanned(text: str) -> bool:
    """Whether recognition's pass over this very text is the one kept (a page's text, after recognition)."""
    return word_scan().holds(text)


def page_words(text: str) -> tuple[dict[str, list[int]], frozenset[str]] | None:
    """The words recognition's one pass found in this very text (with their starts) and every word it looks
    for, where that pass read it (a page's text, after recognition); None for another text."""
    scan = word_scan()
    return (scan._page(text), scan._known) if scan.holds(text) else None


_GROUPS: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]] = {}


def lacks(held: tuple[dict[str, list[int]], frozenset[str]], pattern: re.Pattern[str]) -> bool:
    """The page (`held`: page_words) holds no word of a group of which every match of `pattern` holds one
    (rxneeds.needed_words; kept per pattern): only groups whose every word the page's pass looks for are asked."""
    got = _GROUPS.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = _GROUPS[id(pattern)] = (pattern, needed_words(pattern.pattern, pattern.flags) or ())
    at, known = held
    for group in got[1]:
        for w in group:
            if w in at or w not in known:
                break  # (held, or not known to be absent)
        else:
            return True
    return False


def find_all(text: str, word: str) -> list[int]:
    """Every start of `word` in `text`, ascending (read from the page's one pass where the word is
    one of recognition's fixed words)."""
    return word_scan().find_all(text, word)


def found_words(text: str, words: Iterable[str]) -> list[tuple[str, list[int]]]:
    """(word, its starts) for each of `words` found in `text`, in the order given: the same as
    `find_all` of each, the words with none left out."""
    return word_scan().found(text, words)
