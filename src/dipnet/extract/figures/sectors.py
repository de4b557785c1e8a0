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
    return _opening(ctx, pos, "sector_subject")


def firm_group_opening(ctx: Context, pos: int, u: UnitWord) -> str | None:
    """A group of firms as the subject of the number's clause or of a clause before it in its
    sentence (外资企业的出口额达…, 各家旅游企业将推出400个…): the group holds the figure, as a sector
    does. A group of one country's firms (越南企业) is left to the country, which the scorer's
    containment lets name it."""
    if u.kind not in ("money", "percent", "count"):
        return None
    name = _opening(ctx, pos, "firm_group_subject")
    at = ctx.text.find(name, ctx.sentence(pos)[0]) if name else -1
    if name is None or at < 0 or ctx.within(at, at + len(name), ("COUNTRY", "ORG", "PERSON", "LOCATION")) \
            or not rx.compile(ctx.data["firm_group_told"]).match(ctx.text, at + len(name)):
        return None
    return name


def _opening(ctx: Context, pos: int, key: str) -> str | None:
    text, data = ctx.text, ctx.data
    pattern = rx.compile(data[key])
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
