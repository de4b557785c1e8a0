"""'肆虐菲律宾…的超级台风已经袭击越南,目前至少造成27人死亡', '颱風橫掃越南沿海地區…已確認至少5人
喪生': the people a disaster or an attack kills, hurts or drives out, and the houses and boats it
wrecks, are the party it struck, the one named right after the last verb of striking before the
figure in its paragraph; not the party the sentence names first nor the page's main country.
Words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx

from ..common.codes import any_of
from .factwords import words

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context

_PLACES = ("COUNTRY", "LOCATION")


def struck_party(ctx: Context, pos: int, unit_end: int) -> str | None:
    """The party struck by what the figure at pos tells the toll of (a casualty or damage word
    after it in its clause), where its own clause names no place before it; else None."""
    text = ctx.text
    c_start, c_end = ctx.clause(pos)
    toll = any_of(words("toll_words"))
    if not toll.search(text, unit_end, c_end) and not toll.search(text, c_start, pos):
        return None
    if any(mm.start == unit_end for mm in ctx.within(unit_end, unit_end + 8, ("COUNTRY",))):
        return None  # 在土耳其地震中遇难的3名新加坡人: people of a nation named right after them are its own
    own = ctx.within(c_start, pos, _PLACES + ("ORG",))
    if own:  # 在泰国造成的死亡人数已升至31人, 在菲律宾造成300人死亡: the place the toll was taken in, where the clause names one
        at = [m for m in own if m.type in _PLACES and text.endswith(words("toll_place_before"), 0, m.start)]
        told = at and (toll.search(text, at[-1].end, pos) or toll.search(text, unit_end, c_end))
        return (ctx.country_name(at[-1]) or ctx.name(at[-1])) if told else None
    a = ctx.lines.around(pos)[0]
    for hit in reversed(list(rx.compile(ctx.data["strike_verb"]).finditer(text, a, pos))):
        object_end = ctx.clause(hit.end())[1]
        ms = ctx.within(hit.end(), min(object_end, hit.end() + int(ctx.data["struck_reach"])), _PLACES)
        if not ms or ms[0].start != hit.end():
            continue  # (襲擊該國: no name right after the verb; the strike told before names it)
        last = ms[-1] if ctx.text[ms[0].end:ms[-1].start].endswith("的") else ms[0]
        if ctx.within(last.end, pos, _PLACES):
            return None  # (横扫越南…在菲律宾造成…,另有109人失踪: a place named since holds it)
        return ctx.country_name(last) or ctx.name(last)  # (胡志明市南部的湄公河地区: the place the phrase heads)
    return None
