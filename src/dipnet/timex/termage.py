"""A term of office counted in the text (issue 13): '卢拉再度出任巴西总统满一百日', '杜特尔特上任以来,…过去两年',
'就任总统第10天'. The page is of the term's start (the knowledge base's, for the people the page names with a
title) plus the count. Of a post held twice, the latest term the count falls inside, one that has begun
before the day the page can be of; a count in days or months gives the month as well."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dipnet.rx import plain as _plain

from .numerals import to_int
from .tenure import _date_of
from .words import WORDS

_COUNT = _plain(WORDS["term_count"])
_SINCE = _plain(WORDS["term_count_since"])
_AGAIN = _plain(WORDS["term_count_again"])


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
        while k != -1 and terms:
            at = k + len(name)
            m = _COUNT.match(text, at) or _SINCE.match(text, at)
            k = text.find(name, at)
            n = to_int(m.group("n")) if m else None
            if not m or not n:
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
