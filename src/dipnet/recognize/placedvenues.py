"""A venue read by rule with the place it lies in before it (华盛顿 + 布莱尔国宾馆, 首都摩加迪沙 + 半岛皇宫酒店,
日本 + 大阪威斯汀酒店) is named without that place, as a known venue is (万象瓦岱国际机场 is 瓦岱国际机场,
河内主席府 is 主席府): the place stays a name of its own, the page's form with it stays a mention, and the
venue told again without it is the same entity. A venue whose own words only say its kind (天津 + 迎宾馆,
开普敦 + 国际机场, 老街市 + 国际会议中心) keeps its place: that is its name, and the venue told again by its
kind alone (所罗门群岛国家体育场 … 国家体育场) is the same entity."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from dipnet.model import Mention
from dipnet.recognize.lexicon import Words, name_rules, read_word

if TYPE_CHECKING:
    from dipnet.recognize.mentions import Found

_PLACES = ("COUNTRY", "LOCATION")
_OWN = 2  # the venue's own characters before its kind's word, at least (布莱尔 + 国宾馆, 半岛皇宫 + 酒店)


@cache
def _kinds() -> Words:
    """The words of venues' kinds (国宾馆, 大酒店, 大厦, 国际机场: names.toml place_like_org_suffixes)."""
    return Words(name_rules().place_like_org_suffixes)


@cache
def _qualifiers() -> tuple[str, ...]:
    """Words that say a venue's kind, not which one (国际, 国家: names.toml venue_kind_qualifiers)."""
    words = read_word("venue_kind_qualifiers")
    return tuple(sorted(words, key=len, reverse=True))


def _only_kind(words: str) -> bool:
    """The words are only kind qualifiers, one after another (国际, 国家级 is not)."""
    while words:
        q = next((q for q in _qualifiers() if words.startswith(q)), None)
        if q is None:
            return False
        words = words[len(q):]
    return True


def placed_venues(found: Found) -> dict[str, str]:
    """The page's venues read by rule with a place right before them: the text as read -> the venue's
    name without that place (the longest place that opens it and leaves the venue words of its own)."""
    kinds = _kinds()
    unknown = [m for m in found.mentions if m.type == "LOCATION" and not m.kb_id]
    if not unknown:  # (no venue read by rule: nothing to name without its place)
        return {}
    starts = {m.start for m in unknown}
    places: dict[int, list[int]] = {}
    for p in found.mentions:
        # (a place that is itself a venue, 人民大会堂 + 东门外广场, names a part of it, not a venue in a city)
        if p.type in _PLACES and p.start in starts and p.end - p.start >= 2 \
                and not kinds.longest_ending(p.text, len(p.text)):
            places.setdefault(p.start, []).append(p.end)
    told = {m.text for m in unknown}
    out: dict[str, str] = {}
    for m in unknown:
        if m.start not in places:
            continue
        kind = kinds.longest_ending(m.text, len(m.text))
        cut = max((e for e in places[m.start] if e < m.end), default=m.start) - m.start
        own = m.text[cut:len(m.text) - kind]
        if not (kind and cut):
            continue
        if len(own) >= _OWN and own[:1].isalpha() and not _only_kind(own):  # (磨憨 + —磨丁…: two places' zone)
            out[m.text] = m.text[cut:]
        elif m.text[cut:] in told:  # 所罗门群岛国家体育场 … 国家体育场: the venue told again, named with its place
            out[m.text[cut:]] = m.text
    # the venue told without its place where the page told it with one too (日本 + 大阪威斯汀酒店, then
    # 大阪威斯汀酒店) is the name of that venue: it loses no more
    return {t: v for t, v in out.items() if t not in out.values()}


@cache
def _own_named_kinds() -> tuple[str, ...]:
    """Kinds of site that name none by their place alone (names.toml venue_kinds_needing_own_words)."""
    return tuple(read_word("venue_kinds_needing_own_words"))


def without_bare_bases(read: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """`read` without the sites that are a land, place or body and a kind of site only (美国 + 空军基地, 日本 +
    海军基地: a base of that country's forces, none named; 柬埔寨 + 云朗 + 海军基地 stays)."""
    kinds = _own_named_kinds()
    if not kinds:
        return read
    # the sites read by rule that end in such a kind: most pages have none, and the set of places goes unbuilt
    bare = [m for m in read if m.type == "LOCATION" and m.text.endswith(kinds)]
    if not bare:
        return read
    ends = {(p.start, p.end) for p in mentions if p.type in _PLACES or p.type == "ORG"}  # (美国空军 + 基地 too)
    gone = {id(m) for m in bare if any(m.text.endswith(w) and (m.start, m.end - len(w)) in ends for w in kinds)}
    return [m for m in read if id(m) not in gone] if gone else read
