"""The Republic of China calendar, as Taiwan's pages write the year (folded to Simplified before
reading): '中华民国112年', a full date without 民国 ('112年5月24日', read by the time patterns), and the
stamp a wire story ends with ('…关系。1120524'). Each gives a vote for the page's year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dipnet.rx import plain as _plain
from dipnet.rxneeds import finditer as _needing

from ..model import TimeExpr
from .anchors import valid_date
from .patterns import gated

ROC_YEAR = gated(r"(?:中华民国|民国)\s?(?P<n>\d{2,3})\s?年")
# a wire stamp closing a story with its Republic of China date: a line's last characters
ROC_STAMP = gated(r"(?<=[。!?」』\)])\s?1(?P<n>[01]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s*$", flags=re.M)


def roc_votes(text: str, times: list[TimeExpr], last: int) -> Iterator[tuple[int, float, str, int | None]]:
    """(year, weight, evidence, month or None) for each Republic of China date of the text."""
    for m in _needing(ROC_YEAR, text):  # often of the present ('中华民国112年国庆酒会')
        if 1990 <= 1911 + int(m.group("n")) <= last:
            yield 1911 + int(m.group("n")), 2.0, f"{m.group()!r} = {1911 + int(m.group('n'))}", None
    for m in ROC_STAMP.finditer(text):
        if valid_date(1911 + 100 + int(m.group("n")), int(m.group("m")), int(m.group("d"))):
            yield 2011 + int(m.group("n")), 3.0, f"ROC stamp {m.group().strip()!r}", int(m.group("m"))
    for t in times:  # the year written without 民国 before a month and a day
        if t.note.startswith("ROC year") and t.value and not _plain(r"民国\s?$").search(text[max(0, t.start - 3):t.start]):
            yield int(t.value[:4]), 2.5, f"{text[t.start:t.end]!r} = {t.value}", None
