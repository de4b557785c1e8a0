"""The country of a person the knowledge base lacks, as the page states it: the first country of the
chain of names and titles right before the name (美国国务院东亚及太平洋事务助理国务卿某某 → 美国,
新西兰外交部亚洲司司长某某 → 新西兰, 中国驻越南大使某某 → 中国), rather than the page's own country,
which is only the guess for a person stated with no land (外交部副部长某某 on a Vietnamese page)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Entity, Mention
from dipnet.recognize.lexicon import name_rules, names_data
from dipnet.recognize.namereads import NameHit

_APART = ",，。;；、:：\n的与和及向为给对在同是"  # a gap holding one of these ends the chain
_JOINERS = ("及", "和", "与")  # 东亚及太平洋: two places joined inside a body's or post's name
_GAP = 3  # the longest words between two names of one chain (事务 in 东亚及太平洋事务助理国务卿)
_BODY_GAP = 10  # the longest name of a body's own committee between the body and the post (fm2)


@lru_cache(maxsize=1)
def _committee_suffixes() -> tuple[str, ...]:
    return tuple(names_data()["chain_committee_suffixes"])


@lru_cache(maxsize=1)
def _topic_gaps() -> tuple[str, ...]:
    return tuple(names_data()["chain_topic_gaps"])


def _sub_body(x: Mention, gap: str) -> bool:
    """Is `gap` the unnamed committee of the body `x` (卢森堡议会 + 法律委员会 + 主席; fm2, issue 13): a few
    characters ending in a committee's word, with no mark or joining word inside?"""
    return x.type == "ORG" and _GAP < len(gap) <= _BODY_GAP and gap.endswith(_committee_suffixes()) and \
        not any(ch in _APART for ch in gap)


def stated_lands(text: str, mentions: list[Mention], people: list[NameHit], kb: KnowledgeBase) -> dict[str, str]:
    """The country each person the knowledge base lacks is stated with, by the name as written: at the
    first mention whose chain of titles and names before it opens with a land (a country, a body or
    place of one); a chain opening with an international body (联合国驻越南协调员, 联合国大会主席) states none: "",
    the person then holds no land rather than the page's country (me7)."""
    titles = {p.start: p.titles for p in people if p.titles}
    if not any(m.type == "PERSON" and not m.kb_id and m.start in titles for m in mentions):
        return {}  # (no person the KB lacks read with a title: nothing to state)
    persons = sorted(m.start for m in mentions if m.type == "PERSON")
    others = sorted((m for m in mentions if m.type != "PERSON"), key=lambda m: (m.end, m.start))
    ends = [m.end for m in others]
    places = {m.start for m in others if m.type == "LOCATION"}
    out: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type != "PERSON" or m.kb_id or m.text in out or m.start not in titles:
            continue
        spans = [(s, t) for s, t in titles[m.start] if t <= m.start and m.start - s <= 60]
        if not spans:
            continue
        start = min(s for s, _ in spans)
        # (a committee unnamed between a body and the post only where that post is the name's own, right before it:
        # not 某协会常务委员会委员、另一协会副主席某某, a list of posts)
        own_post = any(s == start and t == m.start for s, t in spans)
        start = _chain_start(text, others, ends, start, persons, places, own_post)
        chain = others[bisect_right(ends, start):bisect_right(ends, m.start)]
        land = _first_land(text, [x for x in chain if x.start >= start], kb)
        if land is not None:  # ("": an international body opens the chain — stated with no land, me7)
            out[m.text] = land
    return out


def own_lands(mentions: list[Mention], lands: dict[str, str], by_id: dict[str, Entity]) -> None:
    """Each person the knowledge base lacks takes the land its first mention so stated has, in place
    of the page's own country (the guess for a person stated with none)."""
    done: set[str] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        e = by_id.get(m.entity_id or "")
        if e is not None and e.type == "PERSON" and not e.kb_id and e.id not in done and m.text in lands:
            e.country = lands[m.text] or None
            done.add(e.id)


