"""'去年来台旅客达1069万人次', '访越国际游客达1500万人次': a count of visitors told by where they come
(来台, 访越, 赴华) with no party named before it in its clause is the arrivals of that country, the
one the short form after the verb of coming names; not the page's main country. Words are in
data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.kb import load_kb

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def arrivals_country(ctx: Context, pos: int) -> str | None:
    """The country whose arrivals the count of visitors at pos is, by 来台/访越/赴华 before it in
    its clause; None where the clause names a party before those words or tells none."""
    c_start = ctx.clause(pos)[0]
    hits = list(rx.compile(ctx.data["arrivals_before"]).finditer(ctx.text, c_start, pos))
    if not hits:
        return None
    hit = hits[-1]
    if ctx.within(c_start, hit.start(), ("COUNTRY",)):
        return None  # 中国来台旅客: the country named holds, as before
    short = load_kb().short_forms().get(hit.group(1))
    entry = load_kb().get(short[0]) if short else None
    return entry.name if entry and entry.type == "COUNTRY" else None
