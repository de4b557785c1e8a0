"""Linking: every mention to one entity; variant spellings of one person to one entity; the roles
that the page states for each person."""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Entity, Mention, Role, in_order
from dipnet.recognize.dotted import is_dotted, name_parts, other_given_names
from dipnet.recognize.lexicon import name_rules, read_word
from dipnet.recognize.mentions import Found
from dipnet.recognize.missions import mission_owners
from dipnet.recognize.ownlands import held_bodies, own_lands, stated_lands
from dipnet.recognize.placedvenues import placed_venues
from dipnet.recognize.verbtitles import acts_for
from dipnet.rx import plain as _plain

_JOINER_LEAD = _plain(r"^(?:和|及|兼|、)")  # a title read with the word joining it to the one before


@lru_cache(maxsize=65536)  # a function of the name (and the KB) alone, asked again on every page
def _rule_id(type_: str, name: str) -> str:
    return f"{type_.lower()}:~{hashlib.sha1(name.encode('utf-8')).hexdigest()[:10]}"


def rule_mention(doc: Document, by_id: dict[str, Entity], s: int, e: int, name: str, type_: str,
                 sector: str | None = None) -> Mention:
    """A mention a rule found (no KB entry) and the entity it names: one entity per type and name on
    the page, made at its first mention and added to `doc.entities` and `by_id`."""
    key = _rule_id(type_, name)
    ent = by_id.get(key)
    if ent is None:
        ent = by_id[key] = Entity(id=key, type=type_, name=name, sector=sector)
        doc.entities.append(ent)
    if name not in ent.mentions:
        ent.mentions.append(name)
    return Mention(s, e, name, type_, entity_id=key)


def retire_merged(doc: Document, gone: dict[str, Entity]) -> None:
    """The entities in `gone` leave the page; their mentions follow each to the entity it was merged
    into (through a chain of merges, where one was merged again)."""
    if not gone:
        return
    doc.entities = [e for e in doc.entities if e.id not in gone]
    for m in doc.mentions:
        while m.entity_id in gone:
            m.entity_id = gone[m.entity_id].id


def take_place_of(doc: Document, added: list[Mention], inside: list[Mention]) -> None:
    """The rule mentions `added` join the page in place of the mentions `inside` them; an entity left
    with no mention goes."""
    if inside:
        gone = {id(m) for m in inside}
        doc.mentions = [m for m in doc.mentions if id(m) not in gone]
        still = {m.entity_id for m in doc.mentions + added}
        ids = {m.entity_id for m in inside} - still
        doc.entities = [e for e in doc.entities if e.id not in ids]
    doc.mentions = in_order(doc.mentions + added)


