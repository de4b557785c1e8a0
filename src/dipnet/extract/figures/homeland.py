"""The page's home country for the figures no sentence gives a holder: the country the page names
most; or, where the page never names its own country but only its places (…返回青岛某军港…参加
庆祝新西兰海军成立75周年: a Chinese fleet's page that names one foreign country), that country,
when its places are named more often than the most named country is."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # factcontext.py asks this module; the context type is only needed for hints
    from dipnet.model import Mention

    from .factcontext import Context


def page_home(ctx: Context) -> str | None:
    rank = ctx.country_rank
    if not rank:
        return None
    named = set(rank)
    places: dict[str, int] = {}
    for m in ctx.mentions:
        if m.type == "LOCATION" and (n := _place_country(ctx, m)) and n not in named:
            places[n] = places.get(n, 0) + 1
    top = 0  # how often the most named country is named (as country_rank weighs its mentions)
    for m in ctx.mentions:
        if m.type in ("COUNTRY", "ORG") and ctx.country_name(m) == rank[0]:
            top += 2 if m.type == "COUNTRY" and len(m.text) > 1 else 1
    unnamed = max(places, key=lambda n: places[n], default=None)
    return unnamed if unnamed and places[unnamed] > top else rank[0]


def _place_country(ctx: Context, m: Mention) -> str | None:
    """The country of a place the page names (a city or province), or None."""
    iso = ctx.country_of.get(m.entity_id or "")
    return (ctx.iso_name.get(iso) or kb_country(iso)) if iso else None


@lru_cache(maxsize=64)
def kb_country(iso: str) -> str | None:
    """The canonical name of the country with this ISO code in the knowledge base."""
    from dipnet.kb import load_kb

    e = load_kb().get(f"country:{iso}")
    return e.name if e else None


__all__ = ["kb_country", "page_home"]
