"""Seats of an international body shared out by region ('东欧6席', '亚洲和非洲各拥有13席',
'席位按地区分配:非洲地区三个;…各两个'): the body holds them, one fact per region listed. Words
are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.kb import load_kb

from .factwords import words
from .holders import administrative

if TYPE_CHECKING:  # facts.py imports this module; the context types are only needed for hints
    from ..facts import Context, UnitWord


def seat_holders(ctx: Context, pos: int, end: int, u: UnitWord) -> list[tuple[str, str]] | None:
    """Seats of a body by region ('东欧6席', '亚洲和非洲各拥有13席', '席位按地区分配:非洲地区三个'):
    the international body named last before holds them, one (body, region) per region listed
    right before the number; None where these are no seats or a country or body holds them."""
    text = ctx.text
    seat_unit = text.startswith(words("seat_words"), end)
    runs = region_run(ctx, pos)
    if u.kind != "count" or not (seat_unit or runs and "席位" in text[ctx.lines.around(pos)[0]:pos]):
        return None
    body = _seat_holder(ctx, pos)
    if body is None:
        return None
    return [(body, r) for r in runs] or [(body, "")]


def region_run(ctx: Context, pos: int) -> list[str]:
    """The regions listed right before the number (亚太地区、拉美和加勒比地区各两个: each of them)."""
    c_start, _ = ctx.clause(pos)
    k = pos
    run: list[str] = []
    for mm in reversed(ctx.within(c_start, k, ("LOCATION",))):
        gap = ctx.text[mm.end:k]
        if administrative(ctx, mm) or run and gap not in ctx.data["list_joiners"] \
                or not run and not rx.compile(ctx.data["seat_verbs"]).fullmatch(gap):
            break
        run.insert(0, ctx.name(mm))
        k = mm.start
    return run


def _seat_holder(ctx: Context, pos: int) -> str | None:
    """The international body named last before seats that no country or body of the clause holds."""
    c_start, _ = ctx.clause(pos)
    if any(mm.type != "LOCATION" and mm.entity_id not in {b.entity_id for b in ctx.international_bodies}
           for mm in ctx.within(c_start, pos, ("COUNTRY", "ORG"))):
        return None  # 越南获得1个席位: the country's
    before = [b for b in ctx.international_bodies if b.end <= pos and b.entity_id and load_kb().get(b.entity_id)]
    return ctx.name(before[-1]) if before else None  # (a body the KB knows: 其他集团 is no name)
