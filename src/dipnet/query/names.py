"""Names in every language the user types, for every interface (CLI, REST API, UI search box).

`resolve` finds the entity a name means, in the consolidated tables or else the knowledge base:
Chinese in either script, English, Vietnamese with or without diacritics, ids and ISO codes
(the knowledge base's folded index, dipnet.kb.fold). `with_names` adds the English and Vietnamese
names (name_en, name_vi) the knowledge base has to an entity row, so a result can show them beside
the Chinese name."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dipnet.errors import NotFound, QueryError
from dipnet.kb import load_kb

if TYPE_CHECKING:
    from dipnet.query import Query


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """What the user typed in Simplified script (the consolidated tables hold Simplified names)."""
    return str(_t2s().convert(text))


def kb_name(entity_id: str) -> str:
    """The knowledge base's name for an id the consolidated tables do not name (a country only ever
    seen as an event's actor)."""
    entry = load_kb().get(entity_id)
    return entry.name if entry else entity_id


def kb_ids(text: str, limit: int = 50) -> list[str]:
    """Ids of the knowledge-base entries whose name in any language is, starts with or contains `text`."""
    kb = load_kb()
    return [e.id for e in kb.lookup(text)] + [e.id for e in kb.search(text, limit=limit)]


def warm() -> None:
    """Load the knowledge base and its folded index of typed names now: a server calls this before it
    freezes the collector, so that neither the first request naming an entity pays for them (~0.85 s)
    nor each full collection walks them (~70,000 objects, ~17 ms)."""
    load_kb()._fold_index()


def display(entity_id: str | None) -> dict[str, str]:
    """name_en / name_vi of a knowledge-base id where known, else nothing."""
    entry = load_kb().get(entity_id or "")
    return entry.display if entry is not None else {}


def with_names(row: dict[str, Any]) -> dict[str, Any]:
    """`row` (an entity of kb_entities or the knowledge base) with name_en / name_vi where known."""
    row.update(display(row.get("kb_id")) or display(row.get("entity_id")))
    return row


def resolve(q: Query, ref: str) -> dict[str, Any]:
    """The entity a user's name means: the consolidated entity linked to the knowledge-base entry
    that name finds (most pages first), else that entry itself; NotFound naming the input."""

    ref = (ref or "").strip()
    if not ref:
        raise QueryError("no entity named")
    entries = load_kb().lookup(ref)
    if entries:
        ids = [e.id for e in entries]
        row = q._one("SELECT * FROM kb_entities WHERE entity_id IN (SELECT unnest(?)) OR kb_id IN (SELECT unnest(?)) "
                     "ORDER BY list_position(?, coalesce(kb_id, entity_id)), n_docs DESC, entity_id LIMIT 1",
                     [ids, ids, ids])
        if row is not None:
            return row
        e = entries[0]
        return {"entity_id": e.id, "type": e.type, "name": e.name, "kb_id": e.id, "country": e.country,
                "sector": e.sector, "external": dict(e.external), "variants": list(e.names), "n_docs": 0}
    raise NotFound(f"no such entity: {ref} (searched ids, ISO codes and names in Chinese, English and Vietnamese)")
