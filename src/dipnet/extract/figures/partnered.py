"""Countries counted as the partners of one party: '8个国家先后同中国建交、复交', '已有20多个国家与
越南建立战略伙伴关系'. The count is the subject of its clause and the party after 同/与/和 is the one
whose partners they are (as in 中国已同180个国家建立外交关系, told the other way round), not a
country listed before the count. Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def partner_of_counted(ctx: Context, unit_end: int) -> str | None:
    """The party after 同/与/和 that the countries counted right before establish relations with."""
    data = ctx.data
    c_end = ctx.clause(unit_end - 1)[1]
    lead = rx.compile(data["partner_count_lead"]).match(ctx.text, unit_end, c_end)
    if lead is None:
        return None
    mm = next(iter(ctx.within(lead.end(), c_end, ("COUNTRY", "ORG"))), None)  # (the party right after 同/与/和)
    if mm is None or mm.start != lead.end() or not rx.compile(data["partner_count_tail"]).match(ctx.text, mm.end, c_end):
        return None
    return ctx.name(mm)
