"""A term of office counted in the text (issue 13): '卢拉再度出任巴西总统满一百日', '杜特尔特上任以来,…过去两年',
'就任总统第10天'. The page is of the term's start (the knowledge base's, for the people the page names with a
title) plus the count. Of a post held twice, the latest term the count falls inside, one that has begun
before the day the page can be of; a count in days or months gives the month as well."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dipnet.rx import plain as _plain

from .numerals import to_int
from .tenure import _date_of
from .words import WORDS

_COUNT = _plain(WORDS["term_count"])
_SINCE = _plain(WORDS["term_count_since"])
_AGAIN = _plain(WORDS["term_count_again"])
_FIRST_SINCE = _plain(WORDS["term_first_since"])
_FIRST_AS = _plain(WORDS["term_first_as"])
_FIRST_DAYS = 120  # a first trip abroad (as the post's holder) comes within months of the term's start
_NEW = _plain(WORDS["term_new_before"])  # '中国新任驻法国大使某某': the term began weeks ago
_NEW_DAYS = 45


def _plus(start: dt.date, n: int, unit: str) -> dt.date | None:
    try:
        if unit in ("天", "日"):
            return start + dt.timedelta(days=n)
        months = n if unit == "个月" else 12 * n
        y, m = divmod(start.month - 1 + months, 12)
        return dt.date(start.year + y, m + 1, min(start.day, 28))
    except (OverflowError, ValueError):
        return None


def term_age_votes(text: str, tenure: Sequence[tuple[str, str, str | None]],
                   latest: dt.date | None = None) -> list[tuple[int, float, str, int | None]]:
    """(year, weight, evidence, month or None) for each count of a named person's term the text tells."""
    last = min(latest or dt.date.today(), dt.date.today())
    out: list[tuple[int, float, str, int | None]] = []
    for name in dict.fromkeys(n for n, _, _ in tenure):
        terms = sorted((_date_of(s, False), _date_of(e, True) if e else None)
                       for n, s, e in tenure if n == name and len(s) >= 7)
        k = text.find(name) if name else -1
        new = False
        while k != -1 and terms:
            at = k + len(name)
            if not new and (nw := _NEW.search(text, max(0, k - 16), k)) and (begun := [s for s, _ in terms if s <= last]):
                new, day = True, min(begun[-1] + dt.timedelta(days=_NEW_DAYS), last)
                out.append((day.year, 1.5, f"{name} told as new in a post held from {begun[-1]}: {nw.group()!r}", None))
            m = _COUNT.match(text, at) or _SINCE.match(text, at)
            k = text.find(name, at)
            n = to_int(m.group("n")) if m else None
            if not m or not n:
                if (f := _FIRST_SINCE.match(text, at) or _first_as(text, at)) and (begun := [s for s, _ in terms if s <= last]):
                    day = min(begun[-1] + dt.timedelta(days=_FIRST_DAYS), last)
                    out.append((day.year, 1.2, f"{name}'s first as holder of the post from {begun[-1]}: {f.group()!r}", None))
                continue
            again = bool(_AGAIN.search(text, at, m.start("n")))
            fits = [(s, d) for i, (s, e) in enumerate(terms) if (d := _plus(s, n, m.group("u"))) is not None
                    and d <= last and (e is None or d <= e + dt.timedelta(days=31)) and not (again and i == 0)]
            if not fits:
                continue
            start, day = fits[-1]
            exact = m.group("u") in ("天", "日", "个月") and m.re is _COUNT
            out.append((day.year, 2.5 if exact else 2.0, f"{name}'s term from {start} counted: {name}{text[at:m.end()]!r}",
                        day.month if exact else None))
    return out


def _first_as(text: str, at: int) -> re.Match[str] | None:
    """'…首次以外长身份访美' in the sentence the name opens (no other name's clause between: a full stop)."""
    end = min((k for k in (text.find(c, at) for c in "。;!?\n") if k != -1), default=len(text))
    return _FIRST_AS.search(text, at, min(end, at + 40))
