"""The source a share or a count is told to come from: '其中六成投资项目来自中国', '30%的游客来自韩国':
the country (or body) named right after 来自 in the figure's own clause holds the figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from ..facts import Context


def source_after(ctx: Context, unit_end: int) -> str | None:
    c_end = ctx.clause(unit_end)[1] if unit_end < len(ctx.text) else unit_end
    reach = min(c_end, unit_end + int(ctx.data["source_reach"]))
    hit = rx.compile(ctx.data["source_after"]).match(ctx.text[unit_end:reach])
    if hit is None:
        return None
    a = unit_end + hit.end()
    names = [mm for mm in ctx.within(a, min(c_end, a + 40), ("COUNTRY", "ORG")) if mm.start == a]
    return ctx.name(max(names, key=lambda mm: mm.end)) if names else None
