"""Where a province or city stands first in its clause though words stand before it (fx15, issue 13):
a wire's dateline or a paper's source tag (越通社芹苴——同塔省接待游客…, 〔本报消息〕坚江省…: no words of
the clause), a region the place lies in or a blow it suffered (位于湄公河三角洲地区的同塔省…, 遭受第四号台风
影响的山罗省…), and the place owning a country-wide word (胡志明市的国内游客: the city's domestic
visitors, not the country's). Words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def clause_head(ctx: Context, a: int, pos: int) -> int:
    """Where the clause text[a:pos] really opens: after a dateline (a reporting agency, its place,
    a dash) or a paper's source tag (〔本报消息〕), and after a region qualifying the place at pos
    (位于…地区的, 同样在…地区的)."""
    data, text = ctx.data, ctx.text
    for mark in data["dateline_marks_after"][:2]:  # the dashes (电 ends no dateline before a place)
        k = text.rfind(mark, a, pos)
        if k != -1 and any(ctx.sector_of.get(m.entity_id) in data["reporter_sectors"]
                           for m in ctx.within(a, k, ("ORG",))):
            a = k + len(mark)
            break
    tag = rx.compile(data["source_tag"]).match(text, a, pos)  # 〔本报消息〕坚江省…: a paper's own source tag
    a = tag.end() if tag else a
    hit = rx.compile(data["region_of_place"]).match(text, a, pos)
    return hit.end() if hit and hit.end() == pos else a


def owned_home(ctx: Context, at: int) -> bool:
    """A party ends right before the country-wide word at `at`, or before a 的 linking them
    (中国国内游客, 胡志明市的国内游客): the party named holds, not the page's country."""
    if ctx.ending_at.get(at):
        return True
    link = next((w for w in ctx.data["home_owner_links"] if ctx.text.endswith(w, 0, at)), None)
    return link is not None and any(m.type in ("COUNTRY", "LOCATION") for m in ctx.ending_at.get(at - len(link), ()))
