"""The two parties a figure told for '两国' or '双边' is of: the countries named in its stretch of
text, else the page's two most named; on the page's own terms, the order it writes them in (越中),
else the outlet's country first, else the country it names most. Read by the facts' holders and
the relations' pairs through the page's Context."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the context type is only needed for hints (factcontext imports nothing from here)
    from .factcontext import Context


def pair_for(ctx: Context, a: int, b: int) -> list[str]:
    """The two parties of '两国/双边' in [a, b): the countries named there, else the page's two."""
    named = [c for m in ctx.within(a, b, ("COUNTRY", "ORG")) if (c := ctx.country_name(m))]
    found = list(dict.fromkeys(named))
    if len(found) >= 2:
        found.sort(key=lambda n: ctx.country_rank.index(n) if n in ctx.country_rank else 99)
        return ctx.ordered(found[:2])
    for n in ctx.country_rank:
        if n not in found:
            found.append(n)
        if len(found) == 2:
            break
    return ctx.ordered(found)


def pair_in_page(ctx: Context, a: int, b: int) -> list[str]:
    """The two parties of '两国', '双边' in [a, b) (pair_for's, or a country and a body of no
    one country the sentence names: 东盟是中国最大贸易伙伴,双边贸易额…), in the page's own
    framing: the order of its compounds (越中), else the country it names most first (越南 on
    a Vietnamese page, 中国 on a Chinese one), not the order one sentence happens to use."""
    bodies = {ctx.name(m) for m in ctx.within(a, b, ("ORG",)) if m in ctx.international_bodies}
    named = list(dict.fromkeys(
        n for m in ctx.within(a, b, ("COUNTRY", "ORG"))
        if ctx.sector_of.get(m.entity_id) not in ctx.data["reporter_sectors"]
        and (n := ctx.country_name(m) or (ctx.name(m) if ctx.name(m) in bodies else None))))
    # '东盟是中国最大贸易伙伴,双边贸易额…': a body of no one country is a party like a country
    pair = named if len(named) == 2 and bodies & set(named) else pair_for(ctx, a, b)
    if len(pair) == 2:  # the order the page writes the pair in (越中 on a Vietnamese page)
        x, y = pair
        ahead, behind = ctx.compounds.get((x, y), 0), ctx.compounds.get((y, x), 0)
        if ahead != behind:
            return [x, y] if ahead > behind else [y, x]
        own = ctx.outlet_country  # else the outlet's own country first (越南-老挝 on a .vn page)
        if own in pair:
            return [own, y if own == x else x]
        if set(named[:2]) == set(pair) and not set(pair) & set(ctx.data["pair_order"]):
            return named[:2]  # else as the sentence writes them (泰国、柬埔寨双方), 越南 and 中国 first
    if set(pair) & set(ctx.data["pair_order"]):
        return ctx.ordered(pair)
    rank = ctx.country_rank
    return sorted(pair, key=lambda n: rank.index(n) if n in rank else len(rank))
