"""Two parties named together as the holder of a figure: '越南与日本贸易额' (a measure the two
hold together), '中国与老挝签署3份合作文件' (a count of what the two did together), and the
parties a later 双边/两国 points back to in the same sentence ('重庆与越南…,双边贸易额42亿美元'),
in the order the sentence writes them. The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .codes import any_of
from .factwords import words

if TYPE_CHECKING:  # facts.py imports holders, which imports this module; hints only
    from .facts import Context


def joined_parties(ctx: Context, a: int, b: int, places: bool = False) -> list[str] | None:
    """The last two parties in [a, b) joined by 与/和/同 (X与Y), as written: countries and bodies,
    and places where asked (a locality paired with a country: 重庆与越南)."""
    types = ("COUNTRY", "ORG", "LOCATION") if places else ("COUNTRY", "ORG")
    ms = [m for m in ctx.within(a, b, types) if ctx.country_name(m) or m.type != "COUNTRY"]
    for x, y in zip(reversed(ms[:-1]), reversed(ms[1:]), strict=False):
        if ctx.text[x.end:y.start] in ctx.data["pair_joiners"]:
            first = ctx.country_name(x) if x.type != "LOCATION" else None
            second = ctx.country_name(y) if y.type != "LOCATION" else None
            pair = [first or ctx.name(x), second or ctx.name(y)]
            if pair[0] != pair[1]:
                return pair
    return None


def joined_pair(ctx: Context, c_start: int, c_end: int, kind: str) -> str | None:
    """'越南与日本贸易额', '中国和东盟双边贸易': two parties joined by 与/和/同 before a measure that
    two parties hold together (trade between them), or before a joint act where the figure counts
    what was done (中国与老挝签署3份合作文件), hold it as a pair."""
    seg = ctx.text[c_start:c_end]
    joint = bool(any_of(words("joint_measures")).search(seg)) or \
        kind == "count" and bool(any_of(words("joint_acts")).search(seg))
    if not joint:
        return None
    pair = joined_parties(ctx, c_start, c_end)
    return ctx.pair_name(pair) if pair else None
