"""What the consolidation after an add reads of the store besides the events' merge state
(store.state): the stored entity rows and links it merges again from (consolidate.added), the
pages' rows it reads a batch at a time (consolidate.pageinfo), and the timeline groups an add can
change (consolidate.regroup). The SQL lives here; the consolidate modules decide."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import duckdb

from dipnet.store.state import register_keys

ENTITY_ORDER = "doc_id, entity_id, type, name, kb_id, country, sector, mentions"  # store.rows' order of the entity columns


# ---- entities (consolidate.added) -------------------------------------------------------------------
def entity_state_usable(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store keeps the name index and the rule-found names (a store consolidated before
    it kept them: no)."""
    return bool(con.cursor().execute(
        "SELECT EXISTS (FROM name_index) AND (EXISTS (FROM rule_names) OR NOT EXISTS "
        "(FROM entity_links WHERE entity_id LIKE '%:~%'))").fetchall()[0][0])


def page_links(cur: duckdb.DuckDBPyConnection) -> Iterator[tuple[str, str, str | None, str]]:
    """(doc_id, name, mentions as JSON text, entity id) of each entity row of the pages registered as
    `_d` on `cur` (state.unread), in store.rows' order of the entity rows as far as it tells the
    entities apart: by page and local id (the rows of one local id link to one entity, so their order
    among themselves gives the same names their same entity; sorting by every column sorted the
    mentions' texts too), a batch of rows at a time (a wave of an add reads the links of thousands of
    pages: never all their tuples at once)."""
    cur.execute(
        "SELECT e.doc_id, e.name, CAST(e.mentions AS VARCHAR), l.entity_id FROM entities e JOIN "
        "(SELECT DISTINCT doc_id, local_id, entity_id FROM entity_links WHERE doc_id IN (SELECT k FROM _d)) l "
        "ON l.doc_id = e.doc_id AND l.local_id = e.entity_id WHERE e.doc_id IN (SELECT k FROM _d) "
        "ORDER BY e.doc_id, e.entity_id")
    while batch := cur.fetchmany(20_000):
        yield from batch


def rule_names_of(con: duckdb.DuckDBPyConnection, types: Any) -> list[tuple[str, str]]:
    """(type, name) of the stored rule-found names of these types."""
    cur = con.cursor()
    register_keys(cur, "_t", set(types))
    return cur.execute("SELECT type, name FROM rule_names WHERE type IN (SELECT k FROM _t)").fetchall()


def pages_moved(con: duckdb.DuckDBPyConnection, moved: dict[tuple[str, str], tuple[str, str]]) -> set[str]:
    """The pages of the stored entity rows of these (type, name) linked to the entity `moved` gives
    first (the entity before): the rows whose entity the add moves."""
    import pyarrow as pa

    cur = con.cursor()
    cur.register("_moved", pa.table({"type": pa.array([k[0] for k in moved], pa.string()),
                                     "name": pa.array([k[1] for k in moved], pa.string()),
                                     "old": pa.array([v[0] for v in moved.values()], pa.string())}))
    return {r[0] for r in cur.execute(
        "SELECT DISTINCT e.doc_id FROM entities e JOIN _moved m ON e.type = m.type AND e.name = m.name "
        "JOIN entity_links l ON l.doc_id = e.doc_id AND l.local_id = e.entity_id AND l.entity_id = m.old").fetchall()}


def links_of_pages(con: duckdb.DuckDBPyConnection, docs: list[str]) -> dict[tuple[str, str], str]:
    """(doc_id, local id) -> entity id of the stored links of these pages."""
    cur = con.cursor()
    register_keys(cur, "_rl", docs)
    return {(d, loc): g for d, loc, g in cur.execute(
        "SELECT doc_id, local_id, entity_id FROM entity_links WHERE doc_id IN (SELECT k FROM _rl)").fetchall()}


