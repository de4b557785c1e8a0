"""Signals of a page's day that publication.py reads besides its stamp, URL and dateline.

- the Republic of China date code a Taiwanese wire story closes with ('…表示。1050525(中央社)'): the day;
- a story's own address quoted at the top of a repost (a forum post opening with the source's URL);
- a relative word beside the date it names ('昨天(9月14日)', '今天(11/6)'): the report's day is that
  date moved by the word's offset, whatever a ticker line above the story says;
- a weekday beside a bare day ('周三(19日)'): of the months near the one the text suggests, the one
  in which that day falls on that weekday;
- a path of a two-digit year, month and day before the file name ('/gb/16/1/15/n4617642.htm');
- a line that is a run of dates (an archive's calendar strip, a list of stamps): no year the story
  speaks of.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice
from typing import NamedTuple

from dipnet.rx import plain as _plain

from ..model import DateValue
from .anchors import valid_date
from .numerals import to_int
from .patterns import gated
from .words import WORDS

# the close of a wire story: its date code at the end of a sentence, then the end of the line or
# the agency's name in brackets ('…。1050525(中央社)')
ROC_CODE = gated(r"(?<=[。!?」』\)])\s?1(?P<n>[01]\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\s?"
                 rf"(?:{WORDS['roc_stamp_close']})?\s*$", flags=re.M)
_QUOTED_URL = _plain(r"(?m)^\s*(https?://[^\s<>\"']{8,300})\s*$")
_REL_ANCHOR = _plain(WORDS["relative_anchor"])
_REL_OFFSET: dict[str, int] = WORDS["relative_anchor_offsets"]
_WEEKDAY_DAY = _plain(WORDS["weekday_day"])
_WEEKDAY = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6}


def roc_code_day(text: str, latest: int) -> DateValue | None:
    """The day of the last Republic of China date code closing a story line (the story's own)."""
    found = None
    for m in ROC_CODE.finditer(text):
        y = 2011 + int(m.group("n"))
        if y <= latest and valid_date(y, int(m.group("m")), int(m.group("d"))):
            found = m
    if found is None:
        return None
    y, mo, d = 2011 + int(found.group("n")), int(found.group("m")), int(found.group("d"))
    return DateValue(f"{y}-{mo:02d}-{d:02d}", "day", "dateline", 0.85,
                     f"ROC date code {found.group().strip()!r} = {y}-{mo:02d}-{d:02d}")


def quoted_url(text: str) -> str | None:
    """The address a repost quotes on a line of its own at its top (the story's source)."""
    m = _QUOTED_URL.search(text[:400])
    return m.group(1) if m else None


class RelAnchor(NamedTuple):
    month: int | None  # the month of the named date, when written
    day: int  # the report's day (the named day moved by the word's offset, when the month is known)
    named: int  # the day written in the brackets
    offset: int
    evidence: str


def relative_anchor(text: str) -> RelAnchor | None:
    """The first relative word with the date it names in brackets in the first part of the text."""
    for m in _REL_ANCHOR.finditer(text[:1500]):
        off = _REL_OFFSET.get(m.group("w")[0])
        if off is None:
            continue
        mo = to_int(m.group("m")) if m.group("m") else None  # ('後日(三月五日)': Chinese numerals too)
        d = to_int(m.group("d")) or 0
        if mo is not None and not (1 <= mo <= 12 and valid_date(2000, mo, d)):
            continue
        if mo is None and not 1 <= d <= 31:
            continue
        return RelAnchor(mo, d, d, off, f"{m.group()!r}")
    return None


def anchored_day(rel: RelAnchor, year: int) -> dt.date | None:
    """The report's day in `year` for an anchor with its month: the named day moved by the offset."""
    if rel.month is None:
        return None
    day = valid_date(year, rel.month, rel.named)
    return day + dt.timedelta(days=-rel.offset) if day else None


def weekday_days(text: str) -> list[tuple[int, int]]:
    """(weekday 0-6, day) for each weekday written beside a bare day ('周三(19日)', '21日(周五)')."""
    out = []
    for m in _WEEKDAY_DAY.finditer(text):
        w, d = (m.group("w"), m.group("d")) if m.group("w") else (m.group("w2"), m.group("d2"))
        if 1 <= int(d) <= 31:
            out.append((_WEEKDAY[w], int(d)))
    return out


def weekday_month(pairs: list[tuple[int, int]], year: int, month: int) -> int | None:
    """The month nearest `month` (the one itself first, then the next, then the one before) in which
    every weekday-day pair holds; None when none within two months does."""
    for k in (0, 1, -1, 2, -2):
        mo = month + k
        if not 1 <= mo <= 12:
            continue
        days = [valid_date(year, mo, d) for _w, d in pairs]
        if all(day is not None and day.weekday() == w for day, (w, _d) in zip(days, pairs, strict=True)):
            return mo
    return None


_READING_DAY = _plain(WORDS["reading_day_line"], re.M)


def reading_day_line(text: str) -> tuple[str, dt.date | None] | None:
    """A site's today-line among the page's first lines ('星期五 2024年 4月 26日', '• 11月24日 星期日', a clock
    naming its zone '中国时间 11:02 2024年11月13日 星期三'): the
    text with that line blanked (it is the day the page was read, not what it reports) and its day when the
    year is written (a bound: the page is not newer)."""
    head = text[:200]
    m = _READING_DAY.search(head)
    if m is None or head[:m.start()].strip().count("\n") > 1:
        return None
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y3"), m.group("m3"), m.group("d3"))
    day = valid_date(int(y), int(mo), int(d)) if y else None
    return text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():], day


