"""The engine under find_times: the finder that runs the patterns over one text, each claiming its
characters, and the TimeExpr the readers (datereaders.py, dayreaders.py) make."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import TimeExpr
from .anchors import parse_anchor, resolve_month_day, valid_date
from .scan import LINE_SCANS, _scan
from .words import WORDS

# what announces a day for later, right before it ('将于28日', '定于3日')
_AHEAD = re.compile(WORDS["announced_ahead"])


class Finder:
    """Runs the patterns in order over one text, claiming spans as they are taken."""

    def __init__(self, text: str, anchor: str | None, told_back: bool = True) -> None:
        self.text, self.anchor = text, anchor
        # (a headline's or a teaser's month keeps the nearest year: 莫迪5月访华 drops its 将; dayreaders._told_back)
        self.told_back = told_back
        self.a = parse_anchor(anchor)
        self.taken = bytearray(len(text))
        known = LINE_SCANS.get(text)
        self.matches = _scan(text) if known is None else known
        self.out: list[TimeExpr] = []

    def run(self, name: str, make: Callable[[Finder, re.Match[str]], TimeExpr | None]) -> None:
        taken = self.taken
        for m in self.matches.get(name, ()):
            a, b = m.span()
            if taken.find(1, a, b) != -1:  # a character already claimed (found in C, no slice copied)
                continue
            t = make(self, m)
            if t is None:
                continue
            t.start, t.end = a, b
            self.out.append(t)
            taken[a:b] = b"\x01" * (b - a)

    def md(self, mo: int | None, d: int | None, y: int | None = None) -> str | None:
        if mo is None or d is None or not 1 <= mo <= 12 or not 1 <= d <= 31:
            return None
        if y is not None:
            got = valid_date(y, mo, d)
            return got.isoformat() if got else None
        v = resolve_month_day(mo, d, self.anchor)
        return None if v.startswith("--") else v


def time_expr(value: str | None, precision: str, kind: str = "date", *, end: str | None = None,
        explicit: bool = False, note: str = "") -> TimeExpr:
    return TimeExpr(0, 0, value, precision, end, kind, explicit, note)


def announced_ahead(f: Finder, m: re.Match[str]) -> bool:
    return _AHEAD.search(f.text, max(0, m.start() - 4), m.start()) is not None