def entity_tallies(con: duckdb.DuckDBPyConnection, fresh: Any, affected: set[str], relinked: set[str],
                   stored: bool = True) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Over the rows of the entities `affected`: the stored ones by their links (but those of the
    pages `relinked`; none when not `stored`) and those of `fresh` (a pyarrow Table of the entity
    columns and `gid`, the entity each row is in now), numbered in store.rows' order: per entity its
    first row's (gid, type, sector, doc_id, local id, pages); (gid, name, count) of every name and
    mention; (gid, country, count, rank of its first row among the entity's countries) of every
    country."""
    from dipnet.store import tallies

    cur = con.cursor()
    cur.register("_fresh", fresh)
    register_keys(cur, "_aff", affected)
    register_keys(cur, "_rel", relinked)
    rows = "SELECT * FROM _fresh WHERE gid IN (SELECT k FROM {aff})"
    if stored:
        rows = ("SELECT e.doc_id, e.entity_id, e.type, e.name, e.kb_id, e.country, e.sector, "
                "CAST(e.mentions AS VARCHAR) AS mentions, l.entity_id AS gid FROM entities e JOIN "
                "(SELECT DISTINCT doc_id, local_id, entity_id FROM entity_links WHERE entity_id IN (SELECT k FROM {aff}) "
                "AND doc_id NOT IN (SELECT k FROM _rel)) l ON l.doc_id = e.doc_id AND l.local_id = e.entity_id "
                f"UNION ALL {rows}")
        if tallies.usable(con):  # the stored totals, not every row of a hub entity (store.tallies)
            return tallies.read(cur, rows)
    # each entity's first row, and each country's, by the least struct of store.rows' columns (a struct
    # orders as ORDER BY does, a NULL field last): aggregates, not a window numbering every row (a sort)
    return tallies.whole_tallies(cur, rows.format(aff="_aff"))


def kb_entity_tallies(con: duckdb.DuckDBPyConnection, entities: set[str]) -> list[tuple[Any, ...]]:
    """(entity_id, type, sector, n_docs, variants as JSON text) of these consolidated entities."""
    cur = con.cursor()
    register_keys(cur, "_g", entities)
    return cur.execute("SELECT entity_id, type, sector, n_docs, variants FROM kb_entities "
                       "WHERE entity_id IN (SELECT k FROM _g)").fetchall()


def kb_entity_rows(con: duckdb.DuckDBPyConnection) -> list[tuple[Any, ...]]:
    """(entity_id, name, type, country, kb_id, variants as JSON text) of every consolidated entity."""
    return con.cursor().execute("SELECT entity_id, name, type, country, kb_id, variants FROM kb_entities").fetchall()


def first_links(con: duckdb.DuckDBPyConnection, entities: set[str]) -> dict[str, tuple[str, str]]:
    """entity id -> (doc_id, local id) of its first stored link, of these entities: the least pair,
    an aggregate (a window numbering each entity's links in order sorted them all: at 100,000 pages
    ~0.38 s CPU a call, this ~0.08 s)."""
    cur = con.cursor()
    register_keys(cur, "_need", entities)
    return {g: (m["d"], m["l"]) for g, m in cur.execute(
        "SELECT entity_id, min({'d': doc_id, 'l': local_id}) FROM entity_links "
        "WHERE entity_id IN (SELECT k FROM _need) GROUP BY entity_id").fetchall()}


# ---- pages (consolidate.pageinfo) --------------------------------------------------------------------
def page_dates(cur: duckdb.DuckDBPyConnection, columns: tuple[str, ...]) -> tuple[list[tuple[Any, ...]],
                                                                                  list[tuple[Any, ...]]]:
    """The `columns` of the documents rows of the pages registered as `_d` on `cur` (state.unread),
    and (doc_id, idx, published_text) of their teasers."""
    docs = cur.execute(f"SELECT {', '.join(columns)} FROM documents WHERE doc_id IN (SELECT k FROM _d)").fetchall()
    briefs = cur.execute("SELECT doc_id, idx, published_text FROM briefs WHERE doc_id IN (SELECT k FROM _d)").fetchall()
    return docs, briefs


# ---- timelines (consolidate.regroup) -------------------------------------------------------------------
def distinct_values(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...]) -> set[str]:
    """Every value of these columns of `table` (names to resolve)."""
    cur = con.cursor()
    return {r[0] for c in columns for r in cur.execute(f"SELECT DISTINCT {c} FROM {table}").fetchall() if r[0]}


def pages_giving(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], names: list[str]) -> set[str]:
    """The pages of the rows of `table` giving one of these names in one of these columns."""
    cur = con.cursor()
    register_keys(cur, "_names", names)
    where = " OR ".join(f"{c} IN (SELECT k FROM _names)" for c in columns)
    return {r[0] for r in cur.execute(f"SELECT DISTINCT doc_id FROM {table} WHERE {where}").fetchall()}


def names_giving(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...],
                 names: list[str]) -> set[tuple[str, str]]:
    """(doc_id, name) of the rows of `table` giving one of these names in one of these columns, but
    those whose page has a linked entity row of that very name or mention (the name is the page's
    own: StoredLocal maps it). The columns in one query: the pages' own names read once, not once a
    column; and only the entity rows giving a pair found are looked up among the links (at 100,000
    pages, a name given on 3,000 pages: ~0.4 -> ~0.17 s CPU)."""
    if not columns:
        return set()
    cur = con.cursor()
    register_keys(cur, "_names", names)
    given = " UNION ".join(f"SELECT doc_id, {c} AS n FROM {table} WHERE {c} IN (SELECT k FROM _names)"
                           for c in columns)
    return set(cur.execute(
        f"WITH g AS ({given}), "
        "c AS (SELECT e.doc_id, e.entity_id, unnest(list_prepend(e.name, coalesce(CAST(e.mentions AS VARCHAR[]), "
        "[]))) AS n FROM entities e WHERE e.doc_id IN (SELECT doc_id FROM g)), "
        "own AS (SELECT DISTINCT c.doc_id, c.n FROM c SEMI JOIN g USING (doc_id, n) "
        "SEMI JOIN entity_links l ON l.doc_id = c.doc_id AND l.local_id = c.entity_id) "
        "SELECT doc_id, n FROM g ANTI JOIN own USING (doc_id, n)").fetchall())


def groups_citing(con: duckdb.DuckDBPyConnection, timeline: str, key: str, docs: set[str], ids: set[str],
                  id_columns: tuple[str, ...]) -> set[str]:
    """The stored groups of `timeline` (by `key`) citing one of these pages or naming one of these entities."""
    cur = con.cursor()
    register_keys(cur, "_d", docs)
    register_keys(cur, "_i", ids)
    named = " OR ".join(f"{c} IN (SELECT k FROM _i)" for c in id_columns)
    return {r[0] for r in cur.execute(
        f"SELECT DISTINCT {key} FROM {timeline} WHERE {named} OR {key} IN (SELECT {key} FROM "
        f"(SELECT {key}, unnest(CAST(doc_ids AS VARCHAR[])) AS d FROM {timeline}) WHERE d IN (SELECT k FROM _d))"
    ).fetchall()}


def timeline_rows(con: duckdb.DuckDBPyConnection, timeline: str, key: str, groups: set[str]) -> list[dict[str, Any]]:
    """The stored rows of these groups of `timeline` (JSON as text)."""
    cur = con.cursor()
    register_keys(cur, "_g", groups)
    cur.execute(f"SELECT * FROM {timeline} WHERE {key} IN (SELECT k FROM _g)")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def pages_cited(con: duckdb.DuckDBPyConnection, timeline: str, key: str, groups: set[str]) -> set[str]:
    """The pages the stored rows of these groups of `timeline` cite."""
    cur = con.cursor()
    register_keys(cur, "_g", groups)
    return {r[0] for r in cur.execute(f"SELECT DISTINCT unnest(CAST(doc_ids AS VARCHAR[])) FROM {timeline} "
                                      f"WHERE {key} IN (SELECT k FROM _g)").fetchall()}


# what the relation timeline reads of a RELATION_CHANGE event, and which can set a level (timelines.event_pairs
# gives a pair to no other: one not occurred or undated)
CHANGE_COLUMNS = "event_id, type, status, date, attributes, evidence, participant_ids"
LEVEL_SETTING = "type = 'RELATION_CHANGE' AND status = 'occurred' AND coalesce(date, '') <> ''"


def relation_events(con: duckdb.DuckDBPyConnection, events: set[str]) -> list[dict[str, Any]]:
    """What the relation timeline reads (timelines.event_pairs) of the stored RELATION_CHANGE events of these ids."""
    cur = con.cursor()
    register_keys(cur, "_gone", events)
    # the rows found by their ids first (two columns scanned), then read by rowid (the evidence and attributes
    # decoded only where a row was found: at 100,000 pages 0.11 -> 0.03 s)
    cur.execute(f"SELECT {CHANGE_COLUMNS} FROM kb_events "
                "WHERE rowid IN (SELECT rowid FROM kb_events WHERE type = 'RELATION_CHANGE' AND event_id IN (SELECT k FROM _gone)) ORDER BY rowid")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def relation_changes(con: duckdb.DuckDBPyConnection, leave_out: list[str], parties: set[str] | None = None,
                     keep: Callable[[str | None], bool] | None = None) -> list[dict[str, Any]]:
    """What the relation timeline reads (relation_events' columns) of the stored RELATION_CHANGE
    events but those of `leave_out`, by id: only those that can set a level (occurred and dated:
    timelines.event_pairs gives no other a pair) and, when `parties` is given, whose participant
    ids (JSON text) hold one of them (the events a few groups' rows read: not every one), and that
    `keep` keeps given their participant ids (read first, the other columns only of those kept)."""
    import pyarrow as pa

    cur = con.cursor()
    register_keys(cur, "_out", leave_out)
    where = f"WHERE {LEVEL_SETTING} AND event_id NOT IN (SELECT k FROM _out)"
    if parties is not None:
        register_keys(cur, "_parties", parties)
        where += " AND EXISTS (SELECT 1 FROM _parties WHERE contains(coalesce(participant_ids, ''), k))"
    if keep is not None:
        kept = [r for r, ids in cur.execute(f"SELECT rowid, participant_ids FROM kb_events {where}").fetchall()
                if keep(ids)]
        cur.register("_kept", pa.table({"k": pa.array(kept, pa.int64())}))
        where = "WHERE rowid IN (SELECT k FROM _kept)"
    cur.execute(f"SELECT {CHANGE_COLUMNS} FROM kb_events {where} "
                "ORDER BY event_id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def staged_relation_changes(con: duckdb.DuckDBPyConnection, table: str) -> list[dict[str, Any]]:
    """relation_changes of the kb_events rows a whole build staged in `table` (a temporary table of `con`), by id:
    read back once the event merge is done, not kept in Python through it (cb6)."""
    cur = con.execute(f"SELECT {CHANGE_COLUMNS} FROM {table} WHERE {LEVEL_SETTING} ORDER BY event_id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def relation_firsts(con: duckdb.DuckDBPyConnection, leave_out: list[str],
                    parties: set[str] | None = None) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(pair_a, pair_b, level, {event_id, date, evidence}) of the earliest stored event (by date, then
    id) of each pair and level of relation_pairs, but the events of `leave_out`, of the pairs whose
    first party is one of `parties` when given."""
    cur = con.cursor()
    register_keys(cur, "_out", leave_out)
    where = "WHERE event_id NOT IN (SELECT k FROM _out)"
    if parties is not None:
        register_keys(cur, "_parties", parties)
        where += " AND pair_a IN (SELECT k FROM _parties)"
    return cur.execute("SELECT pair_a, pair_b, level, arg_min(struct_pack(event_id, date, evidence), "
                       f"struct_pack(date, event_id)) FROM relation_pairs {where} GROUP BY ALL").fetchall()


# ---- page links (consolidate.links) ---------------------------------------------------------------------
def link_state_usable(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store keeps the band keys of every page it has signatures of (one consolidated
    before it did, or by a path that does not keep them: no)."""
    return bool(con.cursor().execute(
        "SELECT (SELECT count(*) FROM page_bands WHERE kind = 'm' AND band = 0) = (SELECT count(*) FROM page_features)"
    ).fetchall()[0][0])


def story_edges(con: duckdb.DuckDBPyConnection) -> list[tuple[Any, ...]]:
    """Every stored story edge: (kind, doc_a, idx_a, doc_b, score, head)."""
    return con.cursor().execute("SELECT * FROM story_edges").fetchall()


def band_hits(con: duckdb.DuckDBPyConnection, bands: Any) -> list[tuple[Any, ...]]:
    """(kind, doc_id, idx of a new unit, kind, doc_id, idx of a stored one) of the stored units sharing
    a band key with a new one (`bands`: a pyarrow Table of page_bands' columns), of the kinds compared:
    main with main, teaser with opening."""
    cur = con.cursor()
    cur.register("_nb", bands)
    # the stored rows matched on their band, key and kind first (no page id decoded: at 100,000 pages a join
    # reading every row's doc_id, 5.6 million texts, was ~0.33 s CPU), then the few matched read by row id (~0.13 s)
    return cur.execute("WITH a AS MATERIALIZED (SELECT b.rowid AS r, n.kind, n.doc_id, n.idx, b.kind AS bk FROM _nb n "
                       "JOIN page_bands b ON b.band = n.band AND b.key = n.key AND (n.kind = 'm') = (b.kind = 'm') AND "
                       "b.kind <> CASE n.kind WHEN 'p' THEN 'p' WHEN 'b' THEN 'b' ELSE '-' END) "
                       "SELECT DISTINCT a.kind, a.doc_id, a.idx, a.bk, b.doc_id, b.idx FROM a JOIN (SELECT rowid AS r, "
                       "doc_id, idx FROM page_bands WHERE rowid IN (SELECT r FROM a)) b USING (r) ORDER BY ALL").fetchall()


def signatures(con: duckdb.DuckDBPyConnection, kind: str, keys: list[tuple[str, int]]) -> list[tuple[str, int, bytes]]:
    """(doc_id, idx, signature bytes) of these units: their main article's (`kind` "m"), opening's ("p")
    or teaser's ("b")."""
    import pyarrow as pa

    cur = con.cursor()
    cur.register("_want", pa.table({"doc_id": pa.array([k[0] for k in keys], pa.string()),
                                    "idx": pa.array([k[1] for k in keys], pa.int32())}))
    if kind == "b":
        sql = "SELECT f.doc_id, f.idx, f.sig FROM brief_features f JOIN _want w ON w.doc_id = f.doc_id AND w.idx = f.idx"
    else:
        sql = f"SELECT f.doc_id, -1, f.{'main_sig' if kind == 'm' else 'opening_sig'} FROM page_features f " \
              "JOIN _want w ON w.doc_id = f.doc_id"
    return cur.execute(sql).fetchall()


def heads_of(con: duckdb.DuckDBPyConnection, heads: list[str]) -> list[tuple[str, str, int]]:
    """(head, doc_id, idx) of the stored titles and headlines among `heads`."""
    cur = con.cursor()
    register_keys(cur, "_nh", heads)
    return cur.execute("SELECT head, doc_id, idx FROM page_heads WHERE head IN (SELECT k FROM _nh)").fetchall()


def changed_keys(con: duckdb.DuckDBPyConnection, name: str, key: str, new: Any) -> list[str]:
    """The values of `key` whose rows of table `name` differ from those of the pyarrow Table `new`."""
    cur = con.cursor()
    cols = ", ".join(new.column_names)
    cur.register("_new", new)
    rows = cur.execute(f"SELECT DISTINCT {key} FROM ((SELECT {cols} FROM {name} EXCEPT ALL SELECT {cols} FROM _new) "
                       f"UNION ALL (SELECT {cols} FROM _new EXCEPT ALL SELECT {cols} FROM {name}))").fetchall()
    return [r[0] for r in rows]
