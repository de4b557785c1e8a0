"""Consolidation across pages, run over the store after ingest: pages linked (near-duplicates,
teasers), entities merged, reports of one event merged, timelines of roles, relationship levels
and fact claims, and the full-text index. Everything is rebuilt whole and written through the
store in one transaction, so re-running it over the same pages gives the same ids; only the
per-page preparation (signatures, index rows) can be cached and done once per page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dipnet.consolidate.entities import Resolver, merge_entities, rule_id
from dipnet.consolidate.events import consolidate_events, interval
from dipnet.consolidate.minhash import grams
from dipnet.consolidate.pages import Prepared, link_pages, prepare
from dipnet.consolidate.timelines import fact_claims, relation_timeline, role_timeline
from dipnet.kb import load_kb
from dipnet.store import BulkStore, Store

__all__ = ["Built", "Resolver", "build", "consolidate", "interval", "rule_id"]


def _columns(rows: list[dict[str, Any]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    return {n: [r.get(n) for r in rows] for n in names}


@dataclass
class Built:
    """The consolidated tables (column lists, JSON as text) and the per-page preparation this run
    computed that the cache did not hold (for the store to keep)."""

    tables: dict[str, dict[str, list[Any]]]
    counts: dict[str, int]
    fresh: Prepared = field(default_factory=Prepared)
    fresh_grams: list[dict[str, Any]] = field(default_factory=list)


def build(store: Store, prepared: Prepared | None = None, indexed: set[str] | None = None) -> Built:
    """The consolidated tables of the store's pages, without writing them. Whole when `indexed` is
    None; else page_grams is left out but for the pages not in `indexed` (the index is per page, so
    new pages' rows are all it lacks). `prepared` holds cached signatures; the rest are computed."""
    kb = load_kb()
    docs = store.rows("documents", ("doc_id", "source", "url", "title", "published_text", "text"))
    segments = store.rows("segments", ("doc_id", "idx", "kind", "brief", "text"))
    briefs = store.rows("briefs", ("doc_id", "idx", "headline", "summary", "published_text"))
    by_doc = {d["doc_id"]: d for d in docs}
    published: dict[tuple[str, int], str | None] = {(d["doc_id"], -1): d["published_text"] for d in docs}
    for b in briefs:
        published[(b["doc_id"], b["idx"])] = b["published_text"] or published.get((b["doc_id"], -1))

    have = Prepared(dict((prepared or Prepared()).pages), dict((prepared or Prepared()).briefs))
    new_ids = {d["doc_id"] for d in docs if d["doc_id"] not in have.pages}
    fresh = prepare([d for d in docs if d["doc_id"] in new_ids], [s for s in segments if s["doc_id"] in new_ids],
                    [b for b in briefs if b["doc_id"] in new_ids]) if new_ids else Prepared()
    have.update(fresh)
    links, stories = link_pages(docs, segments, briefs, have)
    entities, entity_links, res = merge_entities(store.rows("entities"), kb)
    events, mentions, actors = consolidate_events(store.rows("events"), res, stories, by_doc, published)
    roles = role_timeline(store.rows("roles"), res, kb)
    relations = relation_timeline(store.rows("relations"), events, res, published)
    facts = fact_claims(store.rows("facts"), res, published)
    index = page_grams([d for d in docs if indexed is None or d["doc_id"] not in indexed])
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
    counts = {name: len(rows) for name, (rows, _) in tables.items()}
    if indexed is not None:
        tables.pop("page_grams")
        return Built({n: _columns(r, c) for n, (r, c) in tables.items()}, counts, fresh, index)
    return Built({n: _columns(r, c) for n, (r, c) in tables.items()}, counts, fresh)


def page_grams(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The full-text index rows of these pages (each page's own: title and text)."""
    return [{"gram": g, "doc_id": d["doc_id"]} for d in docs
            for g in sorted(grams((d["title"] or "") + "\n" + (d["text"] or "")))]


def consolidate(store: Store, incremental: bool = False) -> dict[str, int]:
    """Rebuild the consolidated tables of the store; returns the number of rows of each.

    `incremental` (a BulkStore): each page's preparation (signatures, full-text index rows) is
    computed once, for the pages that lack it, and kept; the merges across pages are recomputed from
    it. The tables are the same as a whole rebuild's (tests/test_distribute.py checks it)."""
    if not (incremental and isinstance(store, BulkStore)):
        built = build(store)
        store.replace_consolidated(built.tables)
        return built.counts
    pages, briefs, indexed = store.features()
    built = build(store, decode_features(pages, briefs), indexed)
    store.replace_consolidated(built.tables)
    store.add_features(*feature_rows(built.fresh), built.fresh_grams)
    built.counts["page_grams"] = store.count("page_grams")
    return built.counts


def decode_features(pages: dict[str, tuple[bytes, bytes]], briefs: dict[tuple[str, int], bytes]) -> Prepared:
    def sig(b: bytes) -> np.ndarray:
        return np.frombuffer(b, dtype=np.uint64)

    return Prepared({d: (sig(m), sig(o)) for d, (m, o) in pages.items()}, {k: sig(v) for k, v in briefs.items()})


def feature_rows(p: Prepared) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Signatures as the rows of page_features and brief_features (BulkStore.add_features)."""
    return ([{"doc_id": d, "main_sig": m.tobytes(), "opening_sig": o.tobytes()} for d, (m, o) in p.pages.items()],
            [{"doc_id": d, "idx": i, "sig": s.tobytes()} for (d, i), s in p.briefs.items()])
