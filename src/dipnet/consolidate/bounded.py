"""What the whole build holds of every page and entity between its phases, kept bounded (issue 17): the
pages' rows slimmed to what the event merge reads once the links are made, entity_links staged in the
store as the entity merge makes them (sorted there, not in Python), kb_entities staged a chunk at a time;
after the event merge its RELATION_CHANGE events read back from those staged, and the timelines made of
their source rows streamed and staged as made (cb6)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dipnet.store.lookups import staged_relation_changes

ENTITY_CHUNK = 20_000  # kb_entities rows staged at once (their dicts freed as staged)
LINK_ORDER = "doc_id, local_id"  # entities._links' order (rows of one page and local id are alike: ties equal)


def slim_pages(docs: list[dict[str, Any]], lazy: Any = None) -> tuple[list[str], Any]:
    """The pages' ids, and each page's row as the event merge reads it (events._merged: source, url),
    not the title, text date and row the links read (~690 bytes a page at 10,000 pages, 6.9 MB).
    `lazy`: after an add, the pages' rows as read when needed (pageinfo.StoredPages.docs), kept."""
    if lazy is not None:
        return [d["doc_id"] for d in docs], lazy
    sources: dict[str, str] = {}  # a few sources, each one string
    by_doc = {d["doc_id"]: {"source": sources.setdefault(d["source"], d["source"]) if d["source"] else d["source"],
                            "url": d["url"]} for d in docs}
    return [d["doc_id"] for d in docs], by_doc


class LinkSink:
    """entities.merge_entities' `sink`: each part of the links (a pyarrow Table) staged as it is made;
    `sorted` then gives them staged in entity_links' order (LINK_ORDER), sorted by DuckDB within `room`
    above what it holds (spilling past it), not by Arrow over every link at once."""

    def __init__(self, store: Any, room: str) -> None:
        self.store, self.room, self.staged = store, room, None

    def __call__(self, part: Any) -> None:
        self.staged = self.store.stage("entity_links", part, self.staged)

    def sorted(self) -> Any:
        staged = self.staged if self.staged is not None else self.store.stage("entity_links", [], None)
        self.staged = None
        with self.store.capped(self.store.room_above_held(self.room)):
            return self.store.stage_sorted(staged, LINK_ORDER)


def stage_rows(store: Any, name: str, rows: list[dict[str, Any]], size: int = ENTITY_CHUNK) -> Any:
    """Row dicts staged for `name` a chunk at a time, in order, each chunk's dicts freed once staged
    (the list is emptied): no Arrow copy of them all beside them."""
    staged = store.stage(name, [], None)
    rows.reverse()
    while rows:
        part = [rows.pop() for _ in range(min(size, len(rows)))]
        staged = store.stage(name, part, staged)
    return staged


def staged_changes(store: Any, staged: Any) -> list[dict[str, Any]]:
    """The RELATION_CHANGE events the relation timeline reads, of the kb_events rows staged (Store.stage), by id:
    read back once the event merge is done, not kept in Python through it (at 30,000 pages ~32 MB of rows).
    Through the store's own connection: the staged table is a temporary one of it."""
    return staged_relation_changes(store.con, staged.table)


TIMELINES = {"roles": "role_timeline", "relations": "relation_timeline", "facts": "fact_claims"}  # of their source


def timeline(store: Any, staged: dict[str, Any] | None, source: str,
             compute: Callable[[Any], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The timeline (TIMELINES) `compute` makes of its source table's rows. The whole build's (`staged`: the
    tables it stages) of a stream of them (store.iter_rows: never every row as dicts at once), staged in
    `staged` a chunk at a time as soon as made (stage_rows), and [] returned: its rows are not held to the
    writes (at 30,000 pages ~30 MB of them with the other timelines'); else of the rows listed, returned."""
    if staged is None:
        return compute(store.rows(source))
    staged[TIMELINES[source]] = stage_rows(store, TIMELINES[source], compute(store.iter_rows(source, ("*",))))
    return []