def _dot_name(name: str) -> str:
    """A dotted name as it is filed, with the middle dot (安德烈.科夫通 as 安德烈·科夫通); the
    spelling of the page stays among its mentions."""
    return name.replace(".", "·") if is_dotted(name) else name  # (a hyphen stays: 迪亚斯-卡内尔)


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one name: 范平明 / 范明平 (same surname and characters), 阮氏金 / 阮氏金银 (one
    character short), 野田 / 野田佳彦 (a two-character family name alone), 通伦 / 通伦·西苏里
    (the given part of a dotted name), 苏西洛 / 苏西洛·班邦·尤多约诺."""
    if a == b:
        return True
    if is_dotted(a) or is_dotted(b):
        short, long_ = sorted((a, b), key=len)
        return not is_dotted(short) and name_parts(long_)[0] == short or name_parts(long_)[-1] == short
    if abs(len(a) - len(b)) == 1 and min(len(a), len(b)) >= 3:
        short, long_ = sorted((a, b), key=len)
        return long_.startswith(short)  # 阮氏金 for 阮氏金银: a name written short by one character
    if sorted((len(a), len(b))) == [2, 4]:
        short, long_ = sorted((a, b), key=len)
        return long_.startswith(short)  # 野田 for 野田佳彦: a two-character family name alone
    return len(a) == len(b) >= 3 and a[0] == b[0] and sorted(a) == sorted(b)


@lru_cache(maxsize=65536)  # a function of the spelling alone, asked for every mention of a person
def _spelling_keys(name: str) -> tuple[tuple[str, ...], ...]:
    """What a spelling is filed under: two spellings can be one name (`_same_person`) only if
    one's `_spelling_keys` and the other's `_lookup_keys` share a key."""
    if is_dotted(name):
        parts = name_parts(name)
        return (("eq", name), ("part", parts[0]), ("part", parts[-1]))
    keys: list[tuple[str, ...]] = [("eq", name)]
    if len(name) >= 3:
        keys += [("perm", name[0], "".join(sorted(name))), ("short", name)]
    if len(name) >= 4:
        keys.append(("short", name[:-1]))
    if len(name) == 4:
        keys.append(("family", name[:2]))
    return tuple(keys)


@lru_cache(maxsize=65536)
def _lookup_keys(name: str) -> tuple[tuple[str, ...], ...]:
    if is_dotted(name):  # its given part or family part written alone
        parts = name_parts(name)
        return (("eq", name), ("eq", parts[0]), ("eq", parts[-1]))
    keys: list[tuple[str, ...]] = [("eq", name), ("part", name)]
    if len(name) == 2:
        keys.append(("family", name))
    if len(name) >= 3:
        keys += [("perm", name[0], "".join(sorted(name))), ("short", name)]
    if len(name) >= 4:
        keys.append(("short", name[:-1]))
    return tuple(keys)


class _Spellings:
    """People by the spellings they have been seen in, for "the first person (in the order they
    were added) with a spelling that is `_same_person` as this one" without testing every person."""

    def __init__(self) -> None:
        self.people: list[Entity] = []
        self._by_key: dict[tuple[str, ...], list[int]] = {}
        self._slot: dict[int, int] = {}

    def add(self, ent: Entity, spellings: list[str]) -> None:
        if id(ent) not in self._slot:
            self._slot[id(ent)] = len(self.people)
            self.people.append(ent)
        for x in spellings:
            self.spelled(ent, x)

    def spelled(self, ent: Entity, x: str) -> None:
        slot = self._slot.get(id(ent))
        if slot is None:
            return
        for key in _spelling_keys(x):
            rows = self._by_key.setdefault(key, [])
            if not rows or rows[-1] != slot:
                rows.append(slot)

    def first(self, name: str, spellings: Callable[[Entity], list[str]]) -> Entity | None:
        slots = sorted({i for key in _lookup_keys(name) for i in self._by_key.get(key, ())})
        dotted = is_dotted(name)  # (an undotted name has no other given names: no spelling asked twice)
        for i in slots:
            xs = spellings(self.people[i])
            if any(_same_person(name, x) for x in xs) and not (dotted and any(other_given_names(name, x) for x in xs)):
                return self.people[i]
        return None


# a locality's level word that also opens its committee's word (省 + 省委, 市 + 市委)
_LEVEL_CHARS = "".join(w for w in name_rules().local_levels if len(w) == 1)
_DOUBLED_LEVEL = _plain(rf"(?<=[\u4e00-\u9fff])([{_LEVEL_CHARS}])\1(?=委$)")


def contracted(name: str) -> str:
    """A locality's committee named with its level word twice (某某省省委) by its common short form
    (某某省委)."""
    if not name.endswith(("委", "委\n")):  # (the pattern ends in 委$: nothing to contract, and no call to sub)
        return name
    return _DOUBLED_LEVEL.sub(r"\1", name)


def _bare_forms(found: Found) -> dict[str, str]:
    """A body read by rule with its country before it and again without (越南 + 河内交通大学, 河内交通大学)
    is one body: the longer form's entity is the shorter's."""
    names = {m.text for m in found.mentions if m.type == "ORG" and not m.kb_id}
    countries = {m.text for m in found.mentions if m.type == "COUNTRY" and len(m.text) >= 2}
    return {n: n[len(c):] for n in names for c in countries
            if n.startswith(c) and len(n) - len(c) >= 4 and n[len(c):] in names}


