"""The two parties a figure told for '两国' or '双边' is of: the countries named in its stretch of
text, else the page's two most named; on the page's own terms: the outlet's country first, else the
order the paragraph, then the page, first writes them in (越中, 中国、柬埔寨双方), else the country it names most. Read by the facts' holders and
the relations' pairs through the page's Context."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dipnet.kb import load_kb

from .factwords import words
from .pairs import joined_parties

if TYPE_CHECKING:  # the context type is only needed for hints (factcontext imports nothing from here)
    from .factcontext import Context


def pair_for(ctx: Context, a: int, b: int) -> list[str]:
    """The two parties of '两国/双边' in [a, b): the countries named there, else the page's two."""
    named = [c for m in ctx.within(a, b, ("COUNTRY", "ORG")) if (c := ctx.country_name(m))
             and ctx.sector_of.get(m.entity_id) not in ctx.data["reporter_sectors"]]  # (在其脸书上说: no party)
    found = list(dict.fromkeys(named))
    if len(found) < 2:  # '洪森说,习近平承诺…,双方还同意…': the countries of the sentence's people
        s_start, s_end = ctx.sentence(a)
        people = [c for m in ctx.within(s_start, s_end, ("PERSON",)) if (c := ctx.person_country(m))]
        found = list(dict.fromkeys(found + people))
    if len(found) >= 2:
        found.sort(key=lambda n: ctx.country_rank.index(n) if n in ctx.country_rank else 99)
        return ctx.ordered(found[:2])
    for n in ctx.party_rank:
        if n not in found:
            found.append(n)
        if len(found) == 2:
            break
    return ctx.ordered(found)


def page_parties(ctx: Context) -> list[str]:
    """The page's countries by how often they are named, with the blocs that deal as one side (东盟,
    欧盟: facts.toml pair_bodies) counted as a country named in full (fc7): on a page of China and
    ASEAN, '双边贸易额' in a sentence naming neither is theirs, not China's alone. Read once a page
    (Context.party_rank)."""
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.type not in ("COUNTRY", "ORG"):
            continue
        if n := ctx.country_name(m):  # (as country_rank counts them)
            counts[n] = counts.get(n, 0) + (2 if m.type == "COUNTRY" and len(m.text) > 1 else 1)
        for part in ctx.name(m).split("-") if m.type == "ORG" else ():  # (中国—东盟 names the pair: its bloc counts too)
            if part in ctx.data["pair_bodies"]:
                counts[part] = counts.get(part, 0) + 2
    if not any(n in ctx.data["pair_bodies"] for n in counts):
        return ctx.country_rank
    return sorted(ctx.country_rank + [n for n in counts if n not in ctx.country_rank], key=lambda n: -counts.get(n, 0))


def pair_in_page(ctx: Context, a: int, b: int, sides: list[str] | None = None) -> list[str]:
    """The two parties of '两国', '双边' in [a, b) (pair_for's, or a country and a body of no
    one country the sentence names: 东盟是中国最大贸易伙伴,双边贸易额…), in the page's own
    framing: the outlet's country first (越南 on a .vn page), else the order the paragraph, then the
    page, first writes the pair in (越中, 中国、柬埔寨双方: the headline, mostly), else the order the
    sentence names them in, 越南 and 中国 first, else the country the page names most first. The
    `sides` of a meeting told (meetingsides.py), where given, are the pair, in the paragraph's order,
    else in the meeting's (the page's first order is of other sentences)."""
    bodies = {ctx.name(m) for m in ctx.within(a, b, ("ORG",)) if m in ctx.international_bodies}
    named = list(dict.fromkeys(
        n for m in ctx.within(a, b, ("COUNTRY", "ORG"))
        if ctx.sector_of.get(m.entity_id) not in ctx.data["reporter_sectors"]
        and (n := ctx.country_name(m) or (ctx.name(m) if ctx.name(m) in bodies else None))))
    # '东盟是中国最大贸易伙伴,双边贸易额…': a body of no one country is a party like a country
    pair = sides or (named if len(named) == 2 and bodies & set(named) else pair_for(ctx, a, b))
    if len(pair) == 2:
        x, y = pair
        own = ctx.outlet_country  # the outlet's own country first (越南-俄罗斯 on a .vn page that writes 俄越)
        if own in pair:
            return [own, y if own == x else x]
        if written := _written_order(ctx, x, y, ctx.lines.around(a), page=not sides):
            return written
        if sides:  # (not the page's order: the meeting told here orders its sides, the one who meets first)
            return pair
        if set(named[:2]) == set(pair) and not set(pair) & set(ctx.data["pair_order"]):
            return named[:2]  # else as the sentence writes them (泰国、柬埔寨双方), 越南 and 中国 first
    if set(pair) & set(ctx.data["pair_order"]):
        return ctx.ordered(pair)
    rank = ctx.country_rank
    return sorted(pair, key=lambda n: rank.index(n) if n in rank else len(rank))


def _written_order(ctx: Context, x: str, y: str, para: tuple[int, int], page: bool = True) -> list[str] | None:
    """The order the page writes x and y in: as its paragraph para writes them first (洪森说,柬越…),
    else (where `page`) as the page first writes them (its headline, mostly); None where it never
    writes them so."""
    ahead, behind = ctx.compounds.get((x, y), []), ctx.compounds.get((y, x), [])
    for lo, hi in (para, (0, len(ctx.text) + 1))[:2 if page else 1]:
        first_xy = next((e for e in ahead if lo < e <= hi), None)
        first_yx = next((e for e in behind if lo < e <= hi), None)
        if first_xy is not None or first_yx is not None:
            return [x, y] if first_yx is None or first_xy is not None and first_xy < first_yx else [y, x]
    return None


