"""A yearless period of the year that has not run yet by the page's date (fc4): '前11个月,越南出口额达…' on a
page of 5 January, '第四季度…' in February; the year just ended is meant (the period this year is still to
come), unless the sentence tells a goal or a forecast. Words are in data/money.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .moneywords import money_data
from .numbers import chinese_to_int

if TYPE_CHECKING:  # asof.py asks this module; the context type is only needed for hints
    from .factcontext import Context


def unrun_period_year(ctx: Context, s_start: int, pos: int) -> str | None:
    """The year before the page's, where the figure's sentence opens with a period of the year that
    ends half a year or more after the page's month; else None."""
    page = ctx.date_at(pos) or ""
    if len(page) < 7:
        return None
    data = money_data()
    m = rx.compile(data["period_end"]).match(ctx.text[s_start:pos])
    if m is None or any_of(tuple(data["forecast_words"])).search(ctx.text, s_start, pos):
        return None
    if m.group("months"):
        n = m.group("months")
        end = int(n) if n.isdigit() else chinese_to_int(n)
    else:
        q = m.group("quarter")
        end = 6 if m.group("half") else 3 * (int(q) if q.isdigit() else chinese_to_int(q) or 0)
    gap = int(data["unrun_min_gap"])
    return str(int(page[:4]) - 1) if end and 0 < end <= 12 and end - int(page[5:7]) >= gap else None


__all__ = ["unrun_period_year"]