def link(doc: Document, found: Found, kb: KnowledgeBase) -> None:
    """Adds `mentions`, `entities` and `roles` to the document."""
    groups: dict[str, Entity] = {}
    canon_people = _Spellings()  # people read by rule, by their spellings
    kb_people = _Spellings()  # people of the knowledge base the page names, by name and spellings
    bare = _bare_forms(found)
    venues = placed_venues(found)  # 华盛顿 + 布莱尔国宾馆: the venue, named without its place
    # a known person's dotted name written with a full stop or hyphen (弗拉基米尔.普京) is that person's
    for m in found.mentions:
        if m.type == "PERSON" and not m.kb_id and is_dotted(m.text) and (form := "·".join(name_parts(m.text))) != m.text:
            known = [e for e in kb.by_name(form) if e.type == "PERSON"]  # (劳埃德-奥斯汀 too)
            if len(known) == 1:
                m.kb_id = known[0].id
    lands = stated_lands(doc.text, found.mentions, found.people, kb)
    held_bodies(found.mentions, found.people, lands, kb)  # (外交部长王毅 … 中国外交部长王毅: China's)
    # KB people first, so that a variant spelling read by rule can join them
    # (a stable partition: the sort by `kb_id is None` without a key call per mention)
    for m in [m for m in found.mentions if m.kb_id is not None] + [m for m in found.mentions if m.kb_id is None]:
        if m.kb_id:
            e = kb.entries.get(m.kb_id)
            key = m.kb_id
            if key not in groups and e is not None:
                groups[key] = Entity(id=key, type=e.type, name=e.name, kb_id=key, country=e.country,
                                     sector=e.sector, external=dict(e.external))
                if groups[key].type == "PERSON":
                    kb_people.add(groups[key], [groups[key].name])
        elif m.type == "PERSON":
            # a variant spelling joins the person already seen, from the KB or by rule (范平明 / 范明平)
            match = canon_people.first(m.text, _mentions_of)
            if match is None:
                match = kb_people.first(m.text, _names_of)
            if match is None:
                match = Entity(id=_rule_id("PERSON", m.text), type="PERSON", name=_dot_name(m.text))
                canon_people.add(match, [])
                groups[match.id] = match
            elif is_dotted(m.text) and not is_dotted(match.name) and not match.kb_id:
                match.name = _dot_name(m.text)  # the full dotted form is the canonical one
            key = match.id
        else:
            name = contracted(m.text) if m.type == "ORG" else venues.get(m.text, m.text)
            key = _rule_id(m.type, bare.get(name, name))
            if key not in groups:
                groups[key] = Entity(id=key, type=m.type, name=name, country=_country_in(m.text, kb),
                                     sector=_sector_of(m.text) if m.type == "ORG" else None)
        m.entity_id = key
        ent = groups[key]
        if m.text not in ent.mentions:
            ent.mentions.append(m.text)
            canon_people.spelled(ent, m.text)
            kb_people.spelled(ent, m.text)
        if ent.type == "PERSON" and ent.kb_id is None:
            ent.country = ent.country or found.home
    own_lands(found.mentions, lands, groups)  # (美国国务院…助理国务卿某某: the chain's land, not the page's)
    doc.mentions = found.mentions
    doc.entities = list(groups.values())
    mission_owners(doc.text, doc.entities, found.mentions, kb, found.sender)  # 驻巴拿马使馆: whose
    doc.roles = _roles(doc, found, kb)
    # a person's sector is that of the first post the page states (coded actors: party, state …)
    infos = kb.titles()
    for r in doc.roles:
        person = groups.get(r.person_id)
        if person is not None and person.sector is None:
            info = infos.get(r.title) or infos.get(kb.title_core(r.title))
            person.sector = info.sector if info is not None else _sector_of(r.title)


