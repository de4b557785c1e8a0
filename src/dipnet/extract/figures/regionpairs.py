"""A pair a figure's sentence writes as a country's one character beside a region's, which the
recognizer marks as no party (越欧双边贸易额, 中欧双边贸易总值: 越南-欧盟, 中国-欧盟), not the
page's two most named countries; and a pair written 2国 (for 两国), which counts nothing. Words are
in data/facts.toml, the regions' characters in the KB (region_short.tsv)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.kb import load_kb

from .factwords import words

if TYPE_CHECKING:  # the context type is only needed for hints
    from .factcontext import Context


def region_pair(ctx: Context, c_start: int, pos: int) -> str | None:
    """The pair of the last 'country character + region character' before a pair word in
    [c_start, pos) (越欧双边, 中欧贸易), the region by the name the page uses (欧盟, else 欧洲)."""
    text = ctx.text
    found = None
    for hit in _compound().finditer(text, c_start, pos):
        country = _country_char(ctx, hit.start(1))
        if country:
            names = load_kb().region_short_forms()[hit.group(2)][0]
            region = next((n for n in names if n in text), names[0])
            found = ctx.pair_name([country, region])
    return found


@cache
def _compound() -> re.Pattern[str]:
    """Any character, a region's character (the KB's region_short.tsv), then a pair word (region_pair_words)."""
    regions = "|".join(map(re.escape, load_kb().region_short_forms()))
    return rx.compile(rf"(\S)({regions})(?={'|'.join(map(re.escape, words('region_pair_words')))})")


def two_for_the_pair(ctx: Context, m: re.Match[str], unit_end: int) -> bool:
    """'展现2国致力维持…', '2国关系': a 2 written before 国 where a pair is meant (两国, as Taiwanese
    outlets print it), a word of the pair's acts or ties right after it; no count of countries."""
    return m.group() == "2" and ctx.text[m.end():unit_end] in ctx.data["pair_two_units"] \
        and ctx.text.startswith(words("pair_two_after"), unit_end)


def _country_char(ctx: Context, i: int) -> str | None:
    """The country a one-character short form at i names, unless it ends a longer name (欧 in 中欧
    is the region; 中 in 华中 is no country)."""
    if any(m.start < i < m.end or m.start < i and m.end == i + 1 for m in ctx.within(max(0, i - 8), i + 1, ("COUNTRY", "ORG", "LOCATION"))):
        return None
    short = load_kb().short_forms().get(ctx.text[i])
    entry = load_kb().get(short[0]) if short else None
    if entry is None or entry.type != "COUNTRY" or short is None:
        return None
    return entry.name if not short[1] or ctx.text.startswith(words("region_pair_words"), i + 2) else None
