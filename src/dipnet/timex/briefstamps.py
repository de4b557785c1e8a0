"""A teaser's stamp line in the forms news lists print it, written out in the words its date is read in."""

from __future__ import annotations

import datetime as dt
import re

from dipnet.rx import plain as _plain
from dipnet.teaserwords import alternation, teaser_words

from ..model import DateValue

# a teaser's stamp line in a list's short form ("[03/05]", "03-05 10:20", "2024.03.05"): figures the
# date reader leaves alone in running text (a score, a ratio), read here because the line is only a stamp
# (or with the year of the Republic in figures, as Taiwanese lists print it: "113/06/10", the year 1911 + 113)
_SHORT_STAMP = _plain(r"^[\s|｜\[(（【]*(?:((?:19|20)\d{2}|1[0-2]\d)[/.年-])?(\d{1,2})[/.月-](\d{1,2})日?[\s\])）】]*"
                      r"(?:T?\d{1,2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)?\s*$")
# …or day first with the year after ("06.07.2019", "06/07/2019 10:20"), as Vietnamese, Malaysian and European
# sites print it; a first figure that cannot be a month settles nothing more, one past 12 in the middle makes it month first
_DAY_FIRST_STAMP = _plain(r"^[\s|｜\[(（【]*(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})[\s\])）】]*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
# (how near the page's day a teaser's day lies for the year the page lends it to be moved across the year's turn)
_NEAR_DAYS = 62
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# …or in English ("Jan 4, 2026", "4 January 2026")
_EN_STAMP = _plain(r"^\s*(?:[A-Z][a-z]{2,8}\.?,?\s)?(?:([A-Za-z]{3,9})\.?\s(\d{1,2}),?|(\d{1,2})\s([A-Za-z]{3,9})\.?)\s((?:19|20)\d{2})\s*$")
# …or as an age ("3小时前", "昨天 09:12", "前天", "2天前"): a list prints it counted back from the day it was put
# out, so it is read back from the page's own day (an age in seconds, minutes or hours is that day)
_W = teaser_words()  # (the age's words: data/teaser_words.toml)
_AGE_STAMP = _plain(r"^[\s|｜\[(（【]*(?:(\d{1,2})\s*(?:" + alternation(_W.age_units) + r")前|(" + alternation(_W.age_today) + ")"
                    r"|(" + alternation(tuple(_W.age_days_back)) + r")|(\d{1,2})\s*" + _W.age_day_unit
                    + r"前)[\s\])）】]*(?:\d{1,2}:\d{2})?\s*$")
_DAYS_BACK = _W.age_days_back
# …or "last week": a week, not a day, so only its month is told, where the week lies within one month
_LAST_WEEK = _plain(r"^[\s|｜\[(（【]*(?:" + alternation(_W.last_week) + r")[\s\])）】]*$")


def stamp_words(brief: str, page: DateValue | None = None) -> str:
    """The teaser's text with each stamp line of the short form written out in words ("3月5日",
    "2024年3月5日"), the form its date is read in. A stamp without its year is of the year that puts
    it nearest the page's day (a list's "12-28" under a page of 5 January is of the year before)."""
    lines = brief.split("\n")
    for i, ln in enumerate(lines):
        m = _SHORT_STAMP.match(ln)
        if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            year = _western(m.group(1)) or _nearest_year(int(m.group(2)), int(m.group(3)), page)
            lines[i] = (f"{year}年" if year else "") + f"{int(m.group(2))}月{int(m.group(3))}日"
        elif (f := _DAY_FIRST_STAMP.match(ln)) and (md := _day_first(int(f.group(1)), int(f.group(3)))):
            lines[i] = f"{f.group(4)}年{md[0]}月{md[1]}日"
        elif (e := _EN_STAMP.match(ln)) and (name := (e.group(1) or e.group(4))[:3].lower()) in _MONTHS:
            lines[i] = f"{e.group(5)}年{_MONTHS.index(name) + 1}月{int(e.group(2) or e.group(3))}日"
        elif (a := _AGE_STAMP.match(ln)) and (back := _aged_day(a, page)) is not None:
            lines[i] = f"{back.year}年{back.month}月{back.day}日"
    return "\n".join(lines)


def _aged_day(age: re.Match[str], page: DateValue | None) -> dt.date | None:
    """The day an age stamp counts back to from the page's day; None where the page is not dated to the day
    (an age counted from an unknown day tells nothing) or the age in hours may reach past a day."""
    if page is None or page.precision != "day" or len(page.date) < 10:
        return None
    if age.group(1) is not None and int(age.group(1)) >= 24:
        return None
    back = int(age.group(4)) if age.group(4) else _DAYS_BACK.get(age.group(3) or "", 0)
    return dt.date.fromisoformat(page.date[:10]) - dt.timedelta(days=back)


def _day_first(a: int, b: int) -> tuple[int, int] | None:
    """(month, day) of a stamp's two figures printed day first, or month first where the middle one is past 12."""
    if 1 <= b <= 12 and 1 <= a <= 31:
        return b, a
    return (a, b) if 1 <= a <= 12 and 13 <= b <= 31 else None


def _western(year: str | None) -> str | None:
    """The year in the Western count: a year of the Republic (three figures) is 1911 years after."""
    return str(1911 + int(year)) if year and len(year) == 3 else year


def _nearest_year(month: int, day: int, page: DateValue | None) -> str | None:
    """The year that puts a month and day nearest the page's day, for a page dated to the day."""
    if page is None or page.precision != "day" or len(page.date) < 10:
        return None
    ref = dt.date.fromisoformat(page.date[:10])
    days = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            days.append((abs((dt.date(y, month, day) - ref).days), y))
        except ValueError:  # (29 February of a common year)
            continue
    return str(min(days)[1]) if days else None


def near_turn(value: str, page: DateValue | None) -> str:
    """A teaser's day read in the year the page lent it, moved to the year before or after where that puts it
    within two months of the page's day and the lent year does not (a list's "12月30日" under a page of 3
    January is of the year before, its "1月2日" under a page of 31 December of the year after)."""
    if page is None or page.precision != "day" or len(page.date) < 10 or len(value) != 10:
        return value
    ref, day = dt.date.fromisoformat(page.date[:10]), dt.date.fromisoformat(value)
    if abs((day - ref).days) <= _NEAR_DAYS:
        return value
    for y in (day.year - 1, day.year + 1):
        try:
            moved = day.replace(year=y)
        except ValueError:  # (29 February)
            continue
        if abs((moved - ref).days) <= _NEAR_DAYS:
            return moved.isoformat()
    return value



def last_week_month(brief: str, page: DateValue | None) -> DateValue | None:
    """The month of a teaser stamped "上周" (last week): the week before the page's day, Monday to Sunday, where it
    lies within one month; None where it spans two or the page is not dated to the day."""
    if page is None or page.precision != "day" or len(page.date) < 10:
        return None
    if not any(_LAST_WEEK.match(ln) for ln in brief.split("\n")[1:]):
        return None
    ref = dt.date.fromisoformat(page.date[:10])
    monday = ref - dt.timedelta(days=ref.weekday() + 7)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    return DateValue(f"{monday.year}-{monday.month:02d}", "month", "inferred", 0.5,
                     f"teaser stamp 上周: the week {monday.isoformat()}..{sunday.isoformat()} before the page's day")
