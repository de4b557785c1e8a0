"""Which of the parties a sentence names are the two sides of the relation its level word tells, and since when
(relations.py asks each rule where the level word's own sentence does not settle it):

- is_broken_off: a party relations are broken off with (与台湾断交) is no side of the relation told beside it;
- is_membership: a body told as the group a party belongs to (某国是某组织首个成员, 某组织核心大国) is no side of it;
- earlier_pair: 两国 in a sentence naming no party is the pair of the sentence right before it in the paragraph;
- pair_after: a level word with no party before it is of the pair its sentence names after it;
- kb_compound: two of the knowledge base's short forms side by side (中越, 越老), unmarked by the recognizer;
- page_compound: two short forms side by side (中巴, 马中) are each the one country the page names so
  (both read by the one scan, _side_by_side);
- opened_year: a date after 自/从 before the level word is when the relation was set up.
Words are in data/relations.toml (member_*, break_*, after_pair_joiners, page_compound_before, since_open_before).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from dipnet import rx
from dipnet.kb import load_kb
from dipnet.model import Mention

from .factcontext import Context
from .factpairs import pair_for
from .factwords import load_data


@lru_cache(maxsize=1)
def _member_tail() -> re.Pattern[str]:
    """What follows a body that a party is a member of: an optional bracketed alias ((ASEAN)), then an
    ordinal and a word of membership (首个成员, 核心大国) or 中 before a superlative (中最早, 中首个)."""
    data = load_data("relations.toml")
    alias = r"(?:[(（][^()（）]{1,20}[)）])?"
    ordinal = "(?:" + "|".join(re.escape(w) for w in data["member_ordinals"]) + ")?"
    member = "|".join(re.escape(w) for w in data["member_words"])
    among = "|".join(re.escape(w) for w in data["member_among"])
    # (the alias itself may be the mention read: 东协(ASEAN)中最早 holds ASEAN before ')中最早')
    return rx.compile(f"[)）]?{alias}(?:{ordinal}(?:{member})|(?:{among}))")


def is_membership(ctx: Context, m: Mention) -> bool:
    """A body told as the group a party belongs to (东盟首个成员, 欧盟核心大国, 在东协(ASEAN)中最早)."""
    return m.type == "ORG" and _member_tail().match(ctx.text, m.end) is not None


def is_broken_off(ctx: Context, m: Mention) -> bool:
    """A party the sentence breaks relations off with (与台湾断交, 断绝与某国的…外交关系): the side the tie
    ended with, no party to the relation told beside it."""
    breaks, joined = _break_words()
    if ctx.text.startswith(breaks, m.end):
        return True
    return ctx.text[max(0, m.start - 3):m.start].endswith(joined)


@lru_cache(maxsize=1)
def _break_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words breaking relations off, and each before each joiner (断交与): made once, not per mention."""
    data = load_data("relations.toml")
    breaks = tuple(data["break_words"])
    return breaks, tuple(w + j for w in breaks for j in data["break_joiners"])


def party_name(ctx: Context, m: Mention) -> str:
    """The party a mention names: a body's own name, not the pair a dash before it joins it to
    (中国—东盟…伙伴关系 has the parties 中国 and 东盟, not 中国 and '中国-东盟'), else its name in context."""
    if m.type == "ORG" and m.entity_id in ctx.names:
        return ctx.names[m.entity_id]
    return ctx.name(m)


def earlier_pair(ctx: Context, s_start: int) -> list[str] | None:
    """'某国总统…向某某致贺电…;…两国战略伙伴关系…', '今年是某两国建交N周年。…把两国…伙伴关系
    推上新高度': 两国 in a sentence that names no party is the pair of the sentence right before it in
    the paragraph (its compound, else its two parties, countries or the countries of its people), not
    the page's two most named."""
    line_start = ctx.lines.around(s_start)[0]
    if s_start - 1 <= line_start:
        return None
    a, _ = ctx.sentence(s_start - 1)
    a = max(a, line_start)
    comp = ctx.compound_before(a, s_start)
    if comp:
        return ctx.ordered(comp)
    named = [n for m in ctx.within(a, s_start, ("COUNTRY", "ORG")) if (n := ctx.country_name(m))]
    named += [n for m in ctx.within(a, s_start, ("PERSON",)) if (n := ctx.person_country(m))]
    found = list(dict.fromkeys(named))
    return ctx.ordered(found) if len(found) == 2 else None


