"""Countries counted among those attending a meeting: '来自世界28个国家和地区的知名人士…出席了开幕式',
'50个同中国建交的非洲国家部长…出席开幕式', '来自40余个非洲国家的政要…参加了本次会议'. With no party
right before the number to own them (两国20个边境省份的代表: the pair's), the countries are the
meeting's: the one named right after the verb of attending, else the last the article named before
(its full name, over a quoted head: “21世纪论坛”2010年会议). Words: data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .attendance import host_or_name, quoted_head
from .factwords import words
from .unnamed import article_start

if TYPE_CHECKING:  # nonparty.py imports this module; the context type is only needed for hints
    from ..facts import Context


def countries_at_meeting(ctx: Context, pos: int) -> str | None:
    """The meeting that holds a count of countries at pos whose people its clause says attend."""
    data = ctx.data
    c_start, c_end = ctx.clause(pos)
    counted = rx.compile(data["represented_count_at"]).match(ctx.text, pos, c_end)
    if counted is None or not any_of(words("represented_verbs")).search(ctx.text, counted.end(), c_end):
        return None
    if ctx.ending_at.get(pos) or ctx.text.endswith(words("represented_owner_before"), 0, pos):
        return None  # 两国20个边境省份, 越南34个省市: the owner's
    a = article_start(ctx, pos)
    named = None
    for hit in rx.compile(data["conference"]).finditer(ctx.text, a, pos):
        if hit.group().startswith(tuple(data["anaphors"])) or ctx.text.startswith(tuple(data["not_meeting_after"]), hit.end()):
            continue
        if any(m.start <= hit.start() and hit.end() < m.end for m in ctx.within(max(a, hit.start() - 30), hit.end(), ("ORG",))):
            continue  # 中国人民政治协商会议全国委员会: the body
        named = hit.group()
    if named is None:
        return None
    return host_or_name(ctx, rx.compile("[—–]").sub("-", quoted_head(ctx, named, pos)), pos)
