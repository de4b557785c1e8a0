"""The country of a person the knowledge base lacks, as the page states it: the first country of the
chain of names and titles right before the name (美国国务院东亚及太平洋事务助理国务卿某某 → 美国,
新西兰外交部亚洲司司长某某 → 新西兰, 中国驻越南大使某某 → 中国), rather than the page's own country,
which is only the guess for a person stated with no land (外交部副部长某某 on a Vietnamese page)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from dipnet.kb import KnowledgeBase
from dipnet.model import Entity, Mention
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.namereads import NameHit

_APART = ",，。;；、:：\n的与和及向为给对在同是"  # a gap holding one of these ends the chain
_JOINERS = ("及", "和", "与")  # 东亚及太平洋: two places joined inside a body's or post's name
_GAP = 3  # the longest words between two names of one chain (事务 in 东亚及太平洋事务助理国务卿)


def stated_lands(text: str, mentions: list[Mention], people: list[NameHit], by_id: dict[str, Entity],
                 kb: KnowledgeBase) -> dict[str, str]:
    """The country each person the knowledge base lacks is stated with, by entity id: at the first
    mention whose chain of titles and names before it opens with a land (a country, a body or place of
    one); a chain opening with an international body (联合国驻越南协调员) states none."""
    titles = {p.start: p.titles for p in people if p.titles}
    persons = sorted(m.start for m in mentions if m.type == "PERSON")
    others = sorted((m for m in mentions if m.type != "PERSON"), key=lambda m: (m.end, m.start))
    ends = [m.end for m in others]
    places = {m.start for m in others if m.type == "LOCATION"}
    out: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        e = by_id.get(m.entity_id or "")
        if m.type != "PERSON" or e is None or e.kb_id or e.id in out or m.start not in titles:
            continue
        spans = [(s, t) for s, t in titles[m.start] if t <= m.start and m.start - s <= 60]
        if not spans:
            continue
        start = min(s for s, _ in spans)
        start = _chain_start(text, others, ends, start, persons, places)
        chain = others[bisect_right(ends, start):bisect_right(ends, m.start)]
        land = _first_land(text, [x for x in chain if x.start >= start], by_id, kb)
        if land:
            out[e.id] = land
    return out


def _chain_start(text: str, others: list[Mention], ends: list[int], pos: int,
                 persons: list[int], places: set[int]) -> int:
    """Back from `pos` over the names touching the chain (or a few words apart: 事务, 东亚及太平洋 — a
    joiner only between two places, the regions a department is named for)."""
    rules = name_rules()
    while True:
        near = others[bisect_right(ends, pos - _GAP - 1):bisect_right(ends, pos)]
        best = None
        for x in near:
            gap = text[x.end:pos]
            if x.start >= pos or any(ch in _APART for ch in gap) and not (x.type == "LOCATION" and gap in _JOINERS and pos in places):
                continue
            if gap and gap not in _JOINERS and any(rules.stop_at(text, k) for k in range(x.end, pos)):
                continue  # (政府总部 + 会见了 + 中国公共外交协会副会长: a verb between, no chain)
            if bisect_left(persons, pos) > bisect_left(persons, x.end):  # (越南国家主席苏林夫人: another person's chain)
                continue
            if best is None or x.start < best.start:
                best = x
        if best is None:
            return pos
        pos = best.start


def _first_land(text: str, chain: list[Mention], by_id: dict[str, Entity], kb: KnowledgeBase) -> str | None:
    """The country of the first name in the chain that states one: a country, a place of one, a body
    whose name opens with its land (新西兰外交部, 越共中央; not a bare 外交部亚洲司, whoever the knowledge base
    takes it for; a body's own name, 国家国际发展合作署, names its land too); none where an international body opens it. A place after 驻 is where an envoy is
    posted, not whose they are."""
    for x in sorted(chain, key=lambda x: (x.start, -x.end)):
        if text.endswith("驻", 0, x.start):
            continue
        entry = kb.entries.get(x.kb_id) if x.kb_id else None
        e = by_id.get(x.entity_id or "")
        land = (entry.country if entry is not None else None) or (e.country if e is not None else None)
        if x.type in ("ORG", "COUNTRY") and land and not _names_land(x.text, kb) and _generic(x.text, kb):
            continue  # (政府副总理某某: a bare 政府 is whoever's the page takes it for)
        if land:
            return land
        if x.type == "ORG" and (entry is not None and entry.sector == "international"):
            return None
    return None


def _generic(name: str, kb: KnowledgeBase) -> bool:
    """A body named by a word every country's page uses for its own (外交部亚洲司, 国防部): whose it is
    the chain does not say."""
    return any(name.startswith(w) for w in kb.generic_words())


def _names_land(name: str, kb: KnowledgeBase) -> bool:
    """A body's name opens with its land's name (美国国务院) or a short form of one (中共, 越共)."""
    from dipnet.extract.participants.carry import carry_words  # (the short forms the event rules read too)
    if name.startswith(tuple(p for p, _ in carry_words().land_prefixes)):
        return True
    return any(e.type == "COUNTRY" for k in range(len(name), 1, -1) for e in kb.by_name(name[:k]))
