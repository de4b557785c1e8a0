"""Every name of a credit that lists several names apart with spaces or slashes, where the credit's
form bounds the list: a label with its colon or bar before it (作者:某甲 某乙 某丙, 记者丨某甲 某乙,
摄像丨…) or a bracket that opens with a credit word ((记者某甲 某乙)), and after it the line's end,
the bracket's close or the next credit's label (…某丙  责任编辑:某丁). The first name opens with a
surname, unless the list fills the line under its label's colon (记者:⏎某甲、某乙); the form vouches for
the names after it (a rare surname: 支某某), so long as none holds a word that ends a name. Between the
label and the names may stand a slash ((记者/某甲 某乙)) or a credit word (作者:记者 某甲 某乙). A lone
name is left to the other credit readers, but for one: the reporter who signs the story's last sentence
in brackets ((某某)(完), (文/图 某某)), the bracket closing its line."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.datakeys import required
from dipnet.recognize.lexicon import NameRules, name_rules
from dipnet.recognize.namereads import is_han, surname_led
from dipnet.recognize.scan import CREDIT_OPENS as _OPENS
from dipnet.recognize.scan import found_words
from dipnet.rx import plain as _plain

# the marks that set one name of a credit's list apart from the next, and those that close a bracket
_APART = " \u3000/／、"
_CLOSES = ")）]】〕"
_NAMES = "recognize/data/names.toml [name_read_words]"


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The labels that open a list (credit_labels with their colon or a bar, and the credit words after a
    bracket), and the labels that close one (the same labelled forms, full-width colon too)."""
    rules = name_rules()
    labelled = [*rules.credit_labels, *(w.replace(":", "：") for w in rules.credit_labels), *rules.credit_bar_labels]
    bracketed = [o + w for o in _OPENS for w in rules.credit_words]
    return tuple(dict.fromkeys(labelled + bracketed)), tuple(dict.fromkeys(labelled))


@lru_cache(maxsize=1)
def desk_ends() -> tuple[str, ...]:
    return tuple(required(dict(name_rules().name_read_words), "credit_desk_ends", _NAMES))


# the marks between a credit's label and its first name: spaces, a slash ((记者/某甲 某乙)), and the line's
# end after a colon (记者:⏎某甲、某乙)
_LEAD = " \u3000/／"


def _lead_past(text: str, i: int, rules: NameRules) -> int:
    """Where the names start after the label that ends at text[i]: past the leading marks, and past a credit
    word that a label puts before them (作者:记者 某甲 某乙) with its own marks."""
    k = i
    while k < len(text) and (text[k] in _LEAD or (text[k] == "\n" and k == i and text[i - 1:i] in ":：")):
        k += 1
    word = next((w for w in rules.credit_words if text.startswith(w, k)), "")
    if word and text[k + len(word):k + len(word) + 1] in tuple(_LEAD):
        k += len(word)
        while k < len(text) and text[k] in _LEAD:
            k += 1
    return k


def _names_from(text: str, i: int, bracketed: bool, rules: NameRules) -> list[tuple[int, int]]:
    """The names of the list that starts at text[i] (after its label), when the form closes it; else []."""
    closers = _labels()[1]
    k = _lead_past(text, i, rules)
    names: list[tuple[int, int]] = []
    while True:
        j = k
        while j < len(text) and is_han(text[j]) and j - k < 4:
            j += 1
        if not 2 <= j - k <= 3 or any(rules.stop_at(text, x) for x in range(k, j)) or \
                text[k:j].endswith(desk_ends()):
            return []  # (a desk's or body's word: 国际部 综合 is no list of names)
        names.append((k, j))
        n = j
        while n < len(text) and text[n] in _APART:
            n += 1
        closed = n >= len(text) or text[n] == "\n" or (bracketed and text[n] in _CLOSES and n == j) or \
            (n > j and text.startswith(closers, n))
        if closed:
            break
        if n == j or (j < len(text) and is_han(text[j])):
            return []  # the run goes on past three characters, or no mark parts it from the next
        k = n
    own_line = text[names[0][0] - 1:names[0][0]] == "\n" and text[n:n + 1] in ("", "\n")
    if len(names) < 2 or not (own_line or surname_led(text[names[0][0]:names[0][1]], rules)):
        return []  # (a list filling the line under its label's colon is vouched for by the form: 记者:⏎某甲、某乙)
    return names


# the marks a label holds (its colon, bar or bracket): a label holding a mark the page lacks is not on it
_MARKS = ":：|｜丨/／" + _OPENS


@lru_cache(maxsize=64)
def _openings_with(held: tuple[bool, ...]) -> tuple[str, ...]:
    """The opening labels, in their order, but those whose first mark (in _MARKS) is one `held` flags absent."""
    return tuple(w for w, k in _label_marks() if k < 0 or held[k])


@lru_cache(maxsize=1)
def _label_marks() -> tuple[tuple[str, int], ...]:
    """Each opening label with the place in _MARKS of its first mark (-1: none), read once, not for each set of marks."""
    return tuple((w, _MARKS.index(m) if (m := next((c for c in w if c in _MARKS), None)) is not None else -1)
                 for w in _labels()[0])


def credit_list_names(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of the names of every spaced credit list that its form bounds (see the module's doc)."""
    # (only the labels whose mark the page holds are looked for: a search of the page per label the page pass
    # does not read, the full-width colon's and the brackets', was most of this stage's cost, sp25)
    opening = _openings_with(tuple(c in text for c in _MARKS))
    out: list[tuple[int, int]] = []
    for w, at in found_words(text, opening):
        for k in at:
            out += _names_from(text, k + len(w), w[0] in _OPENS, rules)
    return out


_SENTENCE_ENDS = "。!！?？”」"


@lru_cache(maxsize=1)
def _signature() -> re.Pattern[str]:
    words = dict(name_rules().name_read_words)
    labels = "|".join(map(re.escape, required(words, "signature_labels", _NAMES))) or "(?!)"
    closes = "|".join(map(re.escape, required(words, "signature_closes", _NAMES))) or "(?!)"
    return _plain(rf"[{_SENTENCE_ENDS}][ \u3000]*[(（](?:({labels})[ \u3000/／]*)?([\u4e00-\u9fff]{{2,3}})[)）]"
                  rf"(?=[ \u3000]*(?:{closes})?[ \u3000]*(?:\n|$))")


def signature_names(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of the reporters signing a story's last sentence in a bracket that closes its line: a name
    of two or three characters, opening with a surname unless a label vouches for it (文/图 某某), with no
    word that ends a name and no body's word (an outlet's (中评社) is none)."""
    out = []
    for m in _signature().finditer(text):
        s, e = m.start(2), m.end(2)
        name = text[s:e]
        if (m.group(1) or surname_led(name, rules)) and not rules.ends_in_org_suffix(name) and \
                not any(rules.stop_at(text, k) for k in range(s, e)):
            out.append((s, e))
    return out
