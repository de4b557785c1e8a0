"""The day an anniversary falls on, as the page tells it (SPEC, issue 13: an event's date comes from the text and
the page's date only). The knowledge base knows the day of a founding (建交 1992-08-24, 国庆 10-01). Where the
sentence tells only the anniversary's year (某两国今年迎来建交N周年 on 10 August; 今年是某国成立N周年
in April) and that day is still ahead of the report, the text does not fix it: the anniversary is dated to the
year and is not 'ahead' by a day the page never gives (the open gold: 今年是…N周年 → the year, occurred).

The text fixes the day when it prints:
- the span (建交50周年(1962/9/5-2012/9/5)), here or at another anniversary of the page: its end;
- a name of the day before the count (九·二国庆80周年, 双十国庆: data/timewords.json anniversary_day_names);
- the month and day of the founding or of the anniversary as a date in the same page or teaser
  (1950年1月18日两国建交 … 建交65周年; 10月1日 … 国庆74周年)."""

from __future__ import annotations

import re

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.common.page import EventPage
from dipnet.model import TimeExpr
from dipnet.sentencebounds import sentence_around
from dipnet.timex.words import WORDS

_ON_DAY = r"on (\d{4}-\d\d-\d\d)"
_STOPS = "。;；!?！？\n"


def _named_day(text: str, t: TimeExpr, month_day: str) -> bool:
    """九·二国庆80周年: a name printed just before the count that is the day itself."""
    before = text[max(0, t.start - 12):t.start]
    return any(w in before and md == month_day for w, md in WORDS["anniversary_day_names"].items())


def _printed(page: EventPage, t: TimeExpr, day: str) -> bool:
    """Whether the page (or the teaser the anniversary stands in) prints the day `day` (YYYY-MM-DD) the
    anniversary `t` falls on: a name of the day before its count, or that month and day as a date."""
    if len(day) != 10:
        return False
    if _named_day(page.doc.text, t, day[5:]):
        return True
    brief = page.doc.brief_at(t.start)
    return any(u.precision == "day" and u.value and len(u.value) == 10 and page.doc.brief_at(u.start) == brief and
               (u.kind in ("date", "range") or (u.kind == "anniversary" and "span" in u.note)) and
               day[5:] in (u.value[5:], (u.end_value or "")[5:]) for u in page.times.times)


def _span_end(t: TimeExpr) -> str | None:
    return t.value if t.kind == "anniversary" and "span" in t.note and t.precision == "day" and \
        t.value and len(t.value) == 10 else None


def _year_told(page: EventPage, t: TimeExpr, year: str) -> bool:
    """Whether the sentence, before the count, tells the anniversary's year by itself (今年是…70周年, 某两国今年迎来
    建交N周年, 2015年,值…125周年之际): a time of that year at year precision."""
    lo = sentence_around(page.doc.text, t.start, _STOPS)[0]
    return any(u.kind in ("date", "relative") and u.precision == "year" and u.value == year and not u.end_value
               for u in page.times.starting_in(lo, t.start))


def fixed(page: EventPage, t: TimeExpr, day: str, anchor: str | None) -> bool:
    """Whether the day `day` the knowledge base gives the anniversary `t` may date it: not where it is after the
    report (`anchor`, at the coarser precision) and the sentence tells only the year (今年是…N周年), unless the page
    prints that day."""
    # (a report dated only to its year or month (今年是某国加入世贸组织20周年 on a page of 2021) may stand before the
    # day in that year or month: the day is not known to be past)
    ahead = bool(anchor) and (day[:len(anchor or "")] > (anchor or "")[:len(day)] or
                              len(anchor or "") < len(day) and day.startswith(anchor or "-"))
    brief = page.doc.brief_at(t.start)  # (the same anniversary told again: 祝贺中华人民共和国成立70周年 below it)
    told = any(u.kind == "anniversary" and u.note == t.note and page.doc.brief_at(u.start) == brief and
               _year_told(page, u, day[:4]) for u in page.times.times)
    return not ahead or not told or _printed(page, t, day)


def known_day(page: EventPage, t: TimeExpr, anchor: str | None) -> str | None:
    """The day the anniversary `t` falls on where the text fixes it (its printed span's end, or the day the
    knowledge base knows, where `fixed`); else None (its year only)."""
    if t.kind != "anniversary":
        return None
    if (end := _span_end(t)) is not None:
        return end
    day = rx.compile(_ON_DAY).search(t.note)
    return day.group(1) if day and fixed(page, t, day.group(1), anchor) else None


