"""What the whole build holds of every page and entity between its phases, kept bounded (issue 17): the
pages' rows slimmed to what the event merge reads once the links are made, entity_links staged in the
store as the entity merge makes them (sorted there, not in Python), kb_entities staged a chunk at a time."""

from __future__ import annotations

from typing import Any

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
