"""A government standing for its country (越南政府 acts as Vietnam), a region's own government that stays an
organization (香港特别行政区政府), and a rule name that is a country and then a known body of its own
(越南 + 胡志明市人民委员会): find_mentions' last readings of bodies."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.recognize.lexicon import read_word
from dipnet.recognize.stateforms import government_head


def own_country_bodies(kb: KnowledgeBase, rule_orgs: list[Mention], mentions: list[Mention]) -> set[tuple[int, int]]:
    """The spans of the rule names that are a country and then a known body of that country
    (越南 + 胡志明市人民委员会, 越南 + 河内国家大学): the known body is the name."""
    country_at = {m.start: m for m in mentions if m.type == "COUNTRY" and m.kb_id}
    known_at = {(m.start, m.end): m for m in mentions if m.type == "ORG" and m.kb_id}
    out: set[tuple[int, int]] = set()
    for r in rule_orgs:
        c = country_at.get(r.start)
        k = known_at.get((c.end, r.end)) if c is not None else None
        body = kb.entries.get(k.kb_id) if k is not None and k.kb_id else None
        if c is not None and body is not None and c.kb_id == f"country:{body.country}":
            out.add((r.start, r.end))
    return out


AS_COUNTRY = ("政府", "国家", "当局")  # the words of a government standing for its country (越南当局 = Vietnam)
# the regions whose government is one of their own (names.toml own_government_regions)
_OWN_GOVERNMENT = tuple(read_word("own_government_regions")) or ("\0",)


def own_government(text: str, m: Mention) -> bool:
    """A region's own government as the page writes it (香港特别行政区政府, 澳门特区政府; not 澳门 + 政府)."""
    return text.endswith(AS_COUNTRY[0], 0, m.end) and text.endswith(_OWN_GOVERNMENT, 0, m.end - 2)


def government_as_country(text: str, m: Mention, kb: KnowledgeBase) -> Mention:
    """A country's government (越南政府, 中国政府, bare 政府 on a page) acts for the country: the
    coded actor is the country. Named organs (国务院, 政府办公厅) stay organizations."""
    if m.type != "ORG" or not m.text.endswith(AS_COUNTRY):
        return m
    head = government_head(m.text[:-2])  # (柬埔寨 + 新 + 政府: the country)
    entry = kb.entries.get(m.kb_id) if m.kb_id else None
    if m.text.endswith("国家") and not head:
        return m  # bare 国家 is the word "state", not a body
    if own_government(text, m):
        return m  # 香港特别行政区政府: the region's own government, an organization
    if head:
        cid = next((e.id for e in kb.by_name(head) if e.type == "COUNTRY"), None) or _capital_country(head, kb)
    elif entry is not None and entry.country and entry.sector == "government":
        cid = f"country:{entry.country}"
    else:
        cid = None
    if cid is None or kb.entries.get(cid) is None:
        return m
    return Mention(m.start, m.end, m.text, "COUNTRY", kb_id=cid)


# (en3, issue 13) the words between a capital and 当局 that say which side of its state (德黑兰 + 行政 + 当局)
_CAPITAL_QUALIFIERS = tuple(read_word("capital_government_qualifiers"))


def _capital_country(head: str, kb: KnowledgeBase) -> str | None:
    """The country whose capital `head` is (首尔 + 当局, 华盛顿 + 政府, 德黑兰 + 行政当局): the capital's
    government or authorities act for the state, as 越南政府 does for Vietnam."""
    for w in _CAPITAL_QUALIFIERS:
        if head.endswith(w) and len(head) > len(w):
            head = head[: -len(w)]
            break
    place = next((e for e in kb.by_name(head) if e.type == "LOCATION" and e.kind == "capital" and e.country), None)
    return f"country:{place.country}" if place is not None else None
