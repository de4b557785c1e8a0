"""Trade told with the partner only: '(越南外长表示,)今年前9个月,与日本的贸易额达300亿美元' names
one party after 与/同 and leaves the other out: the page's own country (or its brief's) is the other
one, and the pair holds the trade, in the page's order. The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:
    from .factcontext import Context


def partner_only(ctx: Context, pos: int, c_start: int) -> str | None:
    """The pair of the page's country and the partner a trade clause names alone before pos (in
    its clause, or a clause before it in the sentence: …进出口4.09万亿元,同比增长14%)."""
    s_start = ctx.sentence(pos)[0]
    found = None
    for hit in reversed(list(rx.compile(ctx.data["partner_trade"]).finditer(
            ctx.text, max(s_start, c_start - int(ctx.data["partner_trade_reach"])), pos))):
        partner = [m for m in ctx.within(hit.start(), hit.end(), ("COUNTRY", "ORG")) if m.start == hit.start() + 1
                   and (m.type == "COUNTRY" or m in ctx.international_bodies)]  # (与东盟的贸易: a body of no one country)
        if partner:  # (占同期我国外贸进出口总值: 同期 is no partner's joiner)
            found = (hit, partner[0])
            break
    if found is None or ctx.within(found[0].end(), pos, ("COUNTRY", "ORG")):
        return None  # (a party named after it, nearer the figure, holds it)
    hit, mate = found
    named = [m for m in ctx.within(ctx.after_speech(s_start, hit.start()), hit.start(), ("COUNTRY", "ORG"))
             if ctx.sector_of.get(m.entity_id) not in ctx.data["reporter_sectors"]]
    home = ctx.home_at(pos)
    if named or not home or ctx.name(mate) == home:
        return None  # (越南与日本贸易额: both named, the joined pair's)
    return ctx.pair_name([home, ctx.name(mate)])
