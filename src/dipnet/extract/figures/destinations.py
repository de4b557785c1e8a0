"""Counts handed out over the places people go to: '6月份越南劳工出国工作人数当中,以赴台湾6074人最多,
其次为日本5338人,南韩则有673人' breaks the workers' count down by destination; the countries of
such a list are where they go, and hold none of the counts (the workers' own country does, told
before). So does a breakdown of people gone abroad to work (我国累计约有58万名出国务工人员,其中中国台湾23万人、
日本近25万人; …赴台湾就业的越南劳工人数为67121人;日本为27010人): its countries are where they work (fx15).
The words are in data/facts.toml (destination_markers, destination_list, outbound_people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.model import Mention

from .factwords import words

if TYPE_CHECKING:
    from .factcontext import Context


def in_destination_list(ctx: Context, mm: Mention, s_start: int, s_end: int) -> bool:
    """Whether the country mm is an item of a list of destinations in its sentence: the sentence ranks
    its items (最多) and marks one of them as where people go (赴台湾, 输往南韩), and mm heads its
    item (a count right after it, or a destination or ranking word right before it)."""
    if mm.type != "COUNTRY":
        return False
    text = ctx.text
    if text.startswith(words("trip_after"), mm.end):
        return True  # 此次美国之行签署合作项目的总金额: the country a trip goes to holds none of its figures
    if outbound_item(ctx, mm, s_start, s_end):
        return True
    if not rx.compile(ctx.data["destination_list"]).search(text, s_start, s_end):
        return False
    marked = [m for m in ctx.within(s_start, s_end, ("COUNTRY",))
              if text.endswith(words("destination_markers"), 0, m.start)]
    if not marked:
        return False
    return _count_follows(ctx, mm) or text.endswith(words("destination_markers") + words("destination_item_before"), 0, mm.start)


def _count_follows(ctx: Context, mm: Mention) -> bool:
    """A count follows the country right away (台湾23万人, 日本为27010人, 日本近25万人)."""
    return ctx.text[mm.end:mm.end + 4].lstrip(ctx.data["destination_count_lead"])[:1].isdigit()


def outbound_item(ctx: Context, mm: Mention, s_start: int, s_end: int) -> bool:
    """The country heads an item with its count, in a paragraph that tells, up to the country's
    sentence, of people gone abroad to work (出国务工人员, 劳务输出, 赴国外就业)."""
    if not _count_follows(ctx, mm):
        return False
    return rx.compile(ctx.data["outbound_people"]).search(ctx.text, ctx.lines.around(s_start)[0], s_end) is not None