_STRIP_DATE = _plain(WORDS["date_strip_date"])
_CJK = _plain(r"[\u4e00-\u9fff]")


def date_strip_lines(text: str) -> str:
    """The text with each line that is a run of three or more dates and little else blanked ('2026-01-17,12853|
    2026-01-16,12845| …': an archive's calendar, crawled with the page): its dates are the site's, not the story's."""
    if next(islice(_STRIP_DATE.finditer(text), 2, None), None) is None:  # fewer than three dates (counted to 3)
        return text
    out = []
    for ln in text.split("\n"):
        dates = list(_STRIP_DATE.finditer(ln))
        # (the words are counted only on a line of three dates or more: no other line is blanked)
        words = len(_CJK.findall(_STRIP_DATE.sub("", ln))) if len(dates) >= 3 else 0
        out.append(" " * len(ln) if len(dates) >= 3 and words <= 2 * len(dates) // 3 else ln)
    return "\n".join(out)


_ROW_SENTENCE_END = _plain(r"[。!?;]")
_ROW_HEADLINE = _plain(r"[\u4e00-\u9fff][^\s]{7,}")


def headline_rows(text: str) -> str:
    """The text with each line that is a row of four or more headlines parted by spaces and no sentence's
    end blanked (a site's menu of its latest stories over or under the article, '…举行会谈 …抵达利马 …'):
    the years those stories tell, or the congress they name, are the site's news, not the page's."""
    out = []
    for ln in text.split("\n"):
        words = ln.split()
        row = len(words) >= 4 and not _ROW_SENTENCE_END.search(ln) and \
            sum(1 for w in words if _ROW_HEADLINE.fullmatch(w)) >= 4
        out.append(" " * len(ln) if row else ln)
    return "\n".join(out)


_URL_SHORT_YEAR = _plain(WORDS["url_short_year_day"])


def short_year_url_day(url: str | None, latest: int) -> DateValue | None:
    """The day a URL's path writes with a two-digit year right before the file name ('/b5/12/10/9/n3701583.htm'):
    a year no later than `latest`."""
    m = _URL_SHORT_YEAR.search(url or "")
    if m is None:
        return None
    y = 2000 + int(m.group("y"))
    day = valid_date(y, int(m.group("m")), int(m.group("d"))) if y <= latest else None
    if day is None:
        return None
    return DateValue(day.isoformat(), "day", "metadata", 0.8, f"url path yy/m/d {m.group().rsplit('/', 1)[0]}/")


def span_month(span: tuple[dt.date, dt.date] | None, day: int) -> int | None:
    """The one month in which day `day` falls within `span` (a few weeks at most), or None."""
    if span is None or (span[1] - span[0]).days > 62:
        return None
    hits = {(d.year, d.month) for d in (span[0] + dt.timedelta(days=k) for k in range((span[1] - span[0]).days + 1))
            if d.day == day}
    return next(iter(hits))[1] if len(hits) == 1 else None
