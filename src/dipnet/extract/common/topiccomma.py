"""A subject set off by a comma (ts4, issue 13): written Chinese often parts the sentence's subject from its
predicate with a comma (日本副首相某某,早前已经出访某国; 甲国总统某某和乙国首相某某,在东京举行会谈; 某党领袖甲与
乙等人,在国会跟丙见面). The text before such a comma is only the named subject — people with their titles, joined
by 和/与/及/、 — and the text after it opens the predicate (a time word, an adverb, a coverb or the verb itself):
the comma is no clause break, or the predicate's clause would lose its subject. The event readers split clauses
and lists at commas throughout, so they read a copy of the page where each such comma stands as a space
(`subject_commas_masked`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from operator import methodcaller

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.model import Document


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (rx.compile(cue("topic_subject_tail")), rx.compile(cue("topic_subject_rest")),
            rx.compile(cue("topic_predicate_opening")))


def named_spans(doc: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans named (mentions and role titles with their holders), and those of people, sorted."""
    named = sorted([(m.start, m.end) for m in doc.mentions] + [(r.start, r.end) for r in doc.roles])
    people = sorted((m.start, m.end) for m in doc.mentions if m.type == "PERSON")
    return named, people


def topic_comma(doc: Document, start: int, comma: int, end: int,
                spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None) -> bool:
    """Is the comma at `comma` one setting off the clause's subject (the text from `start`) from its predicate?"""
    tail, rest, opening = _cues()
    if comma - start < 2 or not opening.match(doc.text, comma + 1, end):
        return False
    named, people = spans or named_spans(doc)
    while start < comma and doc.text[start].isspace():
        start += 1
    closing = tail.search(doc.text, start, comma)  # (等人, 一行 closing the subject)
    last = closing.start() if closing else comma
    if not any(e == last for _s, e in people):  # the subject ends on a person's name
        return False
    covered = [False] * (last - start)
    i = bisect_left(named, (start - 40, 0))
    for s, e in named[i:]:
        if s >= last:
            break
        for k in range(max(s, start), min(e, last)):
            covered[k - start] = True
    left = "".join(ch for k, ch in enumerate(doc.text[start:last]) if not covered[k])
    return rest.fullmatch(left) is not None


_BOUNDS = re.compile("[,;:。!?;\\s“”()《》]")  # (a dateline ends with a space)
_START = methodcaller("start")


def subject_commas(doc: Document) -> list[int]:
    """The commas of the page that set off a subject from its predicate."""
    if "," not in doc.text:
        return []
    text = doc.text
    opening = _cues()[2]
    bounds = list(map(_START, _BOUNDS.finditer(text)))  # (in C: no step per bound, only per comma, issue 17)
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] | None = None
    out = []
    i = text.find(",")
    while i != -1:
        n = bisect_left(bounds, i)  # (the comma's own place among the bounds)
        end = bounds[n + 1] if n + 1 < len(bounds) else len(text)
        if opening.match(text, i + 1, end):  # (topic_comma's first question, asked here: most commas fail it)
            start = bounds[n - 1] + 1 if n else 0
            if topic_comma(doc, start, i, end, spans or (spans := named_spans(doc))):
                out.append(i)
        i = text.find(",", i + 1)
    return out


def subject_commas_masked(doc: Document) -> Document:
    """The page as the event readers see it: each comma setting off a subject stands as a space (the text keeps its
    length, so every span stays right); a copy, the page itself untouched (itself where there is no such comma)."""
    commas = subject_commas(doc)
    if not commas:
        return doc
    chars = list(doc.text)
    for i in commas:
        chars[i] = " "
    return replace(doc, text="".join(chars))
