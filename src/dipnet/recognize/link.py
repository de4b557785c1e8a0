"""Linking: every mention to one entity; variant spellings of one person to one entity; the roles
that the page states for each person."""

from __future__ import annotations

import hashlib
import re

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Entity, Role
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.mentions import Found


def _rule_id(type_: str, name: str) -> str:
    return f"{type_.lower()}:~{hashlib.sha1(name.encode('utf-8')).hexdigest()[:10]}"


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one name: 范平明 / 范明平 (same surname and characters), 通伦 / 通伦·西苏里
    (the given part of a dotted name), 苏西洛 / 苏西洛·班邦·尤多约诺."""
    if a == b:
        return True
    if "·" in a or "·" in b:
        short, long_ = sorted((a, b), key=len)
        return "·" not in short and long_.split("·")[0] == short or long_.split("·")[-1] == short
    return len(a) == len(b) >= 3 and a[0] == b[0] and sorted(a) == sorted(b)


def link(doc: Document, found: Found, kb: KnowledgeBase) -> None:
    """Adds `mentions`, `entities` and `roles` to the document."""
    groups: dict[str, Entity] = {}
    canon_people: list[Entity] = []
    # KB people first, so that a variant spelling read by rule can join them
    for m in sorted(found.mentions, key=lambda m: m.kb_id is None):
        if m.kb_id:
            e = kb.get(m.kb_id)
            key = m.kb_id
            if key not in groups and e is not None:
                groups[key] = Entity(id=key, type=e.type, name=e.name, kb_id=key, country=e.country,
                                     sector=e.sector, external=dict(e.external))
        elif m.type == "PERSON":
            # a variant spelling joins the person already seen, from the KB or by rule (范平明 / 范明平)
            match = next((p for p in canon_people if any(_same_person(m.text, x) for x in p.mentions)), None)
            if match is None:
                match = next((g for g in groups.values() if g.type == "PERSON" and g.kb_id
                              and any(_same_person(m.text, x) for x in [g.name, *g.mentions])), None)
            if match is None:
                match = Entity(id=_rule_id("PERSON", m.text), type="PERSON", name=m.text)
                canon_people.append(match)
                groups[match.id] = match
            elif "·" in m.text and "·" not in match.name and not match.kb_id:
                match.name = m.text  # the full dotted form is the canonical one
            key = match.id
        else:
            key = _rule_id(m.type, m.text)
            if key not in groups:
                groups[key] = Entity(id=key, type=m.type, name=m.text, country=_country_in(m.text, kb),
                                     sector=_sector_of(m.text) if m.type == "ORG" else None)
        m.entity_id = key
        ent = groups[key]
        if m.text not in ent.mentions:
            ent.mentions.append(m.text)
        if ent.type == "PERSON" and ent.kb_id is None:
            ent.country = ent.country or found.home
    doc.mentions = found.mentions
    doc.entities = list(groups.values())
    doc.roles = _roles(doc, found, kb)
    # a person's sector is that of the first post the page states (coded actors: party, state …)
    infos = kb.titles()
    for r in doc.roles:
        person = groups.get(r.person_id)
        if person is not None and person.sector is None:
            info = infos.get(r.title) or infos.get(kb.title_core(r.title))
            person.sector = info.sector if info is not None else _sector_of(r.title)


def _sector_of(name: str) -> str | None:
    """The sector an organization's name says (越南友好组织联合会 → people), by its longest word."""
    return next((sec for w, sec in name_rules().sector_words if w in name), None)


def _country_in(name: str, kb: KnowledgeBase) -> str | None:
    for k in range(len(name), 1, -1):
        for e in kb.by_name(name[:k]):
            if e.type == "COUNTRY":
                return e.country
    return None


def _roles(doc: Document, found: Found, kb: KnowledgeBase) -> list[Role]:
    text, rules = doc.text, name_rules()
    by_span = {(m.start, m.end): m for m in doc.mentions if m.type == "PERSON"}
    ent = {e.id: e for e in doc.entities}
    roles: list[Role] = []
    for p in found.people:
        m = by_span.get((p.start, p.end))
        if m is None:
            m = next((x for x in doc.mentions if x.type == "PERSON" and x.start <= p.start < x.end), None)
        if m is None:
            continue
        person = ent[m.entity_id]
        for s, e in p.titles:
            title = re.sub(r"^(?:和|及|兼|、)", "", text[s:e])
            if title and title not in rules.address_forms:
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
    for (pid, core), r in list(best.items()):
        if r.title == core and any(p == pid and c != core and c.endswith(core) and c[0] not in "副前原代"
                                   for p, c in best):
            del best[(pid, core)]
    return sorted(best.values(), key=lambda r: r.start)


def _qualified_core(title: str, kb: KnowledgeBase) -> str:
    core = kb.title_core(title)
    k = title.rfind(core)
    head = title[:k] if k > 0 else ""
    # a qualifier before the core changes the post: 前 + 总理, 代 + 总统, 时任 stays the same post
    qual = "".join(q for q in ("前", "原", "代理", "代", "副") if head.endswith(q) or head.startswith(q))
    return qual + core
