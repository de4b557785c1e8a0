"""Years a page tells as history (split from year.py): a founding or a birth (成立于2001年, 2001年成立的协会), a
past told with 曾 or 早在; and where a bare 建交N年来 tells its two sides."""

from __future__ import annotations

from ..model import TimeExpr
from ..sentencebounds import sentence_around
from .patterns import gated
from .words import WORDS

FIRST, LAST = 1990, 2035  # the years year.py reads pages of (year.py imports this module, not the other way)
# a year told as when something was founded or born, or as history (成立于2001年, 2001年成立的协会, 于1992年建交。,
# 曾于2010年访问, 早在2004年…) is history the page tells, not its present: it bounds the page from
# below and votes for no year
FOUNDED_BEFORE = gated(WORDS["founded_in_before"])
FOUNDED_AFTER = gated(WORDS["founded_in_after"])


def around(text: str, start: int, end: int) -> str:
    """The sentence before a bare 建交 (back to the one before it) and the clause after its count: where the
    two sides of the relation are told."""
    stops = "。!?;\n"
    this = sentence_around(text, start, stops)[0] - 1  # (the stop before the sentence, -1 where none)
    before = sentence_around(text, this, stops)[0] - 1 if this > 0 else -1
    after = min([i for i in (text.find(ch, end + 2) for ch in ",。;") if i != -1] or [len(text)])
    return text[before + 1:start] + text[end:min(after, end + 16)]


def told_as_history(text: str, t: TimeExpr) -> bool:
    return t.kind == "date" and t.precision in ("year", "month") and bool(
        FOUNDED_BEFORE.search(text[max(0, t.start - 5):t.start]) or FOUNDED_AFTER.match(text[t.end:t.end + 14]))


def founded_years(text: str, times: list[TimeExpr]) -> list[int]:
    """Years the text tells something was founded or born in ('成立于2001年'): the page is of that year or later."""
    return [int(t.value[:4]) for t in times
            if t.explicit_year and t.value and told_as_history(text, t) and FIRST <= int(t.value[:4]) <= LAST]
