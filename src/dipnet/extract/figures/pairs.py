"""Two parties named together as the holder of a figure: '越南与日本贸易额' (a measure the two
hold together), '中国与老挝签署3份合作文件' (a count of what the two did together), and the
parties a later 双边/两国 points back to in the same sentence ('重庆与越南…,双边贸易额42亿美元'),
in the order the sentence writes them. The words are in data/facts.toml."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet import rx
from dipnet.model import Mention

from ..common.codes import any_of
from .factwords import words

if TYPE_CHECKING:  # facts.py imports holders, which imports this module; hints only
    from ..facts import Context


def joined_parties(ctx: Context, a: int, b: int, places: bool = False) -> list[str] | None:
    """The last two parties in [a, b) joined by 与/和/同 (X与Y), as written: countries, bodies,
    provinces and cities, and any place where asked (a locality paired with a country: 重庆与越南)."""
    ms = [m for m in ctx.within(a, b, ("COUNTRY", "ORG", "LOCATION"))
          if (ctx.country_name(m) or m.type != "COUNTRY")
          and (m.type != "LOCATION" or places or _administrative(ctx, m))]
    # each party as (start, end, name); '日本大阪市': a country right before its city qualifies it
    parties: list[tuple[int, int, str]] = []
    last: Mention | None = None
    for m in ms:
        name = (ctx.country_name(m) if m.type != "LOCATION" else None) or ctx.name(m)
        if last is not None and last.type == "COUNTRY" and m.type == "LOCATION" and last.end == m.start:
            parties[-1] = (parties[-1][0], m.end, name)
        else:
            parties.append((m.start, m.end, name))
        last = m
    # '中国同阿拉伯国家', '非洲国家': a group of countries named by its region is a party as written
    # (over the region it is named by)
    for hit in rx.compile(ctx.data["group_party"]).finditer(ctx.text[a:b]):
        s, e = a + hit.start(), a + hit.end()
        parties = [p for p in parties if not (p[0] < e and s < p[1])] + [(s, e, hit.group())]
    parties.sort()
    for x, y in zip(reversed(parties[:-1]), reversed(parties[1:]), strict=False):
        if ctx.text[x[1]:y[0]] in ctx.data["pair_joiners"] and x[2] != y[2]:
            return [x[2], y[2]]
    return None


def _administrative(ctx: Context, m: Mention) -> bool:
    """A province or city (its name ends in, or is followed by, 省, 市…): a locality that can be a party."""
    suffixes = tuple(ctx.data["admin_suffixes"])
    return m.text.endswith(suffixes) or ctx.text.startswith(suffixes, m.end)


def joined_pair(ctx: Context, c_start: int, c_end: int, kind: str) -> str | None:
    """'越南与日本贸易额', '中国和东盟双边贸易': two parties joined by 与/和/同 before a measure that
    two parties hold together (trade between them), or before a joint act where the figure counts
    what was done (中国与老挝签署3份合作文件), hold it as a pair."""
    seg = ctx.text[c_start:c_end]
    joint = bool(any_of(words("joint_measures")).search(seg)) or \
        kind == "count" and bool(any_of(words("joint_acts")).search(seg))
    if not joint:
        return None
    pair = joined_parties(ctx, c_start, c_end, places=True)
    return ctx.pair_name(pair) if pair else None