def written_pairs(ctx: Context) -> dict[tuple[str, str], list[int]]:
    """Where the page writes each pair of parties, in the order written: a compound (越俄, 中越) or two
    parties joined by a word of pairing before a word of the pair (中国、柬埔寨双方, 泰国与越南之间; not
    two of a longer list, nor 澳大利亚与新加坡军队). Read once a page (Context.compounds)."""
    found: list[tuple[int, str, str]] = []
    for end in sorted(set(ctx.ending_at) | short_compound_ends(ctx)):
        if pair := ctx.compound_at(end):
            found.append((end, pair[0], pair[1]))
    joiners, listed = tuple(ctx.data["written_pair_joiners"]), tuple(ctx.data["written_pair_list_marks"])
    after = tuple(ctx.data["compound_pair_words"]) + tuple(ctx.data["written_pair_after"])
    parties = [m for m in ctx.mentions if m.type in ("COUNTRY", "LOCATION") and len(m.text) > 1]
    for m, n in zip(parties, parties[1:], strict=False):
        if ctx.text[m.end:n.start] in joiners and not ctx.text.endswith(listed, 0, m.start) \
                and ctx.text.startswith(after, n.end) and (x := ctx.name(m)) != (y := ctx.name(n)):
            found.append((n.end, x, y))
    out: dict[tuple[str, str], list[int]] = {}
    for end, x, y in sorted(found):
        out.setdefault((x, y), []).append(end)
    return out


def short_compound(ctx: Context, pos: int) -> list[str] | None:
    """Two short country forms side by side ending at pos (马中两国, 中澳双边贸易) where the
    recognizer marked one or neither: both countries the page names in full, not inside a longer
    name, and one of them unambiguous or the pair followed by a word of the pair (两国, 双边)."""
    if pos < 2:
        return None
    kb = load_kb()
    shorts = kb.short_forms()
    x, y = shorts.get(ctx.text[pos - 2]), shorts.get(ctx.text[pos - 1])
    if not (x and y) or x[0] == y[0]:
        return None
    near = ctx.within(max(0, pos - 12), pos + 12, ("COUNTRY", "ORG", "PERSON", "LOCATION"))
    if any(m.end - m.start > 1 and m.start < pos and m.end > pos - 2 for m in near):
        return None  # (马来西亚, 新加坡: inside a name the recognizer found)
    if x[1] and y[1] and not ctx.text.startswith(words("compound_pair_words"), pos):
        return None  # (中新社, 新中国: two ambiguous forms make a pair only before 两国, 双边)
    ex, ey = kb.get(x[0]), kb.get(y[0])
    if not (ex and ey and ex.name in ctx.country_rank and ey.name in ctx.country_rank):
        return None
    return [ex.name, ey.name]


_PAIRED: dict[int, tuple[object, re.Pattern[str]]] = {}  # the knowledge base's id -> (it, its pattern)


def _paired_shorts() -> re.Pattern[str]:
    """Where two one-character short country forms stand side by side (a lookahead: every such place,
    overlapping ones too), for the one knowledge base; built once."""
    kb = load_kb()
    kept = _PAIRED.get(id(kb))
    if kept is None or kept[0] is not kb:
        one = "[" + "".join(re.escape(c) for c in sorted(k for k in kb.short_forms() if len(k) == 1)) + "]"
        kept = _PAIRED[id(kb)] = (kb, re.compile(f"(?={one}{one})" if one != "[]" else r"(?!)"))
    return kept[1]


def short_compound_ends(ctx: Context) -> set[int]:
    """The ends of two short country forms side by side the recognizer did not both mark (the places found
    by one regex pass, not a Python loop over the page's characters: sp22)."""
    ending = ctx.ending_at
    return {i + 2 for m in _paired_shorts().finditer(ctx.text) if (i := m.start()) + 2 not in ending}


def short_form_pair(ctx: Context, name: str) -> str:
    """A holder the recognizer read from a short form that is a pair on this page (中非贸易 on a page
    that names 非洲 and never writes 中非共和国: 中国-非洲), else the holder itself."""
    spec = ctx.data["short_form_pairs"].get(name)
    if not spec or name in ctx.text or spec["short"] not in ctx.text or spec["party"] not in ctx.text:
        return name
    return str(spec["pair"])


def years_pair(ctx: Context, pos: int) -> str | None:
    """'50年来,两国之间的友好与合作一直…': a span of years whose clause goes on with 两国/双方
    before any party is the pair's, the two the paragraph names."""
    s_start, s_end = ctx.sentence(pos)
    unit_end = ctx.text.find("年", pos, s_end) + 1
    if not unit_end:
        return None
    after = ctx.text[unit_end:s_end]
    first = min((m.start for m in ctx.within(unit_end, s_end, ("COUNTRY", "ORG"))), default=s_end) - unit_end
    marker = min((i for w in ctx.data["pair_markers"] if (i := after.find(w)) != -1), default=-1)
    if not 0 <= marker < min(first, int(ctx.data["years_pair_reach"])):
        return None
    pair = pair_in_page(ctx, ctx.lines.around(pos)[0], s_end)
    return ctx.pair_name(pair) if len(pair) == 2 else None


def joined_sides(ctx: Context, a: int, b: int) -> list[str] | None:
    """The two parties joined by 与/和 in [a, b) (places too: 重庆与越南), unless one is a place
    right after a word of location, where the sides met rather than a side ('在北京人民大会堂与
    中国总理李强举行会谈,双方签署9份文件': the hall is no party; the countries named are)."""
    pair = joined_parties(ctx, a, b, places=True)
    if pair:
        venue_before = tuple(words("venue_before"))
        for m in ctx.within(a, b, ("LOCATION",)):
            if ctx.name(m) in pair and ctx.text.endswith(venue_before, a, m.start):
                return None
    return pair