def pair_after(ctx: Context, parties: list[Mention], q: int, s_end: int) -> list[str] | None:
    """'自某年建交以来,甲国与乙国的关系…', '在…伙伴关系基础上,两国…': a level
    word whose sentence names no party before it is of the pair named after it in the sentence
    (`parties`): two parties joined by 与/和/同, else a compound (越老), else 两国/双方 before any party
    (the sentence's pair, else the page's)."""
    joiners = set(load_data("relations.toml")["after_pair_joiners"])
    for x, y in zip(parties, parties[1:], strict=False):
        if ctx.text[x.end:y.start] in joiners and party_name(ctx, x) != party_name(ctx, y):
            return ctx.ordered([party_name(ctx, x), party_name(ctx, y)])
    comp = ctx.compound_before(q, s_end)
    if comp:
        return ctx.ordered(comp)
    first = min((m.start for m in parties), default=s_end)
    if any(0 <= ctx.text.find(w, q, first) for w in ctx.data["pair_markers"]):
        pair = pair_for(ctx, q, s_end)
        return pair if len(pair) == 2 else None
    return None


def opened_year(ctx: Context, a: int, p: int) -> str | None:
    """'自某年建立…伙伴关系以来', '从某年建交至今': the date a span opened by 自/从 starts at, in
    [a, p) before the level word: when the relation was set up (the facts' as-of leaves such a date
    out as a span's opening, not the time a figure holds)."""
    opens = tuple(load_data("relations.toml")["since_open_before"])
    found = [t for t in ctx.times.starting_in(a, p) if t.end <= p and t.value and t.explicit_year
             and t.kind not in ("duration", "anniversary") and ctx.text.endswith(opens, 0, t.start)]
    return found[-1].value if found else None


def _side_by_side(ctx: Context, a: int, p: int, ends: Iterable[int],
                  read: Callable[[Context, str, str], list[str] | None]) -> list[str] | None:
    """The one scan for two short forms side by side before a level word: at each of `ends` (closest
    first), the two characters before it, outside every name the recognizer found in [a, p) (文莱苏丹 holds
    no 苏丹 compound), that `read` takes for two countries."""
    text = ctx.text
    covered = {i for m in ctx.within(a, p) for i in range(m.start, m.end)}
    for end in ends:
        if {end - 2, end - 1} & covered:
            continue
        pair = read(ctx, text[end - 2], text[end - 1])
        if pair:
            return ctx.ordered(pair)
    return None


def _short_forms_pair(ctx: Context, x_char: str, y_char: str) -> list[str] | None:
    """Two of the knowledge base's short forms (中越, 越老) of two countries, at least one unambiguous, both
    countries the page names."""
    kb = load_kb()
    shorts = kb.short_forms()
    x, y = shorts.get(x_char), shorts.get(y_char)
    if not (x and y) or x[0] == y[0] or (x[1] and y[1]):
        return None
    ex, ey = kb.get(x[0]), kb.get(y[0])
    if ex and ey and ex.name in ctx.country_rank and ey.name in ctx.country_rank:
        return [ex.name, ey.name]
    return None


def _page_named_pair(ctx: Context, x_char: str, y_char: str) -> list[str] | None:
    """Two characters each opening the name of one country the page names, two different ones."""
    x, y = _page_country(ctx, x_char), _page_country(ctx, y_char)
    return [x, y] if x and y and x != y else None


def kb_compound(ctx: Context, a: int, p: int) -> list[str] | None:
    """Two short country forms side by side (中越, 越老) closest before the level name, when the
    recognizer left them unmarked: at least one unambiguous, both countries the page names, and
    not inside a name the recognizer found (文莱苏丹 holds no 苏丹 compound)."""
    return _side_by_side(ctx, a, p, range(p, a + 1, -1), _short_forms_pair)


def page_compound(ctx: Context, a: int, p: int) -> list[str] | None:
    """'今年是中巴建交70周年' on a page naming 巴基斯坦, '马中关系良好,…全面战略伙伴关系…' on one naming
    马来西亚: two short forms side by side before the level word, followed by it or by a word of the pair
    (关系, 两国), where both could stand for several countries, are each the one country the page names
    whose name opens with it; the closest such pair before the level word."""
    if p < a + 2:
        return None
    text = ctx.text
    # the ends tried, closest first: p, and each place in [a + 2, p) a word of the pair starts at
    ends = {p}
    for w in load_data("relations.toml")["page_compound_before"]:
        i = text.find(w, a + 2, p - 1 + len(w))
        while i >= 0:
            ends.add(i)
            i = text.find(w, i + 1, p - 1 + len(w))
    return _side_by_side(ctx, a, p, sorted(ends, reverse=True), _page_named_pair)


def _page_country(ctx: Context, char: str) -> str | None:
    """The one country the page names whose name opens with this character (巴 -> 巴基斯坦), if one."""
    named = [n for n in ctx.country_rank if n.startswith(char)]
    return named[0] if len(named) == 1 else None
