"""The month of a page whose year is inferred and nothing else dates (issue 13): the one month of the
days the text tells in that year. A page with no date of its own is written about what it tells: the
visit it previews ('阮富仲自1月12日至15日对中国进行正式访问'), the anniversary it marks
('越南国庆74周年', whose day the knowledge base knows). Where those days fall in one month of the
page's year, and no day of another month of that year is told, the page is of that month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from dipnet.rx import plain as _plain

from ..model import TimeExpr
from .anchors import valid_date
from .spoken import PLANNED
from .words import WORDS

_EARLIER = _plain(WORDS["earlier"])
_OTHER_YEAR = _plain(WORDS["page_month_other_year"])
_YEAR_THEME = _plain(WORDS["page_month_year_theme"])
_PLANNED_WRITTEN = _plain(WORDS["page_month_planned_written"])
_ANNIV_DAY = _plain(r"anniversary .* on (\d{4})-(\d\d)-\d\d")


def told_month(text: str, times: Sequence[TimeExpr], year: int) -> tuple[int, str] | None:
    """(month, evidence) where every month-day the text tells in `year` (a day whose year the text
    leaves to the page, or a known anniversary's day) falls in one month; else None."""
    months: dict[int, str] = {}
    for t in times:
        if t.kind == "anniversary":
            m = _ANNIV_DAY.search(t.note)
            # ('2017年是越韩建交25周年', '今年也是越中建交65周年': the year's theme, not the page's occasion)
            clause = text[max(0, t.start - 24):t.start]
            clause = clause[max(clause.rfind(c) for c in "。;!?\n") + 1:]
            if m and int(m.group(1)) == year and not _YEAR_THEME.search(clause):
                months.setdefault(int(m.group(2)), f"the anniversary it marks ({t.note})")
            continue
        if t.kind not in ("date", "range") or t.precision != "day":
            continue  # (a month alone is often a period's figures: '今年前7月')
        if t.explicit_year:
            if t.value and t.value[:4] == str(year) and len(t.value) >= 7:
                months.setdefault(int(t.value[5:7]), f"{text[t.start:t.end]!r}")
            continue
        earlier = t.kind == "date" and _EARLIER.search(text[max(0, t.start - 6):t.start])  # ('自1月12日至15日' is a span)
        if not t.note.startswith("--") or earlier or \
                _OTHER_YEAR.search(text[max(0, t.start - 3):t.start]):
            continue  # (a bare day has no month of its own; '此前3月31日', '去年8月19日' are not of the page's time)
        months.setdefault(int(t.note[2:4]), f"{text[t.start:t.end]!r}")
    if len(months) != 1:
        return None
    (month, ev), = months.items()
    for t in times:  # a later month of that year told ('至2023年7月'): the page is later still
        v = t.value if t.explicit_year else f"{year}{t.note}" if t.note.startswith("--") else None
        if t.kind in ("date", "range") and v and v[:4] == str(year) and len(v) >= 7 and int(v[5:7]) > month \
                and not _OTHER_YEAR.search(text[max(0, t.start - 3):t.start]):
            return None
    return month, f"the one month the page tells in its year: {ev}"


def planned_written(text: str, times: Sequence[TimeExpr], year: int, month: int) -> bool:
    """Whether the page announces a day of `month` in `year` written with its year as planned ('将于2023年6月25日
    至28日对中国进行正式访问', '将自2018年3月25日至27日'): the occasion the page previews, whose written year is
    the year guessed, so the one month the page tells (told_month) is the page's even where that guess is weak."""
    return any(t.kind in ("date", "range") and t.precision == "day" and t.explicit_year and t.value
               and t.value[:7] == f"{year}-{month:02d}" and _PLANNED_WRITTEN.search(text[max(0, t.start - 4):t.start])
               for t in times)


def month_after(text: str, times: Sequence[TimeExpr], y: int, day: int) -> int | None:
    """The month of a bare day that falls within 15 days after a past month-day the page tells late in the month
    before ('于1月30日对中国进行正式访问' … '今(2)晚抵澳': February); for a planned day early in a month, the month
    before it when the bare day falls within 15 days before ('即将于9月3日…举行峰会' told on the 28th: August)."""
    for t in times:
        if t.precision != "day" or t.kind not in ("date", "range") or t.note[:2] != "--":
            continue
        told = valid_date(y, int(t.note[2:4]), int(t.note[5:7]))
        if PLANNED.search(text[max(0, t.start - 4):t.start]):  # the report comes before the day it previews
            if (pm := _before_preview(told, y, day)) is not None:
                return pm
            continue
        if t.kind != "date":
            continue
        nxt = valid_date(y, told.month + 1, day) if told is not None and told.month < 12 else None
        if told is not None and nxt is not None and 0 < (nxt - told).days <= 15:
            return nxt.month
    return None


def preview_month(text: str, times: Sequence[TimeExpr], y: int, day: int) -> int | None:
    """The month before a planned day early in a month that the bare day of the report (its dateline's) comes
    within 15 days before ('即将于9月3日在厦门举行峰会' under '(新德里28日电)': August), else None."""
    for t in times:
        if t.precision == "day" and t.kind in ("date", "range") and t.note[:2] == "--" and \
                PLANNED.search(text[max(0, t.start - 4):t.start]):
            if (pm := _before_preview(valid_date(y, int(t.note[2:4]), int(t.note[5:7])), y, day)) is not None:
                return pm
    return None


def _before_preview(told: dt.date | None, y: int, day: int) -> int | None:
    prv = valid_date(y, told.month - 1, day) if told is not None and told.month > 1 else None
    return prv.month if prv is not None and told is not None and 0 < (told - prv).days <= 15 else None
