"""Who holds a span of years that measures an activity or a state (fa8): the years of talks, of a
stalemate, of a war (中俄结束了长达10年的谈判, 中美贸易战开打两年, 美中两国海军经过1年多讨论) are the
parties that carry it on, the pair written as two short country forms opening the clause; the years a
thing was shelved (搁置近五年的某水电站项目) are the thing's, named after 的. Words: data/facts.toml
(span_activity_before, span_thing_before; the thing's name as worth.py reads it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.kb import load_kb

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def span_holder(ctx: Context, pos: int, unit_end: int) -> str | None:
    """The holder of the span of years at pos (its 年 ending at unit_end), where a span word stands
    right before it; else None (the other readers decide)."""
    data, text = ctx.data, ctx.text
    c_start = ctx.clause(pos)[0]
    before = text[max(c_start, pos - 8):pos]
    if rx.compile(data["span_thing_before"]).search(before):
        thing = rx.compile(data["worth_named_after"]).match(text, unit_end)
        if thing:
            return rx.compile(data["worth_aside"]).sub("", thing.group("name"))
    if rx.compile(data["span_activity_before"]).search(before):
        return _opening_pair(ctx, c_start, pos)
    return None


def _opening_pair(ctx: Context, c_start: int, pos: int) -> str | None:
    """Two short forms of two countries the page names, side by side where the clause opens (a time
    at most before them: 5月份,中俄…), as the pair they name in their written order."""
    shorts = load_kb().short_forms()
    kb = load_kb()
    opening = rx.compile(ctx.data["clause_opening"])
    for i in range(c_start, pos - 1):
        x, y = shorts.get(ctx.text[i]), shorts.get(ctx.text[i + 1])
        if x and y and x[0] != y[0] and opening.fullmatch(ctx.text, c_start, i):
            ex, ey = kb.get(x[0]), kb.get(y[0])
            if ex and ey and ex.name in ctx.country_rank and ey.name in ctx.country_rank:
                return ctx.pair_name([ex.name, ey.name])
    return None
