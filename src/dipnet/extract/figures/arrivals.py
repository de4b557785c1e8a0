"""'去年来台旅客达1069万人次', '访越国际游客达1500万人次': a count of visitors told by where they come
(来台, 访越, 赴华) with no party named before it in its clause is the arrivals of that country, the
one the short form after the verb of coming names; not the page's main country. Words are in
data/facts.toml.
'越南接待柬埔寨游客21.2万人次': visitors of one country received by another are a flow between the
two, so the pair holds the count (received_pair)."""

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


def received_pair(ctx: Context, pos: int) -> str | None:
    """'越南接待柬埔寨游客量达21.2万人次', '泰国迎来中国游客300万人次': the country that receives
    (the last party before the verb in the clause) and the country the visitors come from (right
    after the verb, right before the word for visitors) as a pair, the receiver first; None where
    the clause names no such two."""
    data = ctx.data
    c_start = ctx.clause(pos)[0]
    hits = list(rx.compile(data["received_visitors"]).finditer(ctx.text, c_start, pos))
    if not hits:
        return None
    hit = hits[-1]
    parties = ctx.within(c_start, pos, ("COUNTRY", "ORG", "LOCATION"))
    source = next((m for m in parties if m.start == hit.start("from") and m.end == hit.end("from")), None)
    hosts = [m for m in parties if m.end <= hit.start()]
    if source is None or not hosts:
        return None
    host, src = ctx.country_name(hosts[-1]) or ctx.name(hosts[-1]), ctx.country_name(source)
    return ctx.pair_name([host, src]) if src and host and host != src else None
