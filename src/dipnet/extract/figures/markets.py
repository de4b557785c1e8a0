"""Visitors counted for a region (fx12): in a list of source markets, a region (亚洲, 欧洲, 东北亚)
told as the subject of the count (亚洲仍占第一位为1290万人次, 赴越南旅游的亚洲游客最多,约达1207万
人次) holds it, where no party is named between it and the number. The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .factwords import load_data

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from .factcontext import Context
    from .quantities import UnitWord


def region_market(ctx: Context, pos: int, u: UnitWord, unit_end: int) -> str | None:
    """The region whose visitors the number counts, in Simplified script, or None."""
    if u.kind != "person":
        return None
    text = ctx.text
    data = load_data("facts.toml")
    s_start, s_end = ctx.sentence(pos)
    if not (text.startswith(tuple(data["visitor_units"]), unit_end)
            or any(w in text[s_start:s_end] for w in data["visitor_words"])):
        return None
    regions: dict[str, str] = data["source_regions"]
    best = None
    for w in regions:
        k = text.rfind(w, s_start, pos)
        if k != -1 and (best is None or k > best[0]):
            best = (k, w)
    if best is None or ctx.within(best[0] + len(best[1]), pos, ("COUNTRY", "ORG", "PERSON")):
        return None
    if text.endswith(tuple(data["trip_verbs_before"]), 0, best[0]):
        return None  # (中国游客赴东南亚旅游…: where the visitors go, not where they come from)
    return regions[best[1]]
