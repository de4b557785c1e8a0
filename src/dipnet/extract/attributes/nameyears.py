"""Times that belong to a name rather than to an event: the years of a stage of work a meeting is named
after (越柬2006-2019年阶段…工作总结会议), the year of a title the event speaks of (就两国签署《1985年…条约》的意义
接受采访), the horizon year of a vision (落实2030年…愿景联合声明). SPEC: an event's date comes from the text;
a year that names something else does not fix it."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet import rx
from dipnet.extract.common.datewords import words as _words
from dipnet.model import TimeExpr


def names_something(text: str, t: TimeExpr, k: int, etype: str) -> bool:
    """Whether time `t` names a stage, a title or a vision rather than dating the event whose trigger is at `k`."""
    if etype in ("MULTILATERAL_ROLE", "ANNIVERSARY"):
        return False  # (a seat is held for its term; an anniversary's year is its own)
    if t.precision == "year" and t.end_value and _stage().match(text, t.end):
        return True  # 2006-2019年阶段陆地边界勘界立碑工作总结会议: the stage's years
    title = _title_around(text, t)
    if t.precision == "year" and t.end <= k and title is None and _horizon().match(text, t.end):
        return True  # 落实2030年全面战略伙伴关系愿景联合声明: the vision's horizon (a title's years tell it apart)
    return title is not None and not title[0] < k < title[1]


def election_time(text: str, t: TimeExpr, sentence: list[TimeExpr], lo: int, etype: str) -> TimeExpr | None:
    """A seat told by its election and the term it is for (2019年6月,越南…当选了2020-2021年任期…非常任理事国):
    the day or month the sentence tells before the election verb, not the term's year (the official gold dates
    such a seat to the election, dev2 n25)."""
    if etype != "MULTILATERAL_ROLE" or t.precision != "year":
        return None
    told = [x for x in sentence if x.start < lo and x.kind == "date" and x.precision in ("day", "month") and x.value
            and (x.value or "")[:4] <= (t.value or "")[:4]]
    if not told or not any(w in text[told[-1].end:t.start] for w in _words()["election_before_term"]):
        return None
    return told[-1]


def _title_around(text: str, t: TimeExpr) -> tuple[int, int] | None:
    """The 《…》 title holding time `t`, as the places of its marks. A time in a title that does not hold the
    trigger (就两国签署《1985年和2005年的补充条约》的意义接受采访) is the titled document's, not the interview's;
    a title holding the trigger (《1985年边界条约》 as the AGREEMENT) keeps it."""
    opened = text.rfind("《", max(0, t.start - 60), t.start)
    if opened == -1 or text.find("》", opened, t.start) != -1:
        return None
    closed = text.find("》", t.end, t.end + 80)
    if closed == -1 or text.find("《", t.end, closed) != -1:
        return None
    return opened, closed


@lru_cache(maxsize=1)
def _stage() -> re.Pattern[str]:
    return rx.compile(str(_words()["stage_after_span"]))


@lru_cache(maxsize=1)
def _horizon() -> re.Pattern[str]:
    return rx.compile(str(_words()["horizon_after_year"]))
