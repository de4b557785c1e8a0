"""Names inside an organization's name that are entities of their own (SPEC: a place or country
inside an organization's name is an entity; 越共 in 越共中央政治局 is the party): the country or
place that opens it (印度人民院, 河内市人民委员会) and the body it is an organ of (越南人民军总政治局,
越共中央政治局). They are added to the page's entities only, not as mentions: the events and facts
read the organization as one actor."""

from __future__ import annotations

from dipnet.kb import KnowledgeBase
from dipnet.kb.loader import Entry
from dipnet.model import Document, Entity

# places that name a body's seat (河内市人民委员会); a region (亚太 in 亚太经合组织) describes its scope
_SEAT_KINDS = ("capital", "city", "province", "district")
# the bodies an organ's name is read as (越共 in 越共中央政治局, 越南人民军 in 越南人民军总政治局): a
# country's party or army; an international body inside its organ's name is part of that name
_PARENT_SECTORS = ("party", "military")


def _opens(e: Entry, parents: set[str]) -> bool:
    if e.type == "COUNTRY":
        return True
    if e.type == "LOCATION":
        return e.kind in _SEAT_KINDS
    return e.id in parents and e.sector in _PARENT_SECTORS and bool(e.country)


def _ancestors(kb: KnowledgeBase, kb_id: str | None) -> set[str]:
    out: set[str] = set()
    entry = kb.get(kb_id) if kb_id else None
    while entry is not None and entry.parent and entry.parent not in out:
        out.add(entry.parent)
        entry = kb.get(entry.parent)
    return out


def add_nested_names(doc: Document, kb: KnowledgeBase) -> None:
    """Adds the entities named at the start of each organization's name."""
    by_id = {e.id: e for e in doc.entities}
    seen: set[str] = set()
    for m in doc.mentions:
        if m.type != "ORG" or m.text in seen:
            continue
        seen.add(m.text)
        parents = _ancestors(kb, m.kb_id)
        for k in range(len(m.text) - 1, 1, -1):  # the longest name that opens it
            prefix = m.text[:k]
            hit = next((e for e in kb.by_name(prefix) if _opens(e, parents)), None)
            if hit is None:
                continue
            ent = by_id.get(hit.id)
            if ent is None:
                ent = Entity(id=hit.id, type=hit.type, name=hit.name, kb_id=hit.id, country=hit.country,
                             sector=hit.sector, external=dict(hit.external))
                by_id[hit.id] = ent
                doc.entities.append(ent)
            if prefix not in ent.mentions:
                ent.mentions.append(prefix)
            break
