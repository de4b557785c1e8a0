"""Which of the parties a sentence names are the two sides of the relation its level word tells.

- A body named as the group a party belongs to (泰国是东盟首个成员与越南建立…, 法国是…欧盟核心大国,
  也是…同新中国正式建交, 新加坡是越南在东协中最早建立…的国家) is no side of it.
Words are in data/relations.toml (member_*).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet import rx
from dipnet.model import Mention

from .facts import Context, load_data


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



def earlier_pair(ctx: Context, s_start: int) -> list[str] | None:
    """'意大利总统…向阮富仲致贺电…;相信在两国战略伙伴关系…', '今年也是越中建交65周年。这是把两国…伙伴关系
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
