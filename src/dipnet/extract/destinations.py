"""Counts handed out over the places people go to: '6月份越南劳工出国工作人数当中,以赴台湾6074人最多,
其次为日本5338人,南韩则有673人' breaks the workers' count down by destination; the countries of
such a list are where they go, and hold none of the counts (the workers' own country does, told
before). The words are in data/facts.toml (destination_markers, destination_list)."""

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
    if not rx.compile(ctx.data["destination_list"]).search(text, s_start, s_end):
        return False
    marked = [m for m in ctx.within(s_start, s_end, ("COUNTRY",))
              if text.endswith(words("destination_markers"), 0, m.start)]
    if not marked:
        return False
    after = text[mm.end:mm.end + 3].lstrip(" 有则为约")
    return after[:1].isdigit() or text.endswith(words("destination_markers") + words("destination_item_before"), 0, mm.start)
