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

