"""Consolidation across pages, run over the store after ingest: pages linked (near-duplicates,
teasers), entities merged, reports of one event merged, timelines of roles, relationship levels
and fact claims, and the full-text index, written through the store in one transaction, so
re-running it over the same pages gives the same ids. `consolidate` rebuilds everything whole;
`update` (after an add) prepares only the new pages (signatures, index rows), links them through
the band keys and headlines the store keeps (links), merges again only the entities the add changes
(added) and the events it can change (changes.remerge over the merge state the store keeps), reads
other pages' rows only as these need them (pageinfo), and recomputes the rest, writing only what
differs; both give the same tables."""

from __future__ import annotations

import gc
from collections.abc import Container, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from dipnet.consolidate.added import merge_added
from dipnet.consolidate.added import usable as entities_usable
from dipnet.consolidate.backfill import backfill
from dipnet.consolidate.bounded import LinkSink, slim_pages, stage_rows, staged_changes, timeline
from dipnet.consolidate.changes import Changed, Merged, merge_events, remerge
from dipnet.consolidate.compared import backfill as backfill_compared
from dipnet.consolidate.entities import COLUMNS as ENTITY_COLUMNS
from dipnet.consolidate.entities import Resolver, merge_entities, rule_id
from dipnet.consolidate.events import interval
from dipnet.consolidate.features import decode_features, feature_rows, stage_features
from dipnet.consolidate.gcfrozen import frozen, trim_heap
from dipnet.consolidate.links import links_added, state_rows
from dipnet.consolidate.links import usable as links_usable
from dipnet.consolidate.minhash import grams
from dipnet.consolidate.pageinfo import DOC_COLUMNS, StoredPages
from dipnet.consolidate.pages import Prepared, edges_of, prepare, write_links
from dipnet.consolidate.regroup import Touched, event_parties, moved, regroup
from dipnet.consolidate.relevents import PAIR_COLUMNS, RelationEvents, pair_rows, relation_events, upgrade_pairs
from dipnet.consolidate.storedpack import StoredPack
from dipnet.consolidate.timelines import fact_claims, relation_timeline, role_timeline
from dipnet.kb import KnowledgeBase, load_kb
from dipnet.store import EVENT_TABLES, GROUPS, WORK_MEMORY, Store, clustered, lookups, state
from dipnet.store.writes import EARLY_STAGE_MEMORY

__all__ = ["Built", "Resolver", "build", "consolidate", "decode_features", "feature_rows", "interval", "rule_id", "update"]


