"""A stay told from the report's day on (dt3, issue 13): 今天起至本周五(26日)出访中国, 从今天到本周六(8日)访问…,
即日起至18日…进行4天工作访问. The day after 至/到 closes the span; the span opens on the day the relative word
names, so the trip is under way from it (SPEC: a trip is dated by its first day), not a plan for its last."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.common.page import EventPage


def from_today(page: EventPage, c: Clause, k: int, etype: str, date: str | None, precision: str | None,
               end: str | None) -> tuple[str | None, str | None, str | None]:
    """A visit's (date, precision, end), with a day that only closes a span opened by a today word before the
    visit's word (the day told right after 至/到) moved to its end and the span's first day (the today word's,
    else the report's) put first."""
    if etype != "VISIT" or precision != "day" or not date or len(date) != 10:
        return date, precision, end
    text = page.doc.text
    times = page.times.starting_in(c.sentence[0], k)
    gap = rx.compile(str(_words()["from_today_gap"]))
    opened = [m for m in rx.compile(str(_words()["from_today_span"])).finditer(text, c.sentence[0], k)
              if any(t.start >= m.end() and t.value == date and gap.fullmatch(text, m.end(), t.start) for t in times)]
    if not opened:
        return date, precision, end
    at = opened[-1].start("w")
    told = next((t.value for t in times
                 if t.start <= at < t.end and t.value and t.precision == "day" and len(t.value) == 10), None)
    anchor, anchor_precision = page.anchor(c.brief)
    today = told or (anchor if anchor_precision == "day" else None)
    if not today or len(today) != 10 or today >= date:
        return date, precision, end
    return today, "day", end or date
