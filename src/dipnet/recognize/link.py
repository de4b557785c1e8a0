"""Linking: every mention to one entity; variant spellings of one person to one entity; the roles
that the page states for each person."""

from __future__ import annotations

import hashlib
import re

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Entity, Role
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
    for m in found.mentions:
        if m.kb_id:
            e = kb.get(m.kb_id)
            key = m.kb_id
            if key not in groups and e is not None:
                groups[key] = Entity(id=key, type=e.type, name=e.name, kb_id=key, country=e.country,
                                     sector=e.sector, external=dict(e.external))
        elif m.type == "PERSON":
            match = next((p for p in canon_people if any(_same_person(m.text, x) for x in p.mentions)), None)
            if match is None:
                match = Entity(id=_rule_id("PERSON", m.text), type="PERSON", name=m.text)
                canon_people.append(match)
                groups[match.id] = match
            elif "·" in m.text and "·" not in match.name:
                match.name = m.text  # the full dotted form is the canonical one
            key = match.id
        else:
            key = _rule_id(m.type, m.text)
            if key not in groups:
                groups[key] = Entity(id=key, type=m.type, name=m.text, country=_country_in(m.text, kb))
        m.entity_id = key
        ent = groups[key]
        if m.text not in ent.mentions:
            ent.mentions.append(m.text)
        if ent.type == "PERSON" and ent.kb_id is None:
            ent.country = ent.country or found.home
    doc.mentions = found.mentions
    doc.entities = list(groups.values())
    doc.roles = _roles(doc, found)


def _country_in(name: str, kb: KnowledgeBase) -> str | None:
    for k in range(len(name), 1, -1):
        for e in kb.by_name(name[:k]):
            if e.type == "COUNTRY":
                return e.country
    return None


def _roles(doc: Document, found: Found) -> list[Role]:
    text = doc.text
    by_span = {(m.start, m.end): m for m in doc.mentions if m.type == "PERSON"}
    ent = {e.id: e for e in doc.entities}
    roles: list[Role] = []
    seen: set[tuple[str, str]] = set()
    for p in found.people:
        m = by_span.get((p.start, p.end))
        if m is None:
            m = next((x for x in doc.mentions if x.type == "PERSON" and x.start <= p.start < x.end), None)
        if m is None:
            continue
        person = ent[m.entity_id]
        for s, e in p.titles:
            title = re.sub(r"^(?:和|及|兼|、)", "", text[s:e])
            if not title or (person.name, title) in seen:
                continue
            seen.add((person.name, title))
            roles.append(Role(person_id=person.id, person=person.name, title=title, as_of=None, start=s,
                              end=max(e, p.end), country=person.country))
    return roles