def _columns(rows: list[dict[str, Any]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    return {n: [r.get(n) for r in rows] for n in names}


@dataclass
class Built:
    """The consolidated tables (column lists, JSON as text) and the per-page preparation this run
    computed that the cache did not hold (for the store to keep); `unindexed`: the pages whose
    full-text index rows are to be written (index_rows makes them, a chunk of pages at a time)."""

    tables: dict[str, Any]  # column lists, or a Staged table
    counts: dict[str, int]
    fresh: Prepared = field(default_factory=Prepared)
    unindexed: list[str] = field(default_factory=list)
    merged: Merged = field(default_factory=Merged)  # the events' merge state (and, when partial, what it replaces)
    by_name: dict[str, str] = field(default_factory=dict)  # the resolver's name index
    changed: Changed | None = None  # incremental: what differs from the stored resolver (its writes reuse it)
    regrouped: dict[str, list[str]] = field(default_factory=dict)  # tables recomputed by group: the groups
    rule_names: tuple[list[tuple[str, str]], bool] = ([], True)  # rule-found names to keep, whether all
    links: tuple[dict[str, Any], bool] = field(default_factory=lambda: ({}, True))  # link state rows, whether whole


# DuckDB's threads during an add: its queries are small (a wave's lookups, a few pages' rows), and a
# second thread only adds its share of work and sync (at 100,000 pages the add's CPU time 9.9 -> 9.0-9.3 s,
# at 1,000 3.25 -> 3.07 s); the whole build keeps every thread (its sorts and scans of whole tables)
ADD_THREADS = 1
# DuckDB's memory from an add's replay to the end of its build: past it, the table blocks the replay's
# lookups read are dropped from its cache, not kept (its waves read ~50,000 reports' rows at 100,000
# pages: the cache grew 115 -> 235 MB), so the add's peak RSS stays lower (100k: 619 -> ~550 MB at
# 160MB, for ~0.2-0.4 s CPU of blocks read again). Before the replay the build's joins over every
# report (changes.remerge) and every entity link (added) keep ADD_BUILD_MEMORY: with WORK_MEMORY their
# hash tables and the blocks they cache reached ~250 MB. The writes have Store.write_memory: the indexes
# they load, and a little more (a fixed limit either caches blocks up to it or, on a larger store, fails
# the COMMIT). At 100,000 pages the three took an add's peak RSS 557 -> 482-484 MB (Python holds
# ~300 MB of its own by then: the rest is DuckDB's)
ADD_BUILD_MEMORY = "160MB"
ADD_READ_MEMORY = "112MB"
CHUNK = 500  # pages whose texts are in memory at once (preparation, index rows)
INDEX_CHUNK = 250  # pages whose index rows are made at once (~500 a page, each a str in Python until staged)
# DuckDB's memory during the whole build's entity and event merges: their sorted reads spill past it rather
# than fill Store.bulk_memory while Python holds the merges' maps (at 10,000 pages 166 MB there took the build's
# peak RSS to 655 MB; 96 MB 612). DuckDB keeps the table blocks it reads cached up to its limit, so that the
# limit is what it holds all along: 96 -> 64 MB took the sampled peak 525 -> 502 MB with PREPARE_MEMORY
ENTITY_READ_MEMORY = "64MB"
# DuckDB's memory while the whole build prepares the pages (their texts read a chunk at a time, each once):
# the blocks it read stay cached up to its limit, of no use after (at 10,000 pages 96 MB of them, to the merges).
# Each of these is a room above what DuckDB holds as its phase begins (Store.room_above_held): a served store
# holds what its adds left, which DuckDB cannot evict, and a fixed 32 MB starved the pages' reads there
PREPARE_MEMORY = "32MB"


def _chunks(ids: list[str], size: int = 0) -> Iterator[list[str]]:
    size = size or CHUNK
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


class Unprepared:
    """The stored pages prepared (signatures cached), as a test of membership of a stored page: every one
    but those not prepared yet (Store.unprepared_ids), not a set of every prepared page's id (at 100,000
    pages ~0.07 s CPU an add)."""

    def __init__(self, unprepared: list[str]) -> None:
        self.unprepared = set(unprepared)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id not in self.unprepared


def build(store: Store, prepared: Prepared | None = None, indexed: Container[str] | None = None,
          incremental: bool = False, stage: bool = False) -> Built:
    """The consolidated tables of the store's pages, without writing them. Whole when `indexed` is
    None (Built.unindexed: every page); else the index is only to be written for the pages not in
    `indexed` (it is per page, so new pages' rows are all it lacks). `prepared` holds cached
    signatures; the rest are computed, a chunk of pages at a time. `incremental`: the event tables
    hold only the events merged anew (changes.remerge; Built.merged says which stored ones they
    replace), unless the whole merge had to run. `stage`: the events merged whole are staged in the
    store a type at a time (Store.stage), for the caller to write in its transaction."""
    kb = load_kb()
    # the pages' texts are read only for the pages not prepared yet, a chunk at a time: the merges
    # across pages need titles, headlines and dates, not texts
    # after an add (with the link state kept) only the new pages' rows: other pages' as needed (pageinfo)
    lazy = incremental and prepared is None and links_usable(store.con)
    some = sorted(indexed.unprepared if isinstance(indexed, Unprepared) else store.unprepared_ids()) if lazy else None
    docs = store.rows("documents", DOC_COLUMNS, some)
    briefs = store.rows("briefs", ("doc_id", "idx", "headline", "published_text"), some)
    pages = StoredPages(store.con)
    by_doc: Any = pages.docs if lazy else {d["doc_id"]: d for d in docs}
    published: Any = pages.published if lazy else {(d["doc_id"], -1): d["published_text"] for d in docs}
    for b in briefs if not lazy else ():
        published[(b["doc_id"], b["idx"])] = b["published_text"] or published.get((b["doc_id"], -1))

    # the pages prepared already: after an add those with signatures stored (not read unless needed)
    # after an add the pages indexed are those prepared (both written together): not read again
    cached: Container[str] = set(prepared.pages) if prepared is not None else (
        indexed if indexed is not None else store.prepared_ids()) if incremental else set()
    fresh = Prepared()
    early: dict[str, Any] = {}  # the whole build's page_features, brief_features and page_bands, staged as prepared
    with store.capped(store.room_above_held(PREPARE_MEMORY)) if stage else nullcontext():  # see PREPARE_MEMORY
        for ids in _chunks(sorted(d["doc_id"] for d in docs if d["doc_id"] not in cached)):
            teasers = store.rows("briefs", ("doc_id", "idx", "headline", "summary"), ids)
            part = prepare(store.rows("documents", ("doc_id", "title", "text"), ids),
                           store.rows("segments", ("doc_id", "idx", "kind", "brief", "text"), ids), teasers)
            if stage:  # the whole build's signatures and band keys staged a chunk at a time (no copy of them all)
                stage_features(store, part, teasers, early)
            fresh.update(part)
        if stage and not early:  # no page: the tables staged empty all the same
            stage_features(store, Prepared(), [], early)
    if lazy:  # the new pages' links only (consolidate.links)
        links, stories, link_state = links_added(store.con, docs, briefs, fresh)
        link_whole = False
    else:
        # the caller's signatures copied (not changed), the stored ones decoded; the whole build's are `fresh`
        have = prepared.copy() if prepared is not None else decode_features(*store.features()[:2]) if incremental else fresh
        if have is not fresh:
            have.update(fresh)
        edges = edges_of(docs, [], briefs, have)
        links, stories = write_links(edges)
        link_state, link_whole = state_rows(docs, briefs, have, edges, bands=not stage), True
        del have, edges
    ids, by_doc = slim_pages(docs, by_doc if lazy else None)  # what the merges read of a page: the rest freed,
    del docs, briefs  # and the teasers' rows (the links' only)
    if stage:  # the whole build's link state staged in the store now, not held to the writes
        fresh = Prepared()
        with store.capped(store.room_above_held(EARLY_STAGE_MEMORY)):  # staged past it to disk, not held under the merges
            link_state = {"page_bands": early.pop("page_bands"),
                          **{name: store.stage(name, rows, None) for name, rows in link_state.items()}}
        _give_back(False)  # the rows staged (Arrow, numpy) go back before the entity merge takes its own
    new_docs = {d for d in ids if indexed is not None and d not in indexed}
    added = merge_added(store, kb, new_docs) if incremental else None  # an add's changed entities (consolidate.added)
    links_to = LinkSink(store, ENTITY_READ_MEMORY) if stage else None  # the whole build's links staged as made
    if added is None:
        with store.capped(store.room_above_held(ENTITY_READ_MEMORY)) if stage else nullcontext():  # see ENTITY_READ_MEMORY
            entities, entity_links, res = merge_entities(lambda: store.iter_rows("entities", ENTITY_COLUMNS), kb,
                                                         new_docs if incremental else None, not incremental, links_to)
    else:
        entities, entity_links, res = added.rows, added.links, added.res
    if stage:
        _give_back(False)  # and what the entity merge freed (its reads' rows), before the event merge
    if lazy:  # the whole build has every page's row in by_doc already: not read again into `pages`
        res.hooks.append(pages.prefetch)
    merged, changed, moves = None, None, (True, True)
    if incremental:
        if added is None:
            changed, moves = _changed(store, entities, entity_links, res, kb)
        else:
            changed, moves = Changed(added.docs, added.names, added.refs), moved(state.entity_fields(store.con), res, kb)
        # DuckDB's memory down to ADD_READ_MEMORY from the replay on (the joins over every report before
        # it keep the outer limit: their hash tables within it cost ~0.3 s more at 100,000 pages)
        with frozen():  # the replay's collections walk what it makes only; its cycles freed at its end
            merged = remerge(store.con, res, stories, by_doc, published, changed,
                             lambda: store.limit_memory(ADD_READ_MEMORY))
        if merged is None and added is not None:  # the whole merge: of entities too (its tables are written whole)
            entities, entity_links, res = merge_entities(lambda: store.iter_rows("entities", ENTITY_COLUMNS), kb, new_docs)
            res.hooks.append(pages.prefetch)
            added = None
    staged: dict[str, Any] = {}  # the whole build's events, staged in the store a type at a time
    if links_to is not None:  # its entity links, staged as made, sorted (consolidate.bounded), and its entities
        staged["entity_links"], entity_links, staged["kb_entities"] = links_to.sorted(), [], stage_rows(store, "kb_entities", entities)

    def sink(part: Merged) -> None:
        for name, rows in (("kb_events", part.events), ("event_mentions", part.mentions),
                           ("event_actors", part.actors), ("event_reports", part.state)):
            staged[name] = store.stage(name, rows, staged.get(name))

    if merged is None:
        # staged: a type's rows streamed, clustered packed and read again a cluster at a time (changes._packed)
        # the whole build's within ENTITY_READ_MEMORY too: its reads and staged rows spill (10k: ~530 -> ~470 MB)
        with store.capped(store.room_above_held(store.merge_room(ENTITY_READ_MEMORY))) if stage else nullcontext():
            merged = merge_events(partial(_events_of, store, stage), state.event_types(store.con), res, stories, by_doc,
                                  published, sink if stage else None,
                                  partial(clustered.cluster_rows, store.con) if stage else None,
                                  partial(StoredPack, store.con) if stage else None)
    del by_doc, stories  # the merge's only; the whole build's RELATION_CHANGE events read back from those staged:
    kept = staged_changes(store, staged["kb_events"]) if "kb_events" in staged else []  # not held through the merge
    events, mentions, actors = merged.events, merged.mentions, merged.actors
    # the RELATION_CHANGE events the relation timeline reads: those merged this time, and after an add
    # the stored ones kept (read only as the groups recomputed need them: RelationEvents)
    changes = RelationEvents(store.con, [e for e in events if e["type"] == "RELATION_CHANGE"] + kept,
                             None if merged.dropped is None else merged.gone | {e["event_id"] for e in events})
    unindexed = sorted(d for d in ids if indexed is None or d not in indexed)
    regrouped: dict[str, list[str]] = {}
    roles_of = lambda rows: role_timeline(rows, res, kb)  # noqa: E731
    relations_of = lambda rows: relation_timeline(rows, changes.of(), res, published)  # noqa: E731
    facts_of = lambda rows: fact_claims(rows, res, published)  # noqa: E731
    if merged.dropped is not None and changed is not None:  # the timelines by group too (consolidate.regroup)
        touched = Touched(set(unindexed) | set(changed.docs), set(changed.names), set(changed.refs), *moves)
        if not touched.retyped:
            roles, regrouped["role_timeline"] = regroup(store, "roles", touched, roles_of, res=res)
        if not touched.moved_country:
            relations, regrouped["relation_timeline"] = regroup(
                store, "relations", touched, relations_of,
                event_parties(events, [e for e in changes.replaced_rows() if e["event_id"] in merged.gone]),
                lambda rows: relation_timeline(rows, [], res, published), res,
                partial(relation_events, events, changes, res, published),
                lambda rows, groups: relation_timeline(rows, changes.of(groups), res, published))
        facts, regrouped["fact_claims"] = regroup(store, "facts", touched, facts_of, res=res)
    if "role_timeline" not in regrouped:
        roles = timeline(store, staged if stage else None, "roles", roles_of)
    if "relation_timeline" not in regrouped:
        relations = timeline(store, staged if stage else None, "relations", relations_of)
    if "fact_claims" not in regrouped:
        facts = timeline(store, staged if stage else None, "facts", facts_of)
    specs = {
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
    }
    del entities, entity_links, links, events, mentions, actors, roles, relations, facts
    counts = {name: staged[name].rows if name in staged else len(rows) for name, (rows, _) in specs.items()}
    # each table as columns, its row dicts dropped at once (what they free serves the next table's columns)
    cols: dict[str, Any] = {}
    for name in list(specs):
        rows, names = specs.pop(name)
        cols[name] = staged[name] if name in staged else rows if not isinstance(rows, list) else _columns(rows, names)
        if isinstance(rows, list):
            rows.clear()
    cols.update(early)
    if "event_reports" in staged:
        merged.state = staged["event_reports"]
    # the relation pairs of the RELATION_CHANGE events merged (all of them in a whole merge: relation_pairs)
    cols["relation_pairs"] = _columns(pair_rows(changes.own), PAIR_COLUMNS)
    rule_names = (res.rule_names, True) if added is None else (added.rule_names, False)
    if added is not None:
        regrouped["kb_entities"] = added.gids
    return Built(cols, counts, fresh, unindexed, merged, dict(res.by_name), changed, regrouped, rule_names,
                 (link_state, link_whole))


def _events_of(store: Store, streamed: bool, kind: str, cols: tuple[str, ...] | None) -> Iterable[dict[str, Any]]:
    """A type's events rows, these columns (all when None); `streamed`: a chunk at a time, each with its
    row id (changes.merge_events' reread)."""
    return clustered.type_rows(store.con, kind, cols) if streamed else store.rows("events", cols, kind=kind)


def _changed(store: Store, entities: list[dict[str, Any]], links: list[dict[str, Any]], res: Resolver,
             kb: KnowledgeBase) -> tuple[Changed, tuple[bool, bool]]:
    """What reports read that differs from what the stored ones read (changes.Changed), and whether
    an entity stored before changed type or country (regroup.moved)."""
    import pyarrow as pa

    before = state.entity_fields(store.con)
    moves = moved(before, res, kb)
    refs = {e["entity_id"] for e in entities if before.pop(e["entity_id"], None) != (e["name"], e["type"], e["country"])}
    refs |= set(before)  # entities gone
    names = state.name_index(store.con)
    names_moved = {n for n, i in res.by_name.items() if names.pop(n, None) != i} | set(names)
    if res.relinked is not None:  # known without comparing the tables (entities.relinked)
        docs = sorted(res.relinked)
    else:
        docs = lookups.changed_keys(store.con, "entity_links", "doc_id",
                                  pa.table(_columns(links, ("doc_id", "local_id", "entity_id"))))
    return Changed(docs, sorted(names_moved), sorted(refs)), moves


def page_grams(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The full-text index rows of these pages (each page's own: title and text)."""
    return [{"gram": g, "doc_id": d["doc_id"]} for d in docs
            for g in sorted(grams((d["title"] or "") + "\n" + (d["text"] or "")))]


def index_rows(store: Store, doc_ids: list[str]) -> Iterator[Any]:
    """The full-text index rows of these pages as pyarrow Tables, a chunk of pages at a time (the
    index of 100,000 pages is tens of millions of rows: never all in memory)."""
    import pyarrow as pa

    for ids in _chunks(doc_ids, INDEX_CHUNK):
        g: list[str] = []
        d: list[str] = []
        for doc in store.rows("documents", ("doc_id", "title", "text"), ids):
            got = sorted(grams((doc["title"] or "") + "\n" + (doc["text"] or "")))
            g.extend(got)
            d.extend([doc["doc_id"]] * len(got))
        yield pa.table({"gram": pa.array(g, pa.string()), "doc_id": pa.array(d, pa.string())})


def consolidate(store: Store, incremental: bool = False) -> dict[str, int]:
    """Rebuild the consolidated tables of the store; returns the number of rows of each (_consolidate
    says how), with DuckDB's memory capped meanwhile (Store.capped: its sorts spill to disk; the whole
    build's by the indexes it makes, Store.bulk_memory), and an add's queries on one thread (ADD_THREADS)."""
    with store.capped(WORK_MEMORY if incremental else store.bulk_memory(), ADD_THREADS if incremental else None):
        return _consolidate(store, incremental)


def _consolidate(store: Store, incremental: bool) -> dict[str, int]:
    """`incremental`: each page's preparation (signatures, full-text index rows) is computed once, for
    the pages that lack it, and kept; the merges across pages are recomputed from it. Either way one
    transaction writes everything, so a reader (the server's) sees the knowledge base before or
    after, never between. The tables are the same as a whole rebuild's (tests/test_consolidate.py
    and tests/test_distribute.py check it)."""
    if not incremental:
        built = build(store, stage=True)
        _give_back()  # what the merges freed goes back before the writes take theirs
        pages, briefs = feature_rows(built.fresh)  # none: staged by build
        tables = {**built.tables, "page_features": built.tables.get("page_features", pages),
                  "brief_features": built.tables.get("brief_features", briefs),
                  "page_grams": index_rows(store, built.unindexed), **built.links[0]}  # the cache whole too
        built.tables.clear()  # each table's rows freed once written (replace_consolidated empties `tables`)
        built.links[0].clear()
        store.replace_consolidated(tables, merge_state=(built.merged.state, built.by_name, built.rule_names[0]))
    else:
        # the reports of a store consolidated before they kept what they resolved: filled in once
        if entities_usable(store.con):
            backfill(store.con, load_kb())
            backfill_compared(store.con, load_kb())  # and what the replay compares of them
        upgrade_pairs(store.con)  # the relation pairs of a store consolidated before they were kept
        # the pages indexed are those prepared: both are written for the same pages, in one transaction;
        # the memory Python freed goes back before the writes take theirs
        with store.capped(ADD_BUILD_MEMORY):  # and within less from the replay on (ADD_READ_MEMORY)
            built = build(store, None, Unprepared(store.unprepared_ids()), incremental=True)
        _give_back(built.merged.dropped is None)  # the replay's cycles were collected as it ended (gcfrozen)
        pages, briefs = feature_rows(built.fresh)
        append = {"page_features": pages, "brief_features": briefs, "page_grams": index_rows(store, built.unindexed)}
        link_rows, whole = built.links
        replace = link_rows if whole else {"story_edges": link_rows.pop("story_edges")}
        append |= {} if whole else link_rows
        if built.merged.dropped is None:  # the whole merge ran
            store.replace_consolidated({**{t: built.tables[t] for t in (*GROUPS, *EVENT_TABLES, "relation_pairs")},
                                        **replace}, append,
                                       (built.merged.state, built.by_name, built.rule_names[0]))
        else:
            known = built.changed or Changed([], [], [])
            append["relation_pairs"] = built.tables["relation_pairs"]
            with store.capped(store.write_memory()):  # the indexes they load, and little cache
                store.update_consolidated({t: built.tables[t] for t in GROUPS},
                                          {t: built.tables[t] for t in EVENT_TABLES}, built.merged, built.by_name,
                                          append, {"entity_links": known.docs, "name_index": known.names,
                                                   **built.regrouped}, built.rule_names, replace)
    return {t: store.count(t) for t in built.counts} | {"page_grams": store.count("page_grams")}


def _give_back(collect: bool = True) -> None:
    """Free what the build left in reference cycles (the replay's: ~60 MB at 100,000 pages; not `collect`:
    none) and return the heap Python freed to the system (glibc's malloc_trim; elsewhere nothing)."""
    if collect:
        gc.collect()
    trim_heap()


def update(store: Store) -> dict[str, int]:
    """Bring the knowledge base level with the pages stored: the incremental consolidation, in one
    transaction (what `ingest` runs after storing pages; the server's writer can run it too)."""
    return consolidate(store, incremental=True)
