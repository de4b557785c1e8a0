"""School years of the Republic of China calendar (109学年度, 113學年), as Taiwan's schools and ministry
count their students: read beside the other time expressions of a text, never over one of them."""

from __future__ import annotations

from ..model import TimeExpr
from ..rxneeds import may_match, needed_words
from .patterns import gated
from .words import WORDS

_SCHOOL_YEAR = gated(WORDS["roc_school_year"])  # (skips to the digits it opens with, past its look-behind)
_SCHOOL_YEAR_WORDS = needed_words(WORDS["roc_school_year"])


def school_years(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """'109学年度', '113學年': a school year of the Republic of China calendar, as Taiwan's schools and
    ministry count their students; it begins in the autumn of the year 1911 + n."""
    out: list[TimeExpr] = []
    if not may_match(_SCHOOL_YEAR_WORDS, text):  # (学年, 學年: most texts hold neither)
        return out
    for m in _SCHOOL_YEAR.finditer(text):
        if not any(t.start < m.end() and m.start() < t.end for t in found):
            n = int(m.group("y"))
            out.append(TimeExpr(m.start(), m.end(), str(1911 + n), "year", None, "date", True, f"ROC school year {n} = {1911 + n}"))
    return out
