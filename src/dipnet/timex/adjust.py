"""What the patterns read gets adjusted by its neighbours (kept apart from parse.py to keep it short):
'30年前' is a year the anchor fixes, a weekday beside a day names that day, a year before a document's
title names the document, 同年 is the year told before it."""

from __future__ import annotations

import calendar
import datetime as dt
from operator import attrgetter

from dipnet.rx import plain as _plain

from ..model import TimeExpr
from .patterns import REL_YEARS
from .words import WORDS

_N_YEARS = _plain(r"(?:(\d+)th anniversary|(\d+) years)")
_N_DAYS = _plain(r"(\d+) days")


def _years_ago(text: str, t: TimeExpr, anchor: str | None) -> TimeExpr:
    """'30年前建交', '80周年前宣读《独立宣言》': so many years before the report is a year the page's
    date fixes (the founding itself where the anniversary's subject is known); 'N多年前' is not."""
    if not text.startswith("前", t.end) or text.startswith(tuple(WORDS["years_ago_not"]), t.end):
        return t
    if _plain(WORDS["compared_with"]).search(text[max(0, t.start - 4):t.start]):
        return t  # '比10年前增长两倍': a baseline compared with, not when anything happened
    if t.kind == "anniversary" and (day := _plain(r"\((\d{4}-\d\d-\d\d)\)").search(t.note)):
        return TimeExpr(t.start, t.end, day.group(1), "day", None, "relative", False, t.note + "; 前: the founding itself")
    d = _N_DAYS.fullmatch(t.note)
    if d and t.kind == "duration" and anchor and len(anchor) >= 10 and int(d.group(1)) <= 31:
        # '两天前双方通电话': so many days before the report is a day the page's date fixes
        try:
            before = dt.date.fromisoformat(anchor[:10]) - dt.timedelta(days=int(d.group(1)))
        except ValueError:
            return t
        return TimeExpr(t.start, t.end, before.isoformat(), "day", None, "relative", False, f"{d.group(1)} days before the anchor")
    m = _N_YEARS.match(t.note)
    if not (anchor and anchor[:4].isdigit() and m and (t.kind == "anniversary" or t.kind == "duration")):
        return t
    n = int(m.group(1) or m.group(2))
    return TimeExpr(t.start, t.end, str(int(anchor[:4]) - n), "year", None, "relative", False,
                    f"{n} years before the anchor")


def same_day_years_ago(text: str, times: list[TimeExpr], anchor: str | None) -> list[TimeExpr]:
    """'3年前的今天': the report's day so many years before, one time (the 今天 after it is part of it, not
    the report's day)."""
    if "relative" not in map(_KIND, times):  # (no '…年前' to read: the times as they are)
        return list(times)
    same = _plain(WORDS["years_ago_same_day"])
    out: list[TimeExpr] = []
    drop_until = -1
    for t in times:
        if t.start < drop_until:
            continue  # the 今天 of '…年前的今天'
        m = same.match(text, t.end) if t.kind == "relative" and t.note.endswith("years before the anchor") else None
        if m and t.value and anchor and len(anchor) >= 10:
            try:
                day = dt.date(int(t.value), int(anchor[5:7]), int(anchor[8:10])).isoformat()
            except ValueError:  # (29 February)
                day = None
            if day:
                out.append(TimeExpr(t.start, m.end(), day, "day", None, "relative", False, t.note + ", the same day"))
                drop_until = m.end()
                continue
        out.append(t)
    return out


_APPOSITION = _plain(r"\s?[(（]\s?|\s?[)）]?\s?[(（]\s?")


def _weekday_value(w: TimeExpr, d: TimeExpr) -> TimeExpr:
    return TimeExpr(w.start, w.end, d.value, "day", None, w.kind, d.explicit_year, w.note + " (the date beside it)")


def _naming_a_document(text: str, t: TimeExpr) -> TimeExpr:
    """A bare year written just before a document's title ('根据1982年《联合国海洋法公约》') is
    part of its name: it dates neither the event nor the page, so it is kept without a value."""
    if t.kind == "date" and t.precision == "year" and t.value and text.startswith("《", t.end + (text[t.end:t.end + 1] == " ")):
        return TimeExpr(t.start, t.end, None, "year", None, t.kind, t.explicit_year,
                        (t.note + " " if t.note else "") + f"(names the document: year {t.value})")
    return t


_SPAN_TO = _plain(r"\s?(?:至|到|-|—|–|~|～)\s?")