def _counted(note: str, count: str) -> bool:
    r"""rx.compile(count + r"\w* anniversary").match(note): for a plain count, the count's characters and the
    one pattern of the rest after them (a pattern per count was a compile per new count of years)."""
    if re.escape(count) != count:
        return rx.compile(rf"{count}\w* anniversary").match(note) is not None
    return note.startswith(count) and _COUNT_REST.match(note, len(count)) is not None


# (re's own program: matched at one place only, a skip set would serve nothing, and rx's for \w reads out the
# class's tens of thousands of characters, which cost more than all the patterns per count it replaces)
_COUNT_REST = re.compile(r"\w* anniversary")


def told_anniversary(page: EventPage, c: Clause, count: str) -> str | None:
    """The day of the anniversary of the same count of years the page (or teaser) names with its subject
    elsewhere (建交50周年 of 越南与新加坡 in the headline, 两国建交50周年 in the body): one anniversary."""
    for t in page.times.times:
        if t.kind == "anniversary" and t.value and page.doc.brief_at(t.start) == c.brief:
            if _counted(t.note, count):
                anchor = page.anchor(c.brief)[0]
                day = known_day(page, t, anchor)
                return day if _near(day, anchor) else None
    return None


def _anniversary_day(page: EventPage, start: int, end: int, anchor: str | None) -> str | None:
    """The day of the first anniversary told between `start` and `end` whose day the text fixes."""
    for t in page.times.starting_in(start, end):
        day = known_day(page, t, anchor)
        if day:
            return day
    return None


def marked_day(page: EventPage, c: Clause) -> str | None:
    """The day the clause's anniversary falls on: its own day, else (两国建交50周年, its subject left to the
    headline) the day of the anniversary of that count the page names with its subject."""
    anchor = page.anchor(c.brief)[0]
    day = _anniversary_day(page, c.start, c.end, anchor)
    if day:
        return day if _near(day, anchor) else None
    for t in page.times.starting_in(c.start, c.end):
        n = rx.compile(r"(\d+)\w* anniversary").match(t.note)
        if t.kind == "anniversary" and not t.value and n:
            return told_anniversary(page, c, n.group(1))
    return None


def _near(day: str | None, anchor: str | None) -> bool:
    """(ev1) A day of the report's year or the next or last: an anniversary years from the report is a founding misread
    (中新建交50周年 on a page of New Zealand read as Singapore's relations of 1990: 2040), no day the text fixes (as
    eventdates' far)."""
    year, report = str(day or "")[:4], str(anchor or "")[:4]
    return not (year.isdigit() and report.isdigit()) or abs(int(year) - int(report)) <= 1


def anniversary_ahead(page: EventPage, c: Clause, anchor: str | None, cb: Codebook) -> bool:
    """An anniversary is planned when its day, as the text fixes it (国庆50周年(1975.12.2-2025.12.2)), is
    after the report's day (SPEC), unless the clause tells it as done."""
    text = page.doc.text
    if not anchor or len(anchor) < 10 or any(w in text[c.start:c.end] for w in cb.done_markers):
        return False
    day = marked_day(page, c)
    if day is not None:
        return day > anchor
    return _celebrated_ahead(page, c, anchor)


def _celebrated_ahead(page: EventPage, c: Clause, anchor: str) -> bool:
    """藉着今年是澳门特别行政区成立20周年,特区政府将在里斯本举办图片展: the text fixes only the year, but the day
    the knowledge base knows is after the report and the sentence goes on to tell the celebration as still to be
    held: planned (SPEC), dated to its year. (Told without a celebration ahead, 今年是…N周年 stays occurred, as
    the gold has it; a day already past stays occurred whatever is still to be held.)"""
    ahead = rx.compile(str(_words()["celebration_planned"]))
    for t in page.times.starting_in(c.start, c.end):
        day = rx.compile(_ON_DAY).search(t.note) if t.kind == "anniversary" else None
        if day is not None and day.group(1) > anchor and ahead.search(page.doc.text, t.end, c.sentence[1]):
            return True
    return False
