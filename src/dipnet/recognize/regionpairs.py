"""A country's short form and a region's one character before a word of relations (中非关系, 中拉合作,
中非友好合作精神) name the country and the region: 中非 there is China and Africa, not the Central
African Republic the two characters also spell."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention, in_order
from dipnet.recognize.lexicon import name_rules, read_word

# the short forms that keep their country whatever the page names (中): the pairs are read after these
# and after forms of one country only (卢拉 + 会谈 is a name, no Luxembourg and Latin America)
_KEPT = str(read_word("kept_short_forms"))


def region_pairs(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """The mentions with each pair of a country's short form and a region's character before a word of
    relations read as the country and the region; a country the pair spells is dropped there, and a
    longer name that holds the pair (中非合作论坛) stands."""
    regions = {ch: place for ch, (_, place) in kb.region_short_forms().items() if place}
    context = name_rules().compound_context
    if not regions or context is None:
        return mentions
    shorts = kb.short_forms()
    out = list(mentions)
    for ch, region in regions.items():
        k = text.find(ch, 1)
        read: set[str] = set()  # the pairs read before a word of relations
        while k != -1:
            first = shorts.get(text[k - 1])
            # (after 中, or a form of one country only: 越非经贸 is Vietnam and Africa — kb.region_in_pair —
            # but 卢拉 + 会谈 a name)
            if first is not None and (text[k - 1] in _KEPT or not first[1]) and kb.region_in_pair(text[k - 1:k + 1]) \
                    and context.at(text, k + 1) is not None:
                out = _read_pair(text, k, first[0], region, out, kb)
                read.add(text[k - 1:k + 1])
            k = text.find(ch, k + 1)
        if read:
            out = _read_again(text, read, region, out, kb)
            out = _read_sides(text, ch, region, out, kb)
    return in_order(out)


# (en5) the words of a party's side after a one-character form (非方, 非方面)
_SIDES = tuple(read_word("region_side_words"))


def _read_sides(text: str, ch: str, region: str, out: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """On a page that reads the pair as its country and region (中非关系), the region's character alone before a
    side's word (中方愿同非方开展…, 非方反响热烈) is the region's side, not the country it also shortens (南非)."""
    place = next((e for e in kb.by_name(region) if e.type == "LOCATION"), None)
    if place is None:
        return out
    return [Mention(m.start, m.end, m.text, "LOCATION", kb_id=place.id)
            if m.type == "COUNTRY" and m.text == ch and text.startswith(_SIDES, m.end) else m for m in out]


def _read_again(text: str, read: set[str], region: str, out: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """A pair the page reads as its country and region (中非关系) is that pair wherever else the page
    spells it alone as a country (中非扶贫合作: no Central African Republic there either)."""
    shorts = kb.short_forms()
    for m in [m for m in out if m.type == "COUNTRY" and m.text in read]:
        first = shorts.get(m.text[0])
        if first is not None:
            out = _read_pair(text, m.start + 1, first[0], region, out, kb)
    return out


def _opens_rule_body(m: Mention, s: int, e: int) -> bool:
    """`m` is a body read by rule whose name the pair opens (中非 + 领导人对话会): the pair inside it is the
    country and the region still, as a KB body's name (中非合作论坛) is none of them."""
    return m.type == "ORG" and m.kb_id is None and m.start == s and m.end > e


def _read_pair(text: str, k: int, country_id: str, region: str, out: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    place = next((e for e in kb.by_name(region) if e.type == "LOCATION"), None)
    country = kb.get(country_id)
    if place is None or country is None or country.type != "COUNTRY":
        return out
    s, e = k - 1, k + 1
    # (the pair read as two countries, one per form — 越 + 非 as 越南 and 南非 — is this pair's own reading)
    own = {(s, e), (s, k), (k, e)}
    if any(m.start < e and s < m.end and (m.start, m.end) not in own and not _opens_rule_body(m, s, e) for m in out):
        return out  # inside a longer name (中非合作论坛), or overlapping one: that name stands
    out = [m for m in out if (m.start, m.end) not in own]
    return out + [Mention(s, k, text[s:k], "COUNTRY", kb_id=country.id), Mention(k, e, text[k:e], "LOCATION", kb_id=place.id)]
