"""A change of post the text tells as this year's or last year's, with its month, right before the name of
the one who changed ('今年三月離職的武文賞', '去年8月就任的驻华大使某某'): the knowledge base dates that change
(a leaving word: the end of a term of that person's that no other post of theirs follows; a taking word: its start) and so the page's year. The
page is of the days from the change to the end of its year (this year's), or of the next year (last
year's): returned as a stretch of time like a term of office, which year.py weighs with the others. A
change the knowledge base dates to no such month, or to that month of two different years, dates nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from dipnet.rx import plain as _plain

from .numerals import to_int
from .tenure import _date_of
from .words import WORDS

if TYPE_CHECKING:
    from dipnet.kb.base import Position

_BEFORE = _plain(WORDS["term_change_before"])
_LEAVE = frozenset(WORDS["term_change_leave"])
_TAKE = frozenset(WORDS["term_change_take"])
_REACH = 40  # how far before the name the words of the change may start


def term_change_spans(text: str, people: Iterable[tuple[int, str, str]],
                      positions: Callable[[str], list[Position]]) -> list[tuple[str, str, str]]:
    """(name, first ISO day, last ISO day) of the stretch each told change puts the page in; `people`:
    (where the name starts in `text`, person id, name) of the people the page names."""
    out: list[tuple[str, str, str]] = []
    for at, person_id, name in people:
        m = _BEFORE.search(text, max(0, at - _REACH), at)
        month = to_int(m.group("m")) if m else None
        if m is None or month is None or not 1 <= month <= 12:
            continue
        ends = m.group("w") in _LEAVE
        if not ends and m.group("w") not in _TAKE:
            continue
        held = positions(person_id)
        days = {_date_of(d, False) for p in held
                if (d := p.end if ends else p.start) and len(d) >= 7 and int(d[5:7]) == month
                and not (ends and _moved(d, held))}
        if len({d.year for d in days}) != 1:
            continue  # not dated to that month, or to that month of two years
        day = min(days)
        if m.group("rel") == "去年":
            first, last = dt.date(day.year + 1, 1, 1), dt.date(day.year + 1, 12, 31)
        else:
            first, last = day, dt.date(day.year, 12, 31)
        out.append((f"{name}({m.group('rel')}{month}月{m.group('w')})", first.isoformat(), last.isoformat()))
    return out


def _moved(end: str, held: list[Position]) -> bool:
    """A post ending as another of the same person's begins (within a month): a move, not a leaving."""
    a = _date_of(end, False)
    return any(p.start and len(p.start) >= 7 and 0 <= (_date_of(p.start, False) - a).days + 31 <= 62 for p in held
               if p.end != end)
