"""Trade told with the partner only: '(越南外长表示,)今年前9个月,与日本的贸易额达300亿美元' names
one party after 与/同 and leaves the other out: the page's own country (or its brief's) is the other
one, and the pair holds the trade, in the page's order. The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:
    from .factcontext import Context


def partner_only(ctx: Context, pos: int, c_start: int) -> str | None:
    """The pair of the page's country and the partner a trade clause names alone before pos."""
    hit = rx.compile(ctx.data["partner_trade"]).search(ctx.text, c_start, pos)
    if hit is None:
        return None
    s_start = ctx.sentence(pos)[0]
    named = [m for m in ctx.within(ctx.after_speech(s_start, hit.start()), hit.start(), ("COUNTRY", "ORG"))
             if ctx.sector_of.get(m.entity_id) not in ctx.data["reporter_sectors"]]
    partner = [m for m in ctx.within(hit.start(), hit.end(), ("COUNTRY", "ORG")) if m.start == hit.start() + 1
               and (m.type == "COUNTRY" or m in ctx.international_bodies)]  # (与东盟双边贸易总值: a body of no one country)
    home = ctx.home_at(pos)
    if named or not partner or not home or ctx.name(partner[0]) == home:
        return None  # (越南与日本贸易额: both named, the joined pair's)
    return ctx.pair_name([home, ctx.name(partner[0])])