def held_bodies(mentions: list[Mention], people: list[NameHit], lands: dict[str, str], kb: KnowledgeBase) -> None:
    """A bare body word that opens a post of a person the knowledge base lacks (外交部长王毅, and
    elsewhere 中国外交部长王毅) is the body of the land that person is stated with, whatever the
    outlet's or the page's country would make it."""
    holder = {p.start: p for p in people if p.titles}
    words = kb.generic_words()
    bare = sorted((m for m in mentions if m.type == "ORG" and m.kb_id and m.text in words), key=lambda m: m.start)
    if not bare:
        return
    starts = [b.start for b in bare]
    for m in mentions:
        p = holder.get(m.start) if m.type == "PERSON" and not m.kb_id else None
        land = lands.get(m.text) if p is not None else None
        if p is None or not land:
            continue
        for s, e in p.titles:  # (the word anywhere in the post: 革命 + 党中央对外部代理部长 holds 中央对外部)
            for b in bare[bisect_left(starts, s):bisect_left(starts, e)]:
                body = kb.generic_body(b.text, land)
                if body is not None and body.country == land:
                    b.kb_id = body.id


def _chain_start(text: str, others: list[Mention], ends: list[int], pos: int,
                 persons: list[int], places: set[int], committees: bool = False) -> int:
    """Back from `pos` over the names touching the chain (or a few words apart: 事务, 东亚及太平洋 — a
    joiner only between two places, the regions a department is named for)."""
    rules = name_rules()
    while True:
        near = others[bisect_right(ends, pos - _BODY_GAP - 1):bisect_right(ends, pos)]
        best = None
        for x in near:
            gap = text[x.end:pos]
            committee = committees and _sub_body(x, gap)
            if len(gap) > _GAP and not committee:
                continue
            if committee and bisect_left(persons, pos) == bisect_left(persons, x.end):
                best = x if best is None or x.start < best.start else best
                continue  # (卢森堡议会 + 法律委员会 + 主席某某: a body's own committee, unnamed, between the body and the post)
            if x.start >= pos or any(ch in _APART for ch in gap) and not (x.type == "LOCATION" and gap in _JOINERS and pos in places):
                continue
            if gap and gap not in _JOINERS + _topic_gaps() and any(rules.stop_at(text, k) for k in range(x.end, pos)):
                continue  # (政府总部 + 会见了 + 中国公共外交协会副会长: a verb between, no chain)
            if bisect_left(persons, pos) > bisect_left(persons, x.end):  # (越南国家主席苏林夫人: another person's chain)
                continue
            if best is None or x.start < best.start:
                best = x
        committees = False  # (only the first step back from the post)
        if best is None:
            return pos
        pos = best.start


def _first_land(text: str, chain: list[Mention], kb: KnowledgeBase) -> str | None:
    """The country of the first name in the chain that states one: a country, a place of one, a body
    whose name opens with its land (新西兰外交部, 越共中央; not a bare 外交部亚洲司, whoever the knowledge base
    takes it for; a body's own name, 国家国际发展合作署, names its land too); none where an international
    body opens it ("": stated as none; None where no name of the chain states a land). A place after 驻 is
    where an envoy is posted, not whose they are."""
    for x in sorted(chain, key=lambda x: (x.start, -x.end)):
        if text.endswith("驻", 0, x.start):
            continue
        entry = kb.entries.get(x.kb_id) if x.kb_id else None
        land = entry.country if entry is not None else _opening_land(x.text, kb) if x.type == "ORG" else None
        if x.type in ("ORG", "COUNTRY") and land and _opening_land(x.text, kb) is None and _generic(x.text, kb):
            continue  # (政府副总理某某: a bare 政府 is whoever's the page takes it for)
        if land:
            return land
        if x.type == "ORG" and (entry is not None and entry.international):
            return ""  # (联合国大会主席某某, 联合国…特使某某: no land's, nor the page's country — me7)
    return None


def _generic(name: str, kb: KnowledgeBase) -> bool:
    """A body named by a word every country's page uses for its own (外交部亚洲司, 国防部): whose it is
    the chain does not say."""
    return any(name.startswith(w) for w in kb.generic_words())


def _opening_land(name: str, kb: KnowledgeBase) -> str | None:
    """The land a body's name opens with: a country's name (美国国务院) or a short form of one (中共, 越共)."""
    from dipnet.extract.participants.carry import carry_words  # (the short forms the event rules read too)
    short = next((c for p, c in carry_words().land_prefixes if name.startswith(p)), None)
    if short:
        return short
    return next((e.country for k in range(len(name), 1, -1) for e in kb.by_name(name[:k]) if e.type == "COUNTRY"), None)
