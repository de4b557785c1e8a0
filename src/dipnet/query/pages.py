"""Read queries the web UI needs beyond `Query`: a page with every extracted item on its evidence
span, the event list with a planned/occurred filter, an actor's co-actors, and the actor network of
a period. Functions over a `Query` (its cursor); every list is bounded, so a store of 100,000 events
never loads whole."""

from __future__ import annotations

from typing import Any

from dipnet.errors import QueryError
from dipnet.model import Coverage
from dipnet.query import STATUSES, NotFound, Query, page, period_filters

MAX_NETWORK_EDGES = 400


# ---- a page with its items ----------------------------------------------------------------------
def _locate(text: str, needle: str | None, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """Where an evidence string stands in the page text (within [lo, hi) first, then anywhere)."""
    if not needle:
        return None
    at = text.find(needle, lo, len(text) if hi is None else hi)
    if at < 0:
        at = text.find(needle)
    return (at, at + len(needle)) if at >= 0 else None


def _brief_spans(segments: list[dict[str, Any]]) -> dict[int, tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for s in segments:
        if s["brief"] is None:
            continue
        lo, hi = spans.get(s["brief"], (s["start_char"], s["end_char"]))
        spans[s["brief"]] = (min(lo, s["start_char"]), max(hi, s["end_char"]))
    return spans


def _mentions(text: str, entities: list[dict[str, Any]], links: dict[str, str]) -> list[dict[str, Any]]:
    """Every occurrence of an entity's surface forms (two characters or more), longest first and
    never overlapping another."""
    forms = sorted({(m, e["entity_id"]) for e in entities for m in (e["mentions"] or []) if len(m) >= 2},
                   key=lambda f: (-len(f[0]), f[0]))
    taken = Coverage(len(text))
    by_id = {e["entity_id"]: e for e in entities}
    out = []
    for form, local in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not taken.any(at, end):
                taken.mark(at, end)
                e = by_id[local]
                out.append({"kind": "entity", "start": at, "end": end, "label": e["type"], "name": e["name"],
                            "entity_type": e["type"], "entity_id": links.get(local, local), "country": e["country"]})
            at = text.find(form, end)
    return out


def page_view(q: Query, doc_id: str) -> dict[str, Any]:
    """A stored page: its normalized text, segments, briefs, and every item extracted from it
    (events, facts, relations, roles, entity mentions) with the span of its evidence."""
    doc = q._one("SELECT doc_id, source, url, title, published_text AS published, published_precision, "
                 "published_method, language, text FROM documents WHERE doc_id = ?", [doc_id])
    if doc is None:
        raise NotFound(f"no such page: {doc_id}")
    text = doc["text"] or ""
    segments = q._all("SELECT idx, kind, start_char, end_char, brief FROM segments WHERE doc_id = ? ORDER BY idx",
                      [doc_id])
    bspans = _brief_spans(segments)
    briefs = q._all("SELECT idx, headline, summary, caption, published_text AS published, published_precision "
                    "FROM briefs WHERE doc_id = ? ORDER BY idx", [doc_id])
    for b in briefs:
        b["start"], b["end"] = bspans.get(b["idx"], (None, None))
    items: list[dict[str, Any]] = []
    kb_ids = {(r["idx"]): r["event_id"] for r in q._all(
        "SELECT idx, event_id FROM event_mentions WHERE doc_id = ?", [doc_id])}
    for e in q._all("SELECT idx, type, status, date, date_precision, end_date, participants, source_actors, "
                    "target_actors, location, channel, attributes, cameo, plover, evidence, start_char, end_char, "
                    "brief FROM events WHERE doc_id = ? ORDER BY start_char, idx", [doc_id]):
        items.append({"kind": "event", "start": e.pop("start_char"), "end": e.pop("end_char"), "label": e["type"],
                      "event_id": kb_ids.get(e["idx"]), **e})

    def scope(brief: int | None) -> tuple[int, int | None]:
        return bspans.get(brief, (0, None)) if brief is not None else (0, None)

    for f in q._all("SELECT subject, predicate, value, unit, as_of, evidence, brief FROM facts WHERE doc_id = ?",
                    [doc_id]):
        if span := _locate(text, f["evidence"], *scope(f["brief"])):
            items.append({"kind": "fact", "start": span[0], "end": span[1], "label": f["predicate"], **f})
    for r in q._all("SELECT a, b, level, since, evidence, brief FROM relations WHERE doc_id = ?", [doc_id]):
        if span := _locate(text, r["evidence"], *scope(r["brief"])):
            items.append({"kind": "relation", "start": span[0], "end": span[1], "label": r["level"], **r})
    for r in q._all("SELECT person, title, as_of, body, country, evidence FROM roles WHERE doc_id = ?", [doc_id]):
        if span := _locate(text, r["evidence"]):
            items.append({"kind": "role", "start": span[0], "end": span[1], "label": r["title"], **r})
    links = {r["local_id"]: r["entity_id"] for r in q._all(
        "SELECT local_id, entity_id FROM entity_links WHERE doc_id = ?", [doc_id])}
    entities = q._all("SELECT entity_id, type, name, country, mentions FROM entities WHERE doc_id = ?", [doc_id])
    items += _mentions(text, entities, links)
    items.sort(key=lambda i: (i["start"], -i["end"], i["kind"]))
    for n, it in enumerate(items):
        it["n"] = n
    related = q._all("SELECT CASE WHEN doc_a = ? THEN doc_b ELSE doc_a END AS doc_id, kind, brief, score "
                     "FROM page_links WHERE doc_a = ? OR doc_b = ? ORDER BY score DESC LIMIT 20",
                     [doc_id, doc_id, doc_id])
    return {"document": doc, "segments": segments, "briefs": briefs, "items": items, "related": related}


def pages(q: Query, limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    """The stored pages, newest first."""
    limit, offset = page(limit, offset)
    total = q._one("SELECT count(*) AS n FROM documents")
    items = q._all("SELECT doc_id, source, url, title, published_text AS published FROM documents "
                   "ORDER BY published DESC NULLS LAST, doc_id LIMIT ? OFFSET ?", [limit, offset])
    return {"total": total["n"] if total else 0, "limit": limit, "offset": offset, "items": items}


# ---- events with a status filter ----------------------------------------------------------------
def events(q: Query, status: str | None = None, **kw: Any) -> dict[str, Any]:
    """`Query.events` with the planned/occurred filter the timeline offers."""
    if status and status not in STATUSES:
        raise QueryError(f"no such status: {status} (one of {', '.join(STATUSES)})")
    return q.events(status=status, **kw)


def co_actors(q: Query, ref: str, limit: int = 30) -> list[dict[str, Any]]:
    """The actors met most often in the events of one actor."""
    eid = q.entity(ref)["entity_id"]
    return q._all("SELECT o.entity_id, any_value(coalesce(k.name, o.name)) AS name, any_value(k.type) AS type, "
                  "count(DISTINCT o.event_id) AS n, max(o.day_lo) AS last FROM event_actors o "
                  "SEMI JOIN (SELECT event_id FROM event_actors WHERE entity_id = ?) m ON o.event_id = m.event_id "
                  "LEFT JOIN kb_entities k ON k.entity_id = o.entity_id "
                  "WHERE o.entity_id <> ? AND o.kind = 'participant' GROUP BY o.entity_id "
                  "ORDER BY n DESC, o.entity_id LIMIT ?", [eid, eid, max(1, min(int(limit), 200))])


def network(q: Query, date_from: str | None = None, date_to: str | None = None, type: str | None = None,
            entity_type: str | None = None, min_weight: int = 1, limit: int = 150) -> dict[str, Any]:
    """Who meets whom in a period: the heaviest pairs of participants of one event (at most `limit`
    edges), and their actors as nodes with their number of events in the period."""
    where, params = period_filters(date_from, date_to, type, alias="x")
    # the same bounds on y: its rows carry their event's dates and type (consolidate.events), so
    # the answer is the same, and the join reads only the period's rows on both sides
    y_where, y_params = period_filters(date_from, date_to, type, alias="y")
    where += [*y_where, "x.kind = 'participant'", "y.kind = 'participant'"]
    params += y_params
    if entity_type:
        where.append("x.entity_id IN (SELECT entity_id FROM kb_entities WHERE type = ?) AND "
                     "y.entity_id IN (SELECT entity_id FROM kb_entities WHERE type = ?)")
        params += [entity_type.upper()] * 2
    limit = max(1, min(int(limit), MAX_NETWORK_EDGES))
    edges = q._all("SELECT x.entity_id AS source, y.entity_id AS target, count(DISTINCT x.event_id) AS weight "
                   "FROM event_actors x JOIN event_actors y ON x.event_id = y.event_id AND x.entity_id < y.entity_id "
                   f"WHERE {' AND '.join(where)} GROUP BY ALL HAVING count(DISTINCT x.event_id) >= ? "
                   "ORDER BY weight DESC, source, target LIMIT ?", [*params, max(1, int(min_weight)), limit])
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    period, period_params = period_filters(date_from, date_to, None, alias="a")
    nodes = q._all("SELECT a.entity_id, any_value(coalesce(k.name, a.name)) AS name, any_value(k.type) AS type, "
                   "count(DISTINCT a.event_id) AS events FROM event_actors a LEFT JOIN kb_entities k "
                   "ON k.entity_id = a.entity_id WHERE a.entity_id IN (SELECT unnest(?)) AND a.kind = 'participant' "
                   + "".join(f"AND {c} " for c in period) +
                   "GROUP BY a.entity_id ORDER BY a.entity_id", [ids, *period_params])
    return {"nodes": nodes, "edges": edges, "limit": limit}


def date_range(q: Query) -> dict[str, Any]:
    """The first and last day of the events, for the date controls."""
    row = q._one("SELECT min(day_lo) AS first, max(day_hi) AS last, count(*) AS events FROM kb_events")
    return row or {"first": None, "last": None, "events": 0}
