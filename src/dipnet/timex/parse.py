"""Find and resolve time expressions in normalized Chinese news text.

The text is already normalized (Simplified script, ASCII digits and punctuation). The patterns are
in patterns.py, the resolution against an anchor in anchors.py (both re-exported here). Patterns run
from the most specific to the least (a full date before its month-day, a month-day before a bare
day), and each claims its characters so a shorter pattern cannot re-read them. The finder that runs them is
finder.py's, the readers of their matches datereaders.py's and dayreaders.py's; here are the table of readers
by pattern and the anniversary's reader (it reads its own span with find_times).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter

from ..model import TimeExpr
from .adjust import _weekdays_beside_dates, _years_ago, same_day_years_ago
from .anchors import _num, parse_anchor, resolve_month_day  # noqa: F401 - the last two: re-exported (timex, publication)
from .bracketyear import bracket_month, bracket_year
from .datereaders import full, ganzhi, iso, iso_range, lunar, roc, roc_fiscal, year_month, years
from .dayreaders import (
    bracket_day,
    day_only,
    day_range,
    duration,
    lost_units,
    month_day,
    month_only,
    rel_md,
    rel_month_day,
    relative,
    two_days,
    week,
    weekday,
)
from .finder import Finder, time_expr
from .knowledge import anniversary_subject, pair_relation
from .monthspan import month_spans
from .patterns import ANY_WORD
from .scan import _RANK, LINE_SCANS, scan_line
from .schoolyears import school_years

_ANY_WORD = ANY_WORD


def find_times(text: str, anchor: str | None, *, offset: int = 0, line_of: tuple[str, int] | None = None,
               told_back: bool = True) -> list[TimeExpr]:
    """Every time expression in `text`, spans offset by `offset`, resolved against `anchor`.
    The same text read against the same anchor again (a teaser read for its year, then for its
    day) is not read again: each call gets its own copies of the remembered expressions.
    `line_of` (whole, at): `text` is whole[at:at + len(text)] and begins a line of `whole` (a paragraph
    of the page's main text): its matches are read off whole's scan where it was made (scan.scan_line).
    `told_back`: a yearless month far ahead of the anchor, told with no word of what is to come, may be read
    as the past one (dayreaders._told_back); not in a headline or a teaser, which drop the 将 they announce."""
    if not _ANY_WORD.search(text):
        return []
    if line_of is not None:
        LINE_SCANS[text] = scan_line(line_of[0], line_of[1], len(text))
    try:
        got = _find_times(text, anchor, told_back)
    finally:
        LINE_SCANS.pop(text, None)
    return [TimeExpr(t.start + offset, t.end + offset, t.value, t.precision, t.end_value, t.kind, t.explicit_year,
                     t.note) for t in got] if got else []


# anniversaries: '建交75周年(1950年2月3日—2025年2月3日)' carries its own span; else the
# subject before the number gives the founding date
def anniv(f: Finder, m: re.Match[str]) -> TimeExpr | None:
    n = _num(m.group("n"))
    if n is None or n > 1000:
        return None
    inner = m.group("span")
    if inner:
        dates = find_times(inner, None)
        last = [t for t in dates if t.value and t.explicit_year]
        if last:  # the span's end is the anniversary itself
            return time_expr(last[-1].end_value or last[-1].value, last[-1].precision, "anniversary", explicit=True,
                             note=f"{n}th anniversary, span {inner}")
    found = anniversary_subject(f.text[max(0, m.start() - 40):m.start()], f.text)
    if found:
        y0 = int(found[0][:4])
        return time_expr(str(y0 + n), "year", "anniversary",
                         note=f"{n}th anniversary of {found[1]} ({found[0]}) on {y0 + n}{found[0][4:]}")
    if (pair := pair_relation(f.text, m.start())) is not None:  # '两国建交65周年': the two the sentence names
        y0 = int(pair[0][:4])
        return time_expr(str(y0 + n), "year", "anniversary", note=f"{n}th anniversary of {pair[1]} ({pair[0]}) on {y0 + n}{pair[0][4:]}")
    return time_expr(None, "year", "anniversary", note=f"{n}th anniversary, subject unknown")


# the readers by pattern (module-level: a closure each per text read cost more than the reading, issue 17)
_MAKERS: dict[str, Callable[[Finder, re.Match[str]], TimeExpr | None]] = {"anniversary": anniv, "lunar": lunar, "lunar_year": lunar, "lunar_new_year": lunar, "ganzhi": ganzhi,
          "full_range": full, "full": full, "roc_full": roc, "bracket_year": lambda f, m: bracket_year(m, f.md), "bracket_month": lambda f, m: bracket_month(m, f.a, f.md), "roc_fiscal": roc_fiscal, "iso_range": iso_range, "iso": iso, "iso_dmy": iso,
          "year_month_range": year_month, "year_month": year_month, "year_range": years, "year": years,
          "relative_year_month": rel_md, "relative_month_day": rel_month_day, "month_day_range": month_day,
          "slash_md_range": month_day, "slash_md": month_day, "month_day": month_day, "month": month_only,
          "month_cn": month_only, "bracket_day": bracket_day, "bare_day": bracket_day, "lost_units": lost_units, "day_range": day_range,
          "day": day_only, "day_cn": day_only, "relative": relative, "two_days": two_days, "weekday": weekday, "week": week, "duration": duration,
          "duration_short": duration}


@lru_cache(maxsize=64)
def _find_times(text: str, anchor: str | None, told_back: bool = True) -> tuple[TimeExpr, ...]:
    f = Finder(text, anchor, told_back)
    # the patterns with matches, run in the table's order, each claiming its characters (no call for the others)
    for name in sorted(f.matches, key=_RANK.__getitem__):
        f.run(name, _MAKERS[name])

    times = sorted(f.out + school_years(text, f.out), key=attrgetter("start"))
    dated = same_day_years_ago(text, list(map(_years_ago, [text] * len(times), times, [anchor] * len(times))), anchor)
    return month_spans(text, _weekdays_beside_dates(text, dated))


from .checks import check_contradictions  # noqa: E402,F401 - part of this module's API