@lru_cache(maxsize=65536)  # a function of the name (and the KB) alone, asked again on every page
def _sector_of(name: str) -> str | None:
    """The sector an organization's name says (越南友好组织联合会 → people), by its longest word."""
    return next((sec for w, sec in name_rules().sector_words if w in name), None)


@lru_cache(maxsize=65536)  # a function of the name (and the KB) alone, asked again on every page
def _country_in(name: str, kb: KnowledgeBase) -> str | None:
    for k in range(len(name), 1, -1):
        for e in kb.by_name(name[:k]):
            if e.type == "COUNTRY":
                return e.country
    return None


def _roles(doc: Document, found: Found, kb: KnowledgeBase) -> list[Role]:
    text, rules = doc.text, name_rules()
    by_span = {(m.start, m.end): m for m in doc.mentions if m.type == "PERSON"}
    # the person mentions by start (list order among equals), for the first one holding a place
    rows = sorted((m.start, i) for i, m in enumerate(doc.mentions) if m.type == "PERSON")
    starts = [s for s, _ in rows]
    widest = max((m.end - m.start for m in by_span.values()), default=0)
    ent = {e.id: e for e in doc.entities}
    named_at = {m.start for m in doc.mentions}
    roles: list[Role] = []
    for p in found.people:
        m = by_span.get((p.start, p.end))
        if m is None:
            near = [i for _, i in rows[bisect_left(starts, p.start - widest):bisect_right(starts, p.start)]
                    if p.start < doc.mentions[i].end]
            m = doc.mentions[min(near)] if near else None
        if m is None:
            continue
        person = ent[m.entity_id]
        for s, e in p.titles:
            title = _JOINER_LEAD.sub("", text[s:e])
            if title and title not in rules.address_forms and not acts_for(text, (e - len(title), e), (p.start, p.end), named_at):
                roles.append(Role(person_id=person.id, person=person.name, title=title, as_of=None, start=s,
                                  end=max(e, p.end), country=person.country))
    return dedupe_roles(roles, kb)


def dedupe_roles(roles: list[Role], kb: KnowledgeBase) -> list[Role]:
    """One role per person and post: the page repeats a post in short (总书记 after 越共中央总书记,
    外长 after 外交部长); the fullest statement stands. A deputy, former or acting post has its
    own core (副总理, 前总理), so it stays apart from the full post."""
    best: dict[tuple[str, str], Role] = {}
    for r in roles:
        key = (r.person_id, _qualified_core(r.title, kb))
        if key not in best or len(r.title) > len(best[key].title):
            best[key] = r
    # a bare core restates a fuller post of the same person (张主席 after 国家主席张某)
    cores: dict[str, list[str]] = {}  # each person's cores, as `best` has them before any goes
    for pid, core in best:
        cores.setdefault(pid, []).append(core)
    for (pid, core), r in list(best.items()):
        if r.title == core and any(c != core and c.endswith(core) and c[0] not in "副前原代" for c in cores[pid]):
            del best[(pid, core)]
    return sorted(best.values(), key=_START)


@lru_cache(maxsize=65536)  # a function of the name (and the KB) alone, asked again on every page
def _qualified_core(title: str, kb: KnowledgeBase) -> str:
    core = kb.title_core(title)
    k = title.rfind(core)
    head = title[:k] if k > 0 else ""
    # a qualifier before the core changes the post: 前 + 总理, 代 + 总统, 时任 stays the same post
    qual = "".join(q for q in ("前", "原", "代理", "代", "副") if head.endswith(q) or head.startswith(q))
    return qual + core


# kinds of place whose two perspectives' names are one feature on any page (西沙群岛 / 黄沙群岛); a sea
# is not merged: 东海 on a Chinese page is the East China Sea, not the VN name of 南海
_MERGED_KINDS = ("island-group", "island", "reef")
_START = attrgetter("start")


