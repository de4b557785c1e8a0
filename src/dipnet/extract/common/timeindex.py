"""Positional indexes the extractors share, so that a question asked at each number, trigger or
clause of a page costs a bisection instead of a scan of the whole page's times or text: on a
page of a million characters a scan per position is what made extraction quadratic."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence

from dipnet.model import TimeExpr
from dipnet.rx import plain as _plain
from dipnet.timex.words import WORDS as TIMEWORDS


class TimeIndex:
    """The page's time expressions by start (ties kept in list order), for the ones starting in a
    range, the ones holding a position, and the nearest one ending before a position."""

    __slots__ = ("times", "_order", "_starts", "_widest", "_ordered_spans", "_in_order", "_last_kept")

    def __init__(self, times: Sequence[TimeExpr]) -> None:
        self.times = times
        self._order = sorted(range(len(times)), key=[t.start for t in times].__getitem__)  # (no key call per time)
        self._starts = [times[i].start for i in self._order]
        self._widest = max((t.end - t.start for t in times), default=0)
        self._ordered_spans = all(t.start <= t.end for t in times)
        self._in_order = self._order == list(range(len(times)))
        self._last_kept: dict[Callable[[TimeExpr], bool], list[int]] = {}

    def starting_in(self, a: int, b: int) -> list[TimeExpr]:
        """[t for t in times if a <= t.start < b], in list order."""
        lo, hi = bisect_left(self._starts, a), bisect_left(self._starts, b)
        if self._in_order:  # (the usual case: the list is by start already, a slice of it is the answer)
            got = self.times[lo:hi]  # (a list's slice is a new list already: copied again only where times is no list)
            return got if type(got) is list else list(got)
        idx = self._order[lo:hi]
        idx.sort()
        return [self.times[i] for i in idx]

    def starting_by(self, a: int, pos: int) -> list[TimeExpr]:
        """The ones starting in [a, pos] — with ordered spans, every one that starts at a or later
        and ends by pos — in list order (all of them where some span ends before it starts)."""
        if not self._ordered_spans:
            return [t for t in self.times if a <= t.start]
        return self.starting_in(a, pos + 1)

    def last_starting_in(self, a: int, b: int, keep: Callable[[TimeExpr], bool]) -> TimeExpr | None:
        """The last in list order of those starting in [a, b) that `keep` accepts. With the list
        in start order (as the time stage leaves it) one lookup in a table, made once per `keep`, of
        the last accepted at or before each place: a clause deep in a long paragraph does not look
        at every date before it."""
        if not self._in_order:
            got = [t for t in self.starting_in(a, b) if keep(t)]
            return got[-1] if got else None
        last = self._last_kept.get(keep)
        if last is None:
            last, j = [], -1
            for i, t in enumerate(self.times):
                j = i if keep(t) else j
                last.append(j)
            self._last_kept[keep] = last
        hi = bisect_left(self._starts, b) - 1
        j = last[hi] if hi >= 0 else -1
        return self.times[j] if j >= bisect_left(self._starts, a) else None

    def holding(self, pos: int) -> list[TimeExpr]:
        """Every time expression with start <= pos < end, in list order."""
        if not self._ordered_spans:
            return [t for t in self.times if t.start <= pos < t.end]
        idx = self._order[bisect_left(self._starts, pos - self._widest):bisect_right(self._starts, pos)]
        idx.sort()
        return [self.times[i] for i in idx if pos < self.times[i].end]

    def backwards(self, a: int, pos: int) -> Iterator[list[TimeExpr]]:
        """The time expressions starting in [a, pos], grouped by start, latest start first; each
        group in list order. Spans ending by pos start by pos, so these are all that can."""
        hi = bisect_right(self._starts, pos)
        lo = bisect_left(self._starts, a)
        j = hi
        while j > lo:
            s = self._starts[j - 1]
            i = bisect_left(self._starts, s, lo, j)
            group = sorted(self._order[i:j])
            yield [self.times[k] for k in group]
            j = i

    @property
    def ordered_spans(self) -> bool:
        """Whether every span starts before it ends (what `backwards` relies on)."""
        return self._ordered_spans


def as_of_value(t: TimeExpr) -> str:
    """The year (or span of years) a figure holds for, from the time expression that dates it."""
    if t.end_value and t.end_value[:4] != (t.value or "")[:4]:
        return f"{(t.value or '')[:4]}-{t.end_value[:4]}"
    return t.value or ""


DISPATCH = _plain(str(TIMEWORDS["dispatch_stamp_after"]))  # the words after a dispatch line's day (…10月12日电; data)
_REPOST_DAYS = 92  # a repost stamped weeks after the dispatch still reports the dispatch's day


def dispatched_before(text: str, t: TimeExpr, pub: str | None) -> bool:
    """A dispatch day ('中新社 河内10月12日电') before the page's stamp (a repost of 24 November): the
    story reports that day, not the stamp's, within a season of it."""
    if not (pub and len(pub) == 10 and t.value and len(t.value) == 10 and t.value < pub):
        return False
    if not DISPATCH.match(text, t.end):
        return False
    y1, m1, d1 = (int(x) for x in t.value.split("-"))
    y2, m2, d2 = (int(x) for x in pub.split("-"))
    return (y2 - y1) * 372 + (m2 - m1) * 31 + (d2 - d1) <= _REPOST_DAYS
