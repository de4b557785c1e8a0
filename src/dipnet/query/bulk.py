"""Whole-table reads for the exports: every consolidated event with its pages (keyset paging, so a
million events stream in constant memory), and the actor network."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dipnet.query import EVENT_COLUMNS, Query


def iter_events(q: Query, batch: int = 2000) -> Iterator[dict[str, Any]]:
    last = ""
    while True:
        rows = q._all(f"SELECT {EVENT_COLUMNS} FROM kb_events WHERE event_id > ? ORDER BY event_id LIMIT ?",
                      [last, batch])
        if not rows:
            return
        q._attach_sources(rows)
        yield from rows
        last = rows[-1]["event_id"]


def entities_by_id(q: Query) -> dict[str, dict[str, Any]]:
    return {r["entity_id"]: r for r in q._all("SELECT entity_id, type, name, kb_id, country, external FROM kb_entities")}


def actor_network(q: Query) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes: every actor of an event; edges: two actors of one event, weighted by how many."""
    nodes = q._all("SELECT a.entity_id, any_value(a.name) AS name, any_value(k.type) AS type, "
                   "any_value(k.country) AS country, any_value(k.external) AS external, count(DISTINCT a.event_id) "
                   "AS events FROM event_actors a LEFT JOIN kb_entities k USING (entity_id) "
                   "WHERE a.kind = 'participant' GROUP BY a.entity_id ORDER BY a.entity_id")
    edges = q._all("SELECT x.entity_id AS source, y.entity_id AS target, count(*) AS weight, "
                   "string_agg(DISTINCT e.type, ',' ORDER BY e.type) AS types FROM event_actors x "
                   "JOIN event_actors y ON x.event_id = y.event_id AND x.entity_id < y.entity_id "
                   "JOIN kb_events e ON e.event_id = x.event_id "
                   "WHERE x.kind = 'participant' AND y.kind = 'participant' GROUP BY ALL ORDER BY source, target")
    return nodes, edges
