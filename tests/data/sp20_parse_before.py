"""Find and resolve time expressions in normalized Chinese news text.

The text is already normalized (Simplified script, ASCII digits and punctuation). The patterns are
in patterns.py, the resolution against an anchor in anchors.py (both re-exported here). Patterns run
from the most specific to the least (a full date before its month-day, a month-day before a bare
day), and each claims its characters so a shorter pattern cannot re-read them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter

from ..model import TimeExpr
from ..rxneeds import may_match, needed_words
from .adjust import _weekdays_beside_dates, _years_ago, same_day_years_ago
from .anchors import (
    LUNAR_MONTH,
    _anchor_day,
    _lunar_day,
    _lunar_to_solar,
    _num,
    _resolve_day,
    _resolve_month,
    _shift,
    _year,
    ganzhi_year,
    parse_anchor,
    resolve_month_day,
)
from .anchors import (
    valid_date as _valid,
)
from .bracketyear import bracket_year
from .knowledge import founding_before
from .monthspan import month_spans
from .numerals import to_int
from .patterns import ANY_WORD, REL, REL_MONTHS, REL_YEARS, WEEKDAYS, gated
from .scan import _RANK, LINE_SCANS, _scan, scan_line
from .words import WORDS

# what announces a day for later, right before it ('将于28日', '定于3日')
_AHEAD = re.compile(WORDS["announced_ahead"])
_ANY_WORD = ANY_WORD


class _Finder:
    """Runs the patterns in order over one text, claiming spans as they are taken."""

    def __init__(self, text: str, anchor: str | None) -> None:
        self.text, self.anchor = text, anchor
        self.a = parse_anchor(anchor)
        self.taken = bytearray(len(text))
        known = LINE_SCANS.get(text)
        self.matches = _scan(text) if known is None else known
        self.out: list[TimeExpr] = []

    def run(self, name: str, make: Callable[[re.Match[str]], TimeExpr | None]) -> None:
        taken = self.taken
        for m in self.matches.get(name, ()):
            a, b = m.span()
            if taken.find(1, a, b) != -1:  # a character already claimed (found in C, no slice copied)
                continue
            t = make(m)
            if t is None:
                continue
            t.start, t.end = a, b
            self.out.append(t)
            taken[a:b] = b"\x01" * (b - a)

    def md(self, mo: int | None, d: int | None, y: int | None = None) -> str | None:
        if mo is None or d is None or not 1 <= mo <= 12 or not 1 <= d <= 31:
            return None
        if y is not None:
            got = _valid(y, mo, d)
            return got.isoformat() if got else None
        v = resolve_month_day(mo, d, self.anchor)
        return None if v.startswith("--") else v


def _te(value: str | None, precision: str, kind: str = "date", *, end: str | None = None,
        explicit: bool = False, note: str = "") -> TimeExpr:
    return TimeExpr(0, 0, value, precision, end, kind, explicit, note)


def find_times(text: str, anchor: str | None, *, offset: int = 0, line_of: tuple[str, int] | None = None
               ) -> list[TimeExpr]:
    """Every time expression in `text`, spans offset by `offset`, resolved against `anchor`.
    The same text read against the same anchor again (a teaser read for its year, then for its
    day) is not read again: each call gets its own copies of the remembered expressions.
    `line_of` (whole, at): `text` is whole[at:at + len(text)] and begins a line of `whole` (a paragraph
    of the page's main text): its matches are read off whole's scan where it was made (scan.scan_line)."""
    if not _ANY_WORD.search(text):
        return []
    if line_of is not None:
        LINE_SCANS[text] = scan_line(line_of[0], line_of[1], len(text))
    try:
        got = _find_times(text, anchor)
    finally:
        LINE_SCANS.pop(text, None)
    return [TimeExpr(t.start + offset, t.end + offset, t.value, t.precision, t.end_value, t.kind, t.explicit_year,
                     t.note) for t in got]


@lru_cache(maxsize=64)
def _find_times(text: str, anchor: str | None) -> tuple[TimeExpr, ...]:
    f = _Finder(text, anchor)
    a = f.a

    # anniversaries: '建交75周年(1950年2月3日—2025年2月3日)' carries its own span; else the
    # subject before the number gives the founding date
    def anniv(m: re.Match[str]) -> TimeExpr | None:
        n = _num(m.group("n"))
        if n is None or n > 1000:
            return None
        inner = m.group("span")
        if inner:
            dates = find_times(inner, None)
            last = [t for t in dates if t.value and t.explicit_year]
            if last:  # the span's end is the anniversary itself
                return _te(last[-1].end_value or last[-1].value, last[-1].precision, "anniversary", explicit=True,
                           note=f"{n}th anniversary, span {inner}")
        found = founding_before(text[max(0, m.start() - 40):m.start()], text)
        if found:
            y0 = int(found[0][:4])
            return _te(str(y0 + n), "year", "anniversary",
                       note=f"{n}th anniversary of {found[1]} ({found[0]}) on {y0 + n}{found[0][4:]}")
        return _te(None, "year", "anniversary", note=f"{n}th anniversary, subject unknown")

    # lunar dates
    def lunar(m: re.Match[str]) -> TimeExpr | None:
        gz = m.groupdict().get("gz")
        ly = ganzhi_year(gz, anchor) if gz else None
        mo_s = m.groupdict().get("m") or "正"
        mo = LUNAR_MONTH.get(mo_s) or to_int(mo_s)
        d = _lunar_day(m.group("d"))
        if mo is None or d is None:
            return None
        v = _lunar_to_solar(mo, d, ly, a)
        return _te(v, "day", "lunar", explicit=bool(gz), note=f"lunar {mo}-{d}" + (f" {gz}" if gz else ""))

    def ganzhi(m: re.Match[str]) -> TimeExpr | None:
        y = ganzhi_year(m.group("gz"), anchor)
        return _te(str(y), "year", "lunar", explicit=True, note=f"lunar year {m.group('gz')}") if y else None

    # full dates and their ranges
    def full(m: re.Match[str]) -> TimeExpr | None:
        y = _year(m.group("y"))
        if y is None:
            return None
        v = f.md(_num(m.group("m")), _num(m.group("d")), y)
        if v is None:
            return None
        if m.groupdict().get("d2"):
            y2 = _year(m.group("y2")) if m.group("y2") else y
            m2 = _num(m.group("m2")) or _num(m.group("m"))
            e = f.md(m2, _num(m.group("d2")), y2)
            if e and e >= v:
                return _te(v, "day", "range", end=e, explicit=True)
        return _te(v, "day", explicit=True)

    def roc(m: re.Match[str]) -> TimeExpr | None:
        """'112年5月24日': a Republic of China year (1911 + n) before a month and a day, and a range's end."""
        n = int(m.group("y") or m.group("yb"))
        v = f.md(_num(m.group("m")), _num(m.group("d")), 1911 + n)
        if v is None:
            return None
        note = f"ROC year {n} = {1911 + n}"
        if m.group("d2"):
            e = f.md(_num(m.group("m2")) or _num(m.group("m")), _num(m.group("d2")), 1911 + n)
            if e and e >= v:
                return _te(v, "day", "range", end=e, explicit=True, note=note)
        return _te(v, "day", explicit=True, note=note)

    def roc_fiscal(m: re.Match[str]) -> TimeExpr | None:
        """'115年度': the Republic of China fiscal year 1911 + n (a year, not the page's: no vote)."""
        n = int(m.group("y"))
        return _te(str(1911 + n), "year", explicit=True, note=f"ROC fiscal year {n} = {1911 + n}")

    def iso(m: re.Match[str]) -> TimeExpr | None:
        y = _year(m.group("y"))
        v = f.md(int(m.group("m")), int(m.group("d")), y) if y else None
        return _te(v, "day", explicit=True) if v else None

    def iso_range(m: re.Match[str]) -> TimeExpr | None:
        y = _year(m.group("y"))
        mo, mo2 = int(m.group("m")), int(m.group("m2") or m.group("m"))
        v = f.md(mo, int(m.group("d")), y) if y else None
        v2 = f.md(mo2, int(m.group("d2")), y) if y else None
        if not (v and v2 and v2 > v):
            return None
        return _te(v, "day", "range", end=v2, explicit=True)

    def year_month(m: re.Match[str]) -> TimeExpr | None:
        y, mo = _year(m.group("y")), _num(m.group("m"))
        if y is None or mo is None or not 1 <= mo <= 12:
            return None
        v = f"{y}-{mo:02d}"
        mo2 = _num(m.groupdict().get("m2"))
        if mo2 and mo2 >= mo:
            return _te(v, "month", "range", end=f"{y}-{mo2:02d}", explicit=True)
        return _te(v, "month", explicit=True)

    def years(m: re.Match[str]) -> TimeExpr | None:
        y = _year(m.group("y"))
        if y is None:
            return None
        y2s = m.groupdict().get("y2")
        if y2s:
            y2 = _year(y2s) if len(y2s) == 4 else (y // 100 * 100 + int(y2s) if y2s.isdigit() else None)
            if y2 is None or y2 < y:
                return None
            return _te(str(y), "year", "range", end=str(y2), explicit=True, note=m.group().strip())
        return _te(str(y), "year", explicit=True)

    def rel_md(m: re.Match[str]) -> TimeExpr | None:
        if a is None:
            return None
        y = a[0] + REL_YEARS[m.group("r")]
        mo, d = _num(m.group("m")), _num(m.group("d"))
        if mo is None or not 1 <= mo <= 12:
            return None
        if d:
            v = f.md(mo, d, y)
            return _te(v, "day", "relative", note=m.group("r")) if v else None
        return _te(f"{y}-{mo:02d}", "month", "relative", note=m.group("r"))

    def rel_month_day(m: re.Match[str]) -> TimeExpr | None:
        """'本月十五日至十八日', '下月3日': a day of the month the word counts from the anchor's."""
        if a is None or a[1] is None:
            return None
        n = a[0] * 12 + a[1] - 1 + REL_MONTHS[m.group("r")]
        d, d2 = _num(m.group("d")), _num(m.group("d2"))
        v = f.md(n % 12 + 1, d, n // 12)
        if v is None:
            return None
        e = f.md(n % 12 + 1, d2, n // 12) if d2 else None
        if e and e > v:
            return _te(v, "day", "range", end=e, note=m.group("r"))
        return _te(v, "day", note=m.group("r"))

    # month-day ranges and month-days, resolved to the year nearest the anchor
    def month_day(m: re.Match[str]) -> TimeExpr | None:
        mo, d = _num(m.group("m")), _num(m.group("d"))
        v = f.md(mo, d)
        note = f"--{mo:02d}-{d:02d}" if mo and d and 1 <= mo <= 12 and 1 <= d <= 31 else ""
        if not note:
            return None
        if v and _ahead(m) and f.a is not None and f.a[1] is not None and f.a[2] is not None and \
                dt.date.fromisoformat(v) < dt.date(*f.a) - dt.timedelta(days=45):  # type: ignore[arg-type]
            # announced for later and far past: next year's (a page dated in the days after a visit
            # it announced, '将于10月17日至23日' on the 21st, is a late copy: the nearest stays)
            v = f.md(mo, d, int(v[:4]) + 1)
        if m.groupdict().get("d2"):
            m2 = _num(m.group("m2")) or mo
            d2 = _num(m.group("d2"))
            e = f.md(m2, d2, int(v[:4]) + int((m2 or 0) < (mo or 0))) if v else None
            if v is None or (e and e >= v):
                return _te(v, "day", "range", end=e, note=note)
        return _te(v, "day", note=note)

    def month_only(m: re.Match[str]) -> TimeExpr | None:
        mo = _num(m.group("m"))
        if mo is None or not 1 <= mo <= 12:
            return None
        v = _resolve_month(mo, a)
        if v and _ahead(m) and a is not None and a[1] is not None and int(v[:4]) * 12 + mo < a[0] * 12 + a[1] - 1:
            v = f"{int(v[:4]) + 1}-{mo:02d}"  # a month announced for later ('将于11月访问') is not last year's
        return _te(v, "month", note=f"--{mo:02d}")

    def _ahead(m: re.Match[str]) -> bool:
        return _AHEAD.search(text, max(0, m.start() - 4), m.start()) is not None

    def day_only(m: re.Match[str]) -> TimeExpr | None:
        d = _num(m.group("d"))
        if d is None or not 1 <= d <= 31:
            return None
        # a day announced for later ('将于28日访问') is the next such day, not the nearest one past
        return _te(_resolve_day(d, a, ahead=_ahead(m)), "day", note=f"day {d} of the anchor's month")

    def day_range(m: re.Match[str]) -> TimeExpr | None:
        """'9至12日': bare days of the anchor's month (or the one next to it), the first fixing it."""
        d, d2 = _num(m.group("d")), _num(m.group("d2"))
        if d is None or d2 is None or not 1 <= d < d2 <= 31:
            return None
        v = _resolve_day(d, a)
        e = f.md(int(v[5:7]), d2, int(v[:4])) if v else None
        # days announced for later that end in the past ('将于28至30日' on the 5th): the next such days
        # (days that run on past the page's date, a visit under way, stay)
        if v and _ahead(m) and a is not None and a[2] is not None and (e is None or (
                dt.date.fromisoformat(e) < dt.date(*a) - dt.timedelta(days=3))):  # type: ignore[arg-type]
            v = _resolve_day(d, a, ahead=True)
            e = f.md(int(v[5:7]), d2, int(v[:4])) if v else None
        if v and e is None:
            return None
        return _te(v, "day", "range", end=e, note=f"days {d}-{d2} of the anchor's month")

    def lost_units(m: re.Match[str]) -> TimeExpr | None:
        ds = m.group("md")
        if not (m.group("y") or m.group("d2")):
            return None  # '417日下午' alone: too little to read digits as a month and a day (a dateline may)
        splits = [(int(ds[:k]), int(ds[k:])) for k in (1, 2) if ds[k:][0] != "0" or len(ds[k:]) == 2]
        ok = [(mo, d) for mo, d in splits if 1 <= mo <= 12 and _valid(2000, mo, d)]
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
        return _te(v, "day", "range" if e else "date", end=e, explicit=y is not None, note=note)

    def bracket_day(m: re.Match[str]) -> TimeExpr | None:
        d = _num(m.group("d"))
        if d is None or not 1 <= d <= 31:
            return None
        return _te(_resolve_day(d, a), "day", note=f"day {d} of the anchor's month ({m.group('w')})")

    def relative(m: re.Match[str]) -> TimeExpr | None:
        unit, k = REL[m.group("w")]
        v, p = _shift(a, unit, k)
        if unit == "d" and k == 0:  # 今天 needs a day anchor; fall back to what the anchor has
            v, p = (anchor, {4: "year", 7: "month"}.get(len(anchor or ""), "day")) if a else (None, "day")
        note = m.group("w") + (m.group("x") or "")
        if m.group("w") in ("近日", "日前", "近期"):
            note += " (approximate, shortly before the anchor)"
        return _te(v, p, "relative", note=note)

    def weekday(m: re.Match[str]) -> TimeExpr | None:
        idx = WEEKDAYS.index(m.group("w"))
        idx = min(idx, 6)  # 日 and 天 are both Sunday
        if a is None or a[2] is None:
            return _te(None, "day", "relative", note=f"weekday {idx + 1}")
        ref = _anchor_day(a)
        pre = m.group("p") or ""
        if pre in ("上", "下", "本", "这"):
            monday = ref - dt.timedelta(days=ref.weekday())
            base = monday + dt.timedelta(days={"上": -7, "下": 7}.get(pre, 0))
            v = base + dt.timedelta(days=idx)
        elif _ahead(m):  # (ed1, stop 42: a weekday announced for later is the first such day from the anchor on)
            v = next(ref + dt.timedelta(days=k) for k in range(7) if (ref + dt.timedelta(days=k)).weekday() == idx)
        else:  # the weekday nearest the anchor, within three days either way
            v = min((ref + dt.timedelta(days=k) for k in range(-3, 4)), key=lambda c: (c.weekday() != idx, abs((c - ref).days)))
        return _te(v.isoformat(), "day", "relative", note=f"weekday {idx + 1}")

    def week(m: re.Match[str]) -> TimeExpr | None:
        if a is None or a[2] is None:
            return None
        day = _anchor_day(a) + dt.timedelta(days={"上": -7, "下": 7}.get(m.group("p"), 0))
        return _te(day.isoformat()[:7], "month", "relative", note=f"{m.group()} (the month of that week)")

    # durations: '77年来', '逾十一载', '20多年', '为期五天', '35年以来'
    def duration(m: re.Match[str]) -> TimeExpr | None:
        n = _num(m.group("n"))
        if n is None or n > 500:
            return None
        unit = m.group("u")
        note = {"年": "years", "载": "years", "天": "days", "日": "days", "个月": "months", "周": "weeks"}[unit]
        more = "more than " if m.group("more") or (m.groupdict().get("pre") or "") in ("逾", "超过") else ""
        return _te(None, "year" if note == "years" else "day", "duration", note=f"{more}{n} {note}")

    # the patterns with matches, run in the table's order, each claiming its characters (no call for the others:
    # one per pattern and text was a fifth of the stage's own time)
    makers = {"anniversary": anniv, "lunar": lunar, "lunar_year": lunar, "lunar_new_year": lunar, "ganzhi": ganzhi,
              "full_range": full, "full": full, "roc_full": roc, "bracket_year": lambda m: bracket_year(m, f.md), "roc_fiscal": roc_fiscal, "iso_range": iso_range, "iso": iso, "iso_dmy": iso,
              "year_month_range": year_month, "year_month": year_month, "year_range": years, "year": years,
              "relative_year_month": rel_md, "relative_month_day": rel_month_day, "month_day_range": month_day,
              "slash_md_range": month_day, "slash_md": month_day, "month_day": month_day, "month": month_only,
              "month_cn": month_only, "bracket_day": bracket_day, "lost_units": lost_units, "day_range": day_range,
              "day": day_only, "day_cn": day_only, "relative": relative, "weekday": weekday, "week": week, "duration": duration,
              "duration_short": duration}
    for name in sorted(f.matches, key=_RANK.__getitem__):
        f.run(name, makers[name])

    times = sorted(f.out + _school_years(text, f.out), key=attrgetter("start"))
    return month_spans(text, _weekdays_beside_dates(text, same_day_years_ago(text, [_years_ago(text, t, anchor) for t in times], anchor)))


_SCHOOL_YEAR = gated(WORDS["roc_school_year"])  # (skips to the digits it opens with, past its look-behind)
_SCHOOL_YEAR_WORDS = needed_words(WORDS["roc_school_year"])


def _school_years(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """'109学年度', '113學年': a school year of the Republic of China calendar, as Taiwan's schools and
    ministry count their students; it begins in the autumn of the year 1911 + n."""
    out: list[TimeExpr] = []
    if not may_match(_SCHOOL_YEAR_WORDS, text):  # (学年, 學年: most texts hold neither)
        return out
    for m in _SCHOOL_YEAR.finditer(text):
        if not any(t.start < m.end() and m.start() < t.end for t in found):
            n = int(m.group("y"))
            out.append(TimeExpr(m.start(), m.end(), str(1911 + n), "year", None, "date", True, f"ROC school year {n} = {1911 + n}"))
    return out


from .checks import check_contradictions  # noqa: E402,F401 - part of this module's API