def _mentions_of(p: Entity) -> list[str]:  # (link's spellings of a person read by rule: no lambda made per mention)
    return p.mentions


def _names_of(g: Entity) -> list[str]:  # (…and of a person from the KB)
    return [g.name, *g.mentions]


def merge_perspectives(doc: Document, kb: KnowledgeBase) -> None:
    """One entity for a feature the page names under both perspectives (南沙群岛 and 长沙群岛), with
    both names among its mentions; the first named stays."""
    by_kb = {e.kb_id: e for e in doc.entities if e.kb_id}
    gone: dict[str, Entity] = {}
    for ent in list(doc.entities):
        entry = kb.entries.get(ent.kb_id) if ent.kb_id else None
        twin = str(entry.extra.get("same_as", "")) if entry is not None and entry.kind in _MERGED_KINDS else ""
        other = by_kb.get(twin)
        if other is None or ent.id in gone or other.id in gone:
            continue
        first, second = sorted((ent, other), key=lambda e: doc.entities.index(e))
        first.mentions += [m for m in second.mentions if m not in first.mentions]
        gone[second.id] = first
    retire_merged(doc, gone)


def merge_tails(doc: Document, kb: KnowledgeBase) -> None:
    """One entity for a body the page names in full and again without its opener: 南苏丹特派团 after
    联合国南苏丹特派团, where the words dropped (联合国) name a body, country or place of the page or
    of the knowledge base. The
    short name is read by rule, four characters at least; it goes among the full name's mentions."""
    named = {f for e in doc.entities if e.type in ("ORG", "COUNTRY", "LOCATION") for f in (e.name, *e.mentions)}
    orgs = [e for e in doc.entities if e.type == "ORG"]
    gone: dict[str, Entity] = {}
    # the ends of four characters or more of every body's forms, each shorter than its form: a short
    # name none of them is has no full name (forms only move between these bodies below: none is new)
    tails = {f[k:] for e in orgs for f in (e.name, *e.mentions) for k in range(1, len(f) - 3)}
    for short in orgs:
        if short.kb_id or len(short.name) < 4 or short.name not in tails:
            continue
        full = next((e for e in orgs if e is not short and e.id not in gone and any(
            len(f) > len(short.name) and f.endswith(short.name) and _names_a_body(f[:-len(short.name)], named, kb)
            for f in (e.name, *e.mentions))), None)
        if full is None:
            continue
        full.mentions += [m for m in short.mentions if m not in full.mentions]
        gone[short.id] = full
    # a country's mission named without where it sits (越南大使馆) after the page named it in full
    # (越南驻中华人民共和国大使馆): the one mission of that country and word on the page
    words = name_rules()
    station = str(dict(words.suffix_read_words).get("station", ""))
    for short in orgs:
        if short.id in gone or not station:
            continue
        word = next((w for w in _mission_words() if short.name.endswith(w)), "")
        head = short.name[:-len(word)] if word else ""
        if not head or station in head or not any(e.type == "COUNTRY" and (head == e.name or head in e.mentions)
                                                   for e in doc.entities):
            continue
        missions = [e for e in orgs if e is not short and e.id not in gone and e.name.endswith(word)
                    and e.name.startswith(head + station)]
        if len(missions) == 1:
            missions[0].mentions += [m for m in short.mentions if m not in missions[0].mentions]
            gone[short.id] = missions[0]
    retire_merged(doc, gone)


@lru_cache(maxsize=1)
def _mission_words() -> tuple[str, ...]:
    """The words of a country's missions abroad (大使馆, 总领事馆), longest first."""
    words = read_word("mission_words")
    return tuple(sorted(words, key=len, reverse=True))


def _names_a_body(words: str, named: set[str], kb: KnowledgeBase) -> bool:
    """The words name a body, country or place of the page or of the knowledge base."""
    return words in named or any(e.type in ("ORG", "COUNTRY", "LOCATION") for e in kb.by_name(words))
