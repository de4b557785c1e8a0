"""The date a URL spells, where the story bears it out: the page's own date (issue 13).

A page prints its date in more than one place: in its address, in a stamp over the story, and in the
story itself, which tells the day of its news. A report comes out on the day it tells or within days
after it. So where the page's signals disagree, the one the story bears out is the page's:

- a URL's day that the story tells (that day or up to three days before it) outranks a stamp over the
  story that tells another month and that the story does not bear out (a site's clock printed at the
  top of every page, a month-first stamp '03/05/2025' read day first);
- a URL's digits are read in any order a date is written in (year first, and day or month first:
  '…/9-11112016141115.html' holds 11-11-2016), but only where the story tells that day: a run of digits
  alone could be any id.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from dipnet.rx import plain as _plain

from ..model import DateValue
from .anchors import valid_date
from .parse import find_times
from .stamps import date_value, header_region

_DAYS_AFTER = 3  # a report is out on the day it tells, or within these days after it
_RUN = _plain(r"\d{8,}")
_STAMP_WORDS = _plain(r"stamp '([^']+)'")  # (a stamp's evidence quotes the words it was read from)
# a date in eight digits: year first, day first, month first
_ORDERS = (("yyyymmdd", (0, 4), (4, 6), (6, 8)), ("ddmmyyyy", (4, 8), (2, 4), (0, 2)),
           ("mmddyyyy", (4, 8), (0, 2), (2, 4)))


def told_days(text: str, skip: str = "") -> list[tuple[int | None, int, int]]:
    """(year or None, month, day) of each day the page's opening tells: dates and the first days of spans
    written with their month, not the stamp `skip` (its own words bear nothing out), nor a lunar date (a
    site's calendar prints it beside its clock)."""
    region = header_region(text)
    if skip:
        region = region.replace(skip, " " * len(skip))
    out: list[tuple[int | None, int, int]] = []
    for t in find_times(region, None):
        if t.precision != "day" or t.kind not in ("date", "range"):
            continue
        if t.explicit_year and t.value and len(t.value) == 10:
            out.append((int(t.value[:4]), int(t.value[5:7]), int(t.value[8:10])))
        elif t.note.startswith("--") and len(t.note) == 7:
            out.append((None, int(t.note[2:4]), int(t.note[5:7])))
    return out


def borne_out(day: dt.date, told: list[tuple[int | None, int, int]]) -> str | None:
    """The told day (as written, 'MM-DD' or ISO) that `day` is a report of: that day or one up to
    three days before it, in its year (or, a month-day alone, the year before, across New Year)."""
    for y, m, d in told:
        for year in (y,) if y is not None else (day.year, day.year - 1):
            got = valid_date(year, m, d)
            if got is not None and 0 <= (day - got).days <= _DAYS_AFTER:
                return got.isoformat() if y is not None else f"{m:02d}-{d:02d}"
    return None


def _digit_days(url: str, latest: int) -> list[tuple[dt.date, str]]:
    """Every calendar day an eight-digit window of a run of digits in the URL reads as, in any order."""
    out = []
    for run in _RUN.findall(unquote(url)):
        for k in range(len(run) - 7):
            w = run[k:k + 8]
            for name, ys, ms, ds in _ORDERS:
                y, m, d = int(w[ys[0]:ys[1]]), int(w[ms[0]:ms[1]]), int(w[ds[0]:ds[1]])
                if 1990 <= y <= latest and (got := valid_date(y, m, d)) is not None:
                    out.append((got, f"url digits {w} read {name}"))
    return out


def url_day_told(url: str | None, ud: DateValue | None, text: str, stamp: DateValue | None, latest: int) -> DateValue | None:
    """The URL's day where the story bears it out and the page's stamp (of another month) does not; or,
    where neither a stamp nor the URL's usual shapes (`ud`, its url_date) date the page, the day the URL's
    digits spell in any order that the story tells. None where nothing is to change."""
    if not url:
        return None
    if ud is not None and ud.precision == "day":
        if stamp is None or stamp.precision != "day" or stamp.date[:7] == ud.date[:7]:
            return None
        raw = m.group(1) if (m := _STAMP_WORDS.search(stamp.evidence)) else ""
        told = told_days(text, raw)
        day = dt.date.fromisoformat(ud.date)
        if (seen := borne_out(day, told)) and not borne_out(dt.date.fromisoformat(stamp.date), told):
            return DateValue(ud.date, "day", "metadata", ud.confidence,
                             f"{ud.evidence}, the story tells {seen}; not {stamp.evidence}")
        return None
    if stamp is not None or ud is not None or not (read := _digit_days(url, latest)):
        return None
    told = told_days(text)
    seen_days = {(d, ev, s) for d, ev in read if (s := borne_out(d, told))}
    if len({d for d, _, _ in seen_days}) != 1:
        return None  # (none, or two days the digits could be: no reading stands)
    d, ev, seen = min(seen_days)
    return date_value(d.year, d.month, d.day, "metadata", 0.75, f"{ev} as {d.isoformat()}, the day the story tells ({seen})")
