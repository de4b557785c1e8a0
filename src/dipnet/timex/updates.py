"""A wire's update appended to its story (越通社: '*2月18日,国防部长…致表扬信' under a lead of the 17th): a
paragraph that opens with a later day than the lead's, a few days on, told as done, says the page was filed
that day or later. The words that make it a plan (将 but not 大将, 拟于, 计划…) are data/timewords.json's update_plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dipnet.rx import plain as _plain

from ..model import TimeExpr
from .words import WORDS

_OPENS = _plain(r"(?:^|\n)[ \t]*[*＊•]?[ \t]*$")
_DAYS_ON = 7  # an update follows the story within the week


def updated_day(text: str, times: Sequence[TimeExpr], year: int, lead: dt.date) -> tuple[dt.date, str] | None:
    """The latest day, after the lead's and within the week, a paragraph opens with ('*2月18日,'), unless its
    sentence plans what it tells."""
    plan = _plain(str(WORDS["update_plan"]))
    best: tuple[dt.date, str] | None = None
    for t in times:
        if t.kind != "date" or t.precision != "day" or t.explicit_year or not t.note.startswith("--"):
            continue
        if text[t.end:t.end + 1] not in (",", "，") or not _OPENS.search(text[max(0, t.start - 6):t.start]):
            continue
        try:
            day = dt.date(year, int(t.note[2:4]), int(t.note[5:7]))
        except ValueError:
            continue
        stop = min([i for i in (text.find(ch, t.end) for ch in "。\n") if i != -1] or [len(text)])
        if not lead < day <= lead + dt.timedelta(days=_DAYS_ON) or plan.search(text, t.end, stop):
            continue
        if best is None or day > best[0]:
            best = (day, text[t.start:t.end])
    return best