def _weekday_span(text: str, x: TimeExpr, y: TimeExpr, z: TimeExpr) -> bool:
    """Two weekdays joined as a span with a span of days in brackets right after them."""
    weekday = (x.note.startswith("weekday") and x.kind == "relative" and y.note.startswith("weekday")
               and y.kind == "relative")
    return weekday and z.kind == "range" and z.precision == "day" and bool(z.value and z.end_value) and \
        len(z.value or "") == 10 and bool(_SPAN_TO.fullmatch(text[x.end:y.start])) and \
        bool(_APPOSITION.fullmatch(text[y.end:z.start]))


def _weekdays_beside_dates(text: str, times: list[TimeExpr]) -> tuple[TimeExpr, ...]:
    """A weekday written beside a day ('周二(10月1日)', '10月1日(星期二)') names that day: it takes
    the day's value instead of the weekday nearest the anchor, which for a page dated four or more
    days later is the next week's."""
    out = list(map(_naming_a_document, [text] * len(times), times))  # (no comprehension made per text read)
    for i in range(len(out) - 1):
        x, y = out[i], out[i + 1]
        if x.note.endswith("(the month of that week)") and x.end == y.start and y.precision == "day" and y.value \
                and y.kind in ("date", "range"):
            # '本周16日至20日': the week only frames the days written right after it; they date the event
            out[i] = TimeExpr(x.start, x.end, None, x.precision, None, x.kind, x.explicit_year, x.note + " (days follow)")
            continue
        z = out[i + 2] if i + 2 < len(out) else None
        if z is not None and _weekday_span(text, x, y, z):
            # '周三至周六(28日至31日)': the two weekdays name the span's first and last days
            out[i] = TimeExpr(x.start, x.end, z.value, "day", None, x.kind, z.explicit_year, x.note + " (the span beside it)")
            out[i + 1] = TimeExpr(y.start, y.end, z.end_value, "day", None, y.kind, z.explicit_year, y.note + " (the span beside it)")
            continue
        if not _APPOSITION.fullmatch(text[x.end:y.start]):
            continue
        for w, d, k in ((x, y, i), (y, x, i + 1)):
            if w.note.startswith("weekday") and w.kind == "relative" and d.kind == "date" and d.precision == "day" \
                    and d.value and len(d.value) == 10:
                out[k] = _weekday_value(w, d)
    return tuple(_in_the_year_told(out, text))


_KIND = attrgetter("kind")
_THAT_YEAR = tuple(WORDS["that_year"])  # 'that same year' (同年): the year the text told last, not the report's


_SENTENCE_END = _plain(r"[。!?;]")
_YEAR_WORDS = tuple(w for w, k in REL_YEARS.items() if k != 0)  # 去年, 前年, 明年… (not 今年: it is the report's)


def _days_of(year: str, t: TimeExpr) -> bool:
    """The month-days of `t` are days of `year`: 2月29日 moved to a year not a leap one is no day."""
    return all(len(v) < 10 or int(v[8:10]) <= calendar.monthrange(int(year), int(v[5:7]))[1]
               for v in (t.value, t.end_value) if v)


def _in_the_year_told(times: list[TimeExpr], text: str = "") -> list[TimeExpr]:
    """同年8月3日, 当年10月 after a date with its year ('2024年7月19日,…去世,同年8月3日…'): a month or day
    of the year the text told last before it, not of the report's year; where no year was told before
    it, the report's (as the patterns read it). A bare month-day later in a sentence that told a year
    relative to the report ('去年抵达美国履新后,亦于7月29日…') is of that year."""
    told: str | None = None
    rel: tuple[str, int] | None = None  # the year a relative word told, and where its sentence ends
    out = []
    for t in times:
        if rel and t.start >= rel[1]:
            rel = None
        if t.kind == "relative" and t.precision == "year" and t.note in _YEAR_WORDS and t.value:
            end = _SENTENCE_END.search(text, t.end)
            rel = (t.value[:4], end.start() if end else len(text))
        elif rel and (t.explicit_year or t.kind == "relative" and t.precision == "year"):
            rel = None  # '去年…,而今年截至8月…': a year told again (今年, 2023年) is the one after it
        elif rel and t.kind == "date" and not t.explicit_year and t.value and t.value[:4] != rel[0] \
                and t.precision in ("day", "month") and _days_of(rel[0], t):
            t = TimeExpr(t.start, t.end, rel[0] + t.value[4:], t.precision,
                         rel[0] + t.end_value[4:] if t.end_value else None, t.kind, False,
                         f"{t.note} (the year told before it in the sentence: {rel[0]})")
        if t.kind == "relative" and t.note in _THAT_YEAR and told and t.value and t.value[:4] != told:
            t = TimeExpr(t.start, t.end, told + t.value[4:], t.precision, None, t.kind, True,
                         f"{t.note} (the year told before: {told})")
        elif t.explicit_year and t.value and t.value[:4].isdigit() and t.kind in ("date", "range"):
            told = (t.end_value or t.value)[:4]
        out.append(t)
    return out
