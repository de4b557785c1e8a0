"""A sector holding its own figures (fx12): in a report of investment by sector, a sector told as the
subject of a clause (加工制造业引资额创各领域之最,达近105亿美元,占越南吸引外资总额的72%) holds the
amount and the share told after it in its sentence, where no other party is named between (the
country after 占 is the whole the share is of). The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


def sector_opening(ctx: Context, pos: int, u: UnitWord) -> str | None:
    """The sector opening the number's clause, or a clause before it in its sentence, or None."""
    if u.kind not in ("money", "percent"):
        return None
    text, data = ctx.text, ctx.data
    pattern = rx.compile(data["sector_subject"])
    s_start = ctx.sentence(pos)[0]
    c_start = ctx.clause(pos)[0]
    end = pos
    while True:
        hit = pattern.match(text, c_start, end)
        if hit:
            return hit.group("name")
        share = text.startswith(tuple(data["share_of_whole_before"]), c_start)  # (占越南…总额的72%)
        if (ctx.within(c_start, end) and not share) or c_start <= s_start:
            return None
        end = c_start - 1
        c_start = max(s_start, ctx.clause(c_start - 1)[0])
