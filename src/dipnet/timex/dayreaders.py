"""Readers of dates resolved against the page's anchor: a year or month the word counts from it, month-days
and bare days (announced for later or not), digits that lost their units, relative words, weekdays,
weeks, and durations. Each takes the finder and its pattern's match (parse._MAKERS)."""

from __future__ import annotations

import datetime as dt
import re

from ..model import TimeExpr
from .anchors import _anchor_day, _num, _resolve_day, _resolve_month, _shift, valid_date
from .finder import Finder, announced_ahead, time_expr
from .patterns import REL, REL_MONTHS, REL_YEARS, TWO_DAYS, WEEKDAYS
from .words import WORDS

_CLAUSE_MARK = re.compile(WORDS["clause_marks"])
_UNTOLD_AHEAD_NOT = re.compile(WORDS["untold_ahead_not"])
_SENTENCE_MARK = re.compile(WORDS["sentence_marks"])
_THIS_YEAR = re.compile(WORDS["untold_ahead_this_year"])


def rel_md(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    if f.a is None:
        return None
    y = f.a[0] + REL_YEARS[m.group("r")]
    mo, d = _num(m.group("m")), _num(m.group("d"))
    if mo is None or not 1 <= mo <= 12:
        return None
    if d:  # ('今年3月17至18日': the span's end too)
        v, e = f.md(mo, d, y), f.md(mo, _num(m.group("d2")), y) if m.group("d2") else None
        return (time_expr(v, "day", "range", end=e, note=m.group("r")) if e and e > v else
                time_expr(v, "day", "relative", note=m.group("r"))) if v else None
    return time_expr(f"{y}-{mo:02d}", "month", "relative", note=m.group("r"))

def rel_month_day(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    """'本月十五日至十八日', '下月3日': a day of the month the word counts from the anchor's."""
    if f.a is None or f.a[1] is None:
        return None
    n = f.a[0] * 12 + f.a[1] - 1 + REL_MONTHS[m.group("r")]
    d, d2 = _num(m.group("d")), _num(m.group("d2"))
    v = f.md(n % 12 + 1, d, n // 12)
    if v is None:
        return None
    e = f.md(n % 12 + 1, d2, n // 12) if d2 else None
    if e and e > v:
        return time_expr(v, "day", "range", end=e, note=m.group("r"))
    return time_expr(v, "day", note=m.group("r"))

# month-day ranges and month-days, resolved to the year nearest the anchor
def month_day(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    mo, d = _num(m.group("m")), _num(m.group("d"))
    v = f.md(mo, d)
    note = f"--{mo:02d}-{d:02d}" if mo and d and 1 <= mo <= 12 and 1 <= d <= 31 else ""
    if not note:
        return None
    if v and announced_ahead(f, m) and f.a is not None and f.a[1] is not None and f.a[2] is not None and \
            dt.date.fromisoformat(v) < dt.date(*f.a) - dt.timedelta(days=45):  # type: ignore[arg-type]
        # announced for later and far past: next year's (a page dated in the days after a visit
        # it announced, '将于10月17日至23日' on the 21st, is a late copy: the nearest stays)
        v = f.md(mo, d, int(v[:4]) + 1)
    elif v and _told_back(f, m, dt.date.fromisoformat(v)):
        v = f.md(mo, d, int(v[:4]) - 1) or v
    if m.groupdict().get("d2"):
        m2 = _num(m.group("m2")) or mo
        d2 = _num(m.group("d2"))
        e = f.md(m2, d2, int(v[:4]) + int((m2 or 0) < (mo or 0))) if v else None
        if v is None or (e and e >= v):
            return time_expr(v, "day", "range", end=e, note=note)
    return time_expr(v, "day", note=note)

def month_only(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    mo = _num(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    v = _resolve_month(mo, f.a)
    if v and announced_ahead(f, m) and f.a is not None and f.a[1] is not None and int(v[:4]) * 12 + mo < f.a[0] * 12 + f.a[1] - 1:
        v = f"{int(v[:4]) + 1}-{mo:02d}"  # a month announced for later ('将于11月访问') is not last year's
    elif v and _told_back(f, m, dt.date(int(v[:4]), mo, 15)):
        v = f"{int(v[:4]) - 1}-{mo:02d}"
    return time_expr(v, "month", note=f"--{mo:02d}")

def _told_back(f: Finder, m: re.Match[str], day: dt.date) -> bool:
    """A month or month-day the nearest year puts far ahead of the anchor ('3月正式访问河内时' on a
    November page), with nothing in its clause telling it as still to come, is the past one: a month
    that far ahead is announced (将于, 计划, 明年), what is only told has been. A year its sentence tells
    keeps the reading it agrees with ('2025年东盟峰会10月26日…开幕' on a June page); a headline's or a
    teaser's month is not read back (f.told_back: they drop the 将 of what they announce)."""
    if not f.told_back or f.a is None or f.a[1] is None or \
            (day - _anchor_day(f.a)).days <= int(WORDS["untold_ahead_days"]):
        return False
    cut = [k.end() for k in _CLAUSE_MARK.finditer(f.text, max(0, m.start() - 40), m.start())]
    end = _CLAUSE_MARK.search(f.text, m.end(), m.end() + 40)
    clause = f.text[cut[-1] if cut else max(0, m.start() - 40):end.start() if end else m.end() + 40]
    return _UNTOLD_AHEAD_NOT.search(clause) is None and day.year not in _years_told(f, m)


def _years_told(f: Finder, m: re.Match[str]) -> set[int]:
    """The years m's sentence tells: the years read before it (the year patterns run first) and 今年's —
    not the report's own day of a dateline (越通社河内——2025年6月10日,…12月5日…), which dates the report."""
    a = max((k.end() for k in _SENTENCE_MARK.finditer(f.text, 0, m.start())), default=0)
    b = (e.start() if (e := _SENTENCE_MARK.search(f.text, m.end())) else len(f.text))
    told = {int(t.value[:4]) for t in f.out if t.explicit_year and t.value and a <= t.start < b
            and t.value[:4].isdigit() and t.value != f.anchor}
    if f.a is not None and _THIS_YEAR.search(f.text, a, b):
        told.add(f.a[0])
    return told

def day_only(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    d = _num(m.group("d"))
    if d is None or not 1 <= d <= 31:
        return None
    # a day announced for later ('将于28日访问') is the next such day, not the nearest one past
    return time_expr(_resolve_day(d, f.a, ahead=announced_ahead(f, m)), "day", note=f"day {d} of the anchor's month")

def day_range(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    """'9至12日': bare days of the anchor's month (or the one next to it), the first fixing it."""
    d, d2 = _num(m.group("d")), _num(m.group("d2"))
    if d is None or d2 is None or not 1 <= d < d2 <= 31:
        return None
    v = _resolve_day(d, f.a)
    e = f.md(int(v[5:7]), d2, int(v[:4])) if v else None
    # days announced for later that end in the past ('将于28至30日' on the 5th): the next such days
    # (days that run on past the page's date, a visit under way, stay)
    if v and announced_ahead(f, m) and f.a is not None and f.a[2] is not None and (e is None or (
            dt.date.fromisoformat(e) < dt.date(*f.a) - dt.timedelta(days=3))):  # type: ignore[arg-type]
        v = _resolve_day(d, f.a, ahead=True)
        e = f.md(int(v[5:7]), d2, int(v[:4])) if v else None
    if v and e is None:
        return None
    return time_expr(v, "day", "range", end=e, note=f"days {d}-{d2} of the anchor's month")

def lost_units(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    ds = m.group("md")
    if not (m.group("y") or m.group("d2")):
        return None  # '417日下午' alone: too little to read digits as a month and a day (a dateline may)
    splits = [(int(ds[:k]), int(ds[k:])) for k in (1, 2) if ds[k:][0] != "0" or len(ds[k:]) == 2]
    ok = [(mo, d) for mo, d in splits if 1 <= mo <= 12 and valid_date(2000, mo, d)]
    if len(ok) != 1:
        return None
    mo, d = ok[0]
    y = int(m.group("y")) if m.group("y") else None
    v = f.md(mo, d, y)
    if v is None:
        return None
    d2 = _num(m.group("d2"))
    e = f.md(mo, d2, int(v[:4])) if d2 else None
    note = f"digits {ds} read as {mo}月{d}日 (units lost)"
    if d2 and not (e and e > v):
        return None  # the range's end must follow in the same month
    return time_expr(v, "day", "range" if e else "date", end=e, explicit=y is not None, note=note)

def bracket_day(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    d = _num(m.group("d"))
    if d is None or not 1 <= d <= 31:
        return None
    return time_expr(_resolve_day(d, f.a), "day", note=f"day {d} of the anchor's month ({m.group('w')})")

def relative(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    unit, k = REL[m.group("w")]
    v, p = _shift(f.a, unit, k)
    if unit == "d" and k == 0:  # 今天 needs a day anchor; fall back to what the anchor has
        v, p = (f.anchor, {4: "year", 7: "month"}.get(len(f.anchor or ""), "day")) if f.a else (None, "day")
    note = m.group("w") + (m.group("x") or "")
    if m.group("w") in ("近日", "日前", "近期"):
        note += " (approximate, shortly before the anchor)"
    return time_expr(v, p, "relative", note=note)

def two_days(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    """'今明两天': the two days named, from the report's day (a day anchor is needed)."""
    a, b = TWO_DAYS[m.group("w")]
    v, _ = _shift(f.a, "d", a)
    e, _ = _shift(f.a, "d", b)
    if v is None or e is None:
        return None
    return time_expr(v, "day", "range", end=e, note=f"{m.group('w')} (two days from the anchor)")

def weekday(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    idx = WEEKDAYS.index(m.group("w"))
    idx = min(idx, 6)  # 日 and 天 are both Sunday
    if f.a is None or f.a[2] is None:
        return time_expr(None, "day", "relative", note=f"weekday {idx + 1}")
    ref = _anchor_day(f.a)
    pre = m.group("p") or ""
    if pre in ("上", "下", "本", "这"):
        monday = ref - dt.timedelta(days=ref.weekday())
        base = monday + dt.timedelta(days={"上": -7, "下": 7}.get(pre, 0))
        v = base + dt.timedelta(days=idx)
    elif announced_ahead(f, m):  # announced for later ('将于周一访问' on a Wednesday): the first such day from the anchor on
        v = next(ref + dt.timedelta(days=k) for k in range(7) if (ref + dt.timedelta(days=k)).weekday() == idx)
    else:  # the weekday nearest the anchor, within three days either way
        v = min((ref + dt.timedelta(days=k) for k in range(-3, 4)), key=lambda c: (c.weekday() != idx, abs((c - ref).days)))
    return time_expr(v.isoformat(), "day", "relative", note=f"weekday {idx + 1}")

def week(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    if f.a is None or f.a[2] is None:
        return None
    day = _anchor_day(f.a) + dt.timedelta(days={"上": -7, "下": 7}.get(m.group("p"), 0))
    return time_expr(day.isoformat()[:7], "month", "relative", note=f"{m.group()} (the month of that week)")

# durations: '77年来', '逾十一载', '20多年', '为期五天', '35年以来'
def duration(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    n = _num(m.group("n"))
    if n is None or n > 500:
        return None
    unit = m.group("u")
    note = {"年": "years", "载": "years", "天": "days", "日": "days", "个月": "months", "周": "weeks"}[unit]
    more = "more than " if m.group("more") or (m.groupdict().get("pre") or "") in ("逾", "超过") else ""
    return time_expr(None, "year" if note == "years" else "day", "duration", note=f"{more}{n} {note}")
