"""Consolidation across pages, run over the store after ingest: pages linked (near-duplicates,
teasers), entities merged, reports of one event merged, timelines of roles, relationship levels
and fact claims, and the full-text index. Everything is rebuilt whole and written through the
store in one transaction, so re-running it over the same pages gives the same ids."""

from __future__ import annotations

from typing import Any

from dipnet.consolidate.entities import Resolver, merge_entities, rule_id
from dipnet.consolidate.events import consolidate_events, interval
from dipnet.consolidate.minhash import grams
from dipnet.consolidate.pages import link_pages
from dipnet.consolidate.timelines import fact_claims, relation_timeline, role_timeline
from dipnet.kb import load_kb
from dipnet.store import Store

__all__ = ["Resolver", "consolidate", "interval", "rule_id"]


def _columns(rows: list[dict[str, Any]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    return {n: [r.get(n) for r in rows] for n in names}


def consolidate(store: Store) -> dict[str, int]:
    """Rebuild the consolidated tables of the store; returns the number of rows of each."""
    kb = load_kb()
    docs = store.rows("documents", ("doc_id", "source", "url", "title", "published_text", "text"))
    segments = store.rows("segments", ("doc_id", "idx", "kind", "brief", "text"))
    briefs = store.rows("briefs", ("doc_id", "idx", "headline", "summary", "published_text"))
    by_doc = {d["doc_id"]: d for d in docs}
    published: dict[tuple[str, int], str | None] = {(d["doc_id"], -1): d["published_text"] for d in docs}
    for b in briefs:
        published[(b["doc_id"], b["idx"])] = b["published_text"] or published.get((b["doc_id"], -1))

    links, stories = link_pages(docs, segments, briefs)
    entities, entity_links, res = merge_entities(store.rows("entities"), kb)
    events, mentions, actors = consolidate_events(store.rows("events"), res, stories, by_doc, published)
    roles = role_timeline(store.rows("roles"), res, kb)
    relations = relation_timeline(store.rows("relations"), events, res, published)
    facts = fact_claims(store.rows("facts"), res, published)
    index = [{"gram": g, "doc_id": d["doc_id"]} for d in docs
             for g in sorted(grams((d["title"] or "") + "\n" + (d["text"] or "")))]
    tables = {
        "kb_entities": (entities, ("entity_id", "type", "name", "kb_id", "country", "sector", "external",
                                   "variants", "n_docs")),
        "entity_links": (entity_links, ("doc_id", "local_id", "entity_id")),
        "page_links": (links, ("doc_a", "doc_b", "kind", "brief", "score")),
        "kb_events": (events, tuple(events[0]) if events else ("event_id",)),
        "event_mentions": (mentions, tuple(mentions[0]) if mentions else ("event_id",)),
        "event_actors": (actors, ("event_id", "entity_id", "name", "kind", "day_lo", "day_hi", "type", "channel",
                                  "year")),
        "role_timeline": (roles, tuple(roles[0]) if roles else ("person_id",)),
        "relation_timeline": (relations, tuple(relations[0]) if relations else ("pair_a",)),
        "fact_claims": (facts, tuple(facts[0]) if facts else ("claim_id",)),
        "page_grams": (index, ("gram", "doc_id")),
    }
    store.replace_consolidated({name: _columns(rows, cols) for name, (rows, cols) in tables.items()})
    return {name: len(rows) for name, (rows, _) in tables.items()}
