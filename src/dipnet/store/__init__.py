"""The embedded DuckDB store: the only writer. A transaction holds whole pages, so a crash never
leaves half a page; re-ingesting the same content is a no-op."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb

from dipnet.errors import InputError, StoreError
from dipnet.model import Document
from dipnet.store import state
from dipnet.store.derived import DERIVED, DERIVED_TOUCHED, _event_text
from dipnet.store.integrity import INTEGRITY
from dipnet.store.rows import FEATURES, PAGE_COLUMNS, arrow_schema, content_hash, page_rows
from dipnet.store.state import STATE, STATE_TABLES

__all__ = ["CACHE_TABLES", "CONSOLIDATED_TABLES", "DEFAULT_DB", "EVENT_TABLES", "GROUPS", "PAGE_COLUMNS", "TABLES",
           "BulkStore", "Store", "arrow_schema", "content_hash", "create", "page_rows", "state"]

DEFAULT_DB = "dipnet.duckdb"
# DuckDB's share of memory while consolidating: past it, its sorts and staged rows spill to disk (the
# store's .tmp folder) instead of growing with the store (page_grams alone is ~500 rows a page)
WORK_MEMORY = "256MB"

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, content_hash VARCHAR UNIQUE,
    language VARCHAR, title VARCHAR, published DATE, published_text VARCHAR,
    published_precision VARCHAR, published_method VARCHAR, raw VARCHAR, text VARCHAR,
    record JSON, ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS segments (
    doc_id VARCHAR, idx INTEGER, kind VARCHAR, start_char INTEGER, end_char INTEGER,
    brief INTEGER, text VARCHAR, PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS briefs (
    doc_id VARCHAR, idx INTEGER, headline VARCHAR, summary VARCHAR, caption VARCHAR,
    published_text VARCHAR, published_precision VARCHAR, PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS entities (
    doc_id VARCHAR, entity_id VARCHAR, type VARCHAR, name VARCHAR, kb_id VARCHAR,
    country VARCHAR, sector VARCHAR, mentions JSON, external JSON);
CREATE TABLE IF NOT EXISTS roles (
    doc_id VARCHAR, person VARCHAR, title VARCHAR, as_of VARCHAR, body VARCHAR, country VARCHAR,
    evidence VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR, idx INTEGER, type VARCHAR, status VARCHAR, date VARCHAR,
    date_precision VARCHAR, end_date VARCHAR, participants JSON, source_actors JSON,
    target_actors JSON, location VARCHAR, channel VARCHAR, attributes JSON, cameo VARCHAR,
    plover VARCHAR, evidence VARCHAR, start_char INTEGER, end_char INTEGER, brief INTEGER);
CREATE TABLE IF NOT EXISTS facts (
    doc_id VARCHAR, subject VARCHAR, predicate VARCHAR, value JSON, unit VARCHAR,
    as_of VARCHAR, evidence VARCHAR, brief INTEGER);
CREATE TABLE IF NOT EXISTS relations (
    doc_id VARCHAR, a VARCHAR, b VARCHAR, level VARCHAR, since VARCHAR, evidence VARCHAR,
    brief INTEGER);
CREATE TABLE IF NOT EXISTS problems (
    source VARCHAR, stage VARCHAR, reason VARCHAR, noted_at TIMESTAMP DEFAULT current_timestamp);
"""

# The knowledge base across documents, rebuilt whole by `dipnet consolidate` (dipnet.consolidate).
CONSOLIDATED = """
CREATE TABLE IF NOT EXISTS kb_entities (
    entity_id VARCHAR PRIMARY KEY, type VARCHAR, name VARCHAR, kb_id VARCHAR, country VARCHAR,
    sector VARCHAR, external JSON, variants JSON, n_docs INTEGER);
CREATE TABLE IF NOT EXISTS entity_links (doc_id VARCHAR, local_id VARCHAR, entity_id VARCHAR);
CREATE TABLE IF NOT EXISTS page_links (
    doc_a VARCHAR, doc_b VARCHAR, kind VARCHAR, brief INTEGER, score DOUBLE);
CREATE TABLE IF NOT EXISTS kb_events (
    event_id VARCHAR PRIMARY KEY, type VARCHAR, status VARCHAR, date VARCHAR, date_precision VARCHAR,
    end_date VARCHAR, day_lo DATE, day_hi DATE, year INTEGER, participants JSON,
    participant_ids JSON, source_actors JSON, target_actors JSON, location VARCHAR,
    location_id VARCHAR, channel VARCHAR, attributes JSON, cameo VARCHAR, plover VARCHAR,
    n_mentions INTEGER, n_pages INTEGER, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id VARCHAR, mention_id VARCHAR, doc_id VARCHAR, idx INTEGER, source VARCHAR, url VARCHAR,
    brief INTEGER, evidence VARCHAR, start_char INTEGER, end_char INTEGER, date VARCHAR,
    published VARCHAR);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR, entity_id VARCHAR, name VARCHAR, kind VARCHAR, day_lo DATE, day_hi DATE,
    type VARCHAR, channel VARCHAR, year INTEGER);
CREATE TABLE IF NOT EXISTS role_timeline (
    person_id VARCHAR, person VARCHAR, title VARCHAR, body VARCHAR, country VARCHAR,
    first_seen VARCHAR, last_seen VARCHAR, n_docs INTEGER, doc_ids JSON, evidence VARCHAR,
    origin VARCHAR);
CREATE TABLE IF NOT EXISTS relation_timeline (
    pair_a VARCHAR, pair_b VARCHAR, a VARCHAR, b VARCHAR, level VARCHAR, since VARCHAR,
    attested VARCHAR, in_force DATE, event_id VARCHAR, doc_ids JSON, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS fact_claims (
    claim_id VARCHAR, subject VARCHAR, subject_id VARCHAR, predicate VARCHAR, value JSON,
    value_num DOUBLE, unit VARCHAR, as_of VARCHAR, as_of_day DATE, first_published VARCHAR,
    n_docs INTEGER, doc_ids JSON, evidence VARCHAR);
CREATE TABLE IF NOT EXISTS page_grams (gram VARCHAR, doc_id VARCHAR);
CREATE TABLE IF NOT EXISTS actor_stats (
    entity_id VARCHAR, type VARCHAR, year INTEGER, channel VARCHAR, n BIGINT);
CREATE TABLE IF NOT EXISTS pair_exchanges (
    country VARCHAR, partner VARCHAR, channel VARCHAR, day DATE, n BIGINT);
CREATE TABLE IF NOT EXISTS pair_exchanges_years (
    country VARCHAR, partner VARCHAR, channel VARCHAR, year INTEGER, n BIGINT);
CREATE TABLE IF NOT EXISTS event_text (
    event_id VARCHAR, text VARCHAR, s0 UBIGINT, s1 UBIGINT, s2 UBIGINT, s3 UBIGINT, s4 UBIGINT, s5 UBIGINT,
    s6 UBIGINT, s7 UBIGINT);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS ea_entity ON event_actors (entity_id);
CREATE INDEX IF NOT EXISTS em_event ON event_mentions (event_id);
CREATE INDEX IF NOT EXISTS pg_gram ON page_grams (gram);
"""
# the order rows are written in, so that DuckDB's zone maps skip what a filter cannot match
SORTED = {"event_actors": "entity_id, day_lo, event_id", "kb_events": "day_lo, event_id",
          "event_mentions": "event_id, doc_id, start_char", "page_grams": "gram, doc_id"}
EXTRACTED_TABLES = ("documents", "segments", "briefs", "entities", "roles", "events", "facts", "relations",
                    "problems")
CONSOLIDATED_TABLES = ("kb_entities", "entity_links", "page_links", "kb_events", "event_mentions",
                       "event_actors", "role_timeline", "relation_timeline", "fact_claims", "page_grams",
                       "actor_stats", "pair_exchanges", "pair_exchanges_years", "event_text")
TABLES = EXTRACTED_TABLES + CONSOLIDATED_TABLES
# per-page preparation of consolidation kept between runs (page_grams, the search index, is one too)
CACHE_TABLES = ("page_features", "brief_features", "page_grams", *STATE_TABLES)
# what an incremental consolidation rewrites a table by: the groups of rows (by this column) that differ
GROUPS = {"kb_entities": "entity_id", "entity_links": "doc_id", "page_links": "doc_a", "role_timeline": "person_id",
          "relation_timeline": "pair_a", "fact_claims": "claim_id"}
EVENT_TABLES = ("kb_events", "event_mentions", "event_actors")


def _refused(docs: list[Document], exc: Exception) -> StoreError:
    names = ", ".join(d.source for d in docs[:3]) + (" …" if len(docs) > 3 else "")
    return StoreError(f"{names}: could not be stored: {exc}")


def create(path: str | Path) -> None:
    """Make a new store at `path` whole or not at all: the schema is built in a temporary file beside
    it, closed (which checkpoints it) and then linked to `path`, so a process killed at any moment
    leaves either no store or one with every table, never a file without its schema. When another
    process made the store first, its file is kept and ours dropped."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".new", dir=target.parent)
    os.close(fd)
    os.unlink(tmp)  # DuckDB makes the file itself; an empty file is not a database to it
    try:
        with duckdb.connect(tmp) as con:
            con.execute(SCHEMA + CONSOLIDATED + FEATURES + STATE + INDEXES)
        try:
            os.link(tmp, target)  # never replaces a store that appeared meanwhile
        except FileExistsError:
            pass
    finally:
        for leftover in (tmp, tmp + ".wal"):
            if os.path.exists(leftover):
                os.unlink(leftover)


class Store:
    """`with Store(path) as store: store.add(doc)`."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        try:
            if not read_only and not Path(path).exists():
                create(path)
            self.con = duckdb.connect(str(path), read_only=read_only)
            if not read_only:
                self.con.execute(SCHEMA + CONSOLIDATED + FEATURES + STATE + INDEXES)  # tables added since the store was made
                _derive_missing(self.con)
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from exc
        self.path = str(path)

    def __enter__(self) -> Self:  # a BulkStore stays a BulkStore in a `with` (its bulk methods typed)
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def has(self, doc: Document) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE content_hash = ?", [content_hash(doc)]).fetchone() is not None

    def add(self, doc: Document) -> bool:
        """Write one page and everything extracted from it; False when it was already stored."""
        return self.add_many([doc])[0]

    def add_many(self, docs: list[Document]) -> list[bool]:
        """Write these pages, each whole, in one transaction (a statement a table, not a row): a crash
        leaves all of them or none. False for a page already stored, or a second copy among them."""
        import pyarrow as pa

        fresh, seen, out = [], set(), []
        for doc in docs:
            h = content_hash(doc)
            new = h not in seen and not self.has(doc)
            seen.add(h)
            out.append(new)
            if new:
                fresh.append(doc)
        if not fresh:
            return out
        con = self.con
        try:
            tables: dict[str, list[dict[str, Any]]] = {}
            for doc in fresh:  # the rows the bulk path loads too
                for table, rows in page_rows(doc).items():
                    tables.setdefault(table, []).extend(rows)
            incoming = {t: pa.Table.from_pylist(rows, schema=arrow_schema(t)) for t, rows in tables.items() if rows}
        except pa.ArrowException as exc:
            raise _refused(fresh, exc) from exc
        try:
            con.execute("BEGIN TRANSACTION")
            for table, data in incoming.items():
                con.register("_incoming", data)
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _incoming")
                con.unregister("_incoming")
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise _refused(fresh, exc) from exc
        return out

    def add_problem(self, source: str, stage: str, reason: str) -> None:
        self.con.execute("INSERT INTO problems (source, stage, reason) VALUES (?, ?, ?)", [source, stage, reason])

    def take_many(self, items: list[Document | InputError]) -> list[tuple[str, str | None]]:
        """`take` over a batch, its pages in one transaction; when the batch cannot be stored, page by
        page, so that only the page the store refuses is left out."""
        docs = [i for i in items if not isinstance(i, InputError)]
        try:
            stored = iter(self.add_many(docs))
        except StoreError:
            return [self.take(i) for i in items]
        out: list[tuple[str, str | None]] = []
        for item in items:
            if isinstance(item, InputError):
                out.append(self.take(item))
            else:
                out.append(("added" if next(stored) else "same", None))
        return out

    def take(self, item: Document | InputError) -> tuple[str, str | None]:
        """Store a page, or note in `problems` why not (an input that could not be read, a page the
        store refused): ("added" | "same" | "failed", the reason). What `ingest` and the server's
        write route do with each item, so that a batch goes on past a bad one."""
        if isinstance(item, InputError):
            self.add_problem(item.source, "read", item.reason)
            return "failed", item.reason
        try:
            return ("added" if self.add(item) else "same"), None
        except StoreError as exc:
            self.add_problem(item.source, "store", str(exc))
            return "failed", str(exc)

    def count(self, table: str) -> int:
        _check(table)
        if not self.has_table(table):
            return 0
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    # ---- reading whole tables (consolidation, export) ----------------------------------------
    def has_table(self, table: str) -> bool:
        # a cursor of its own: the API answers requests on several threads at once
        rows = self.con.cursor().execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                         [table]).fetchall()
        return bool(rows and rows[0][0])

    def rows(self, table: str, columns: tuple[str, ...] | None = None,
             doc_ids: list[str] | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        """Every row of a table as dicts (JSON columns as text), in a stable order; only the rows of
        the pages `doc_ids` when given (consolidation reads the text of new pages only), only those
        whose `type` is `kind` when given (the events of one type)."""
        import pyarrow as pa

        _check(table)
        if not self.has_table(table):
            return []
        cols = ", ".join(columns) if columns else "*"
        cur = self.con if doc_ids is None else self.con.cursor()
        where, args = [], []
        if doc_ids is not None:
            cur.register("_wanted", pa.table({"doc_id": pa.array(sorted(doc_ids), pa.string())}))
            where.append("doc_id IN (SELECT doc_id FROM _wanted)")
        if kind is not None:
            where.append("type = ?")
            args.append(kind)
        cur.execute(f"SELECT {cols} FROM {table}{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY ALL",
                    args)
        names = [d[0] for d in cur.description]
        out: list[dict[str, Any]] = []
        while batch := cur.fetchmany(20_000):  # never the whole table twice in memory (tuples and dicts)
            out.extend(dict(zip(names, r, strict=True)) for r in batch)
        return out

    def features(self) -> tuple[dict[str, tuple[bytes, bytes]], dict[tuple[str, int], bytes], set[str]]:
        """The cached preparation: signatures by page, by teaser, and the pages already in page_grams."""
        pages = {r[0]: (r[1], r[2]) for r in self.con.execute("SELECT * FROM page_features").fetchall()}
        briefs = {(r[0], r[1]): r[2] for r in self.con.execute("SELECT * FROM brief_features").fetchall()}
        indexed = {r[0] for r in self.con.execute("SELECT DISTINCT doc_id FROM page_grams").fetchall()}
        return pages, briefs, indexed

    def arrow(self, table: str) -> Any:
        """A table as a pyarrow Table (for exports)."""
        _check(table)
        if not self.has_table(table):
            raise StoreError(f"the store has no table {table} (run `dipnet consolidate` first?)")
        rel = self.con.cursor().sql(f"SELECT * FROM {table}")
        return rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()

    # ---- the consolidated knowledge base -------------------------------------------------------
    def replace_consolidated(self, tables: dict[str, Any], append: dict[str, Any] | None = None,
                             merge_state: tuple[dict[str, list[Any]], dict[str, str]] | None = None) -> None:
        """Replace the consolidated tables whole and add the rows `append` gives (the new pages'
        preparation: page_features, brief_features, page_grams), all in one transaction, so that a
        reader sees the knowledge base before or after, never between. Each value is a pyarrow Table,
        a dict of column lists or a list of row dicts; JSON columns are given as text. `merge_state`:
        the state rows of every report and the resolver's name index (store.state), replaced too."""
        import pyarrow as pa

        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            for name, data in tables.items():
                if name not in CONSOLIDATED_TABLES + CACHE_TABLES:
                    raise StoreError(f"not a consolidated table: {name}")
                indexes = self._empty(name)
                self._insert(name, data)
                for sql in indexes:
                    con.execute(sql)
                self._rebuild_derived(name)
            if merge_state is not None:
                for name in STATE_TABLES:
                    self._empty(name)
                state.write_reports(con, merge_state[0], None)
                state.write_names(con, merge_state[1], whole=True)
            self._append_cache(append or {})
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException, StoreError) as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"the consolidated tables could not be written: {exc}") from exc

    def update_consolidated(self, tables: dict[str, Any], events: dict[str, Any], merged: Any,
                            by_name: dict[str, str], append: dict[str, Any],
                            known: dict[str, list[str]] | None = None) -> None:
        """The incremental counterpart of replace_consolidated, in one transaction too: `tables` (whole
        contents of the tables of GROUPS) are written as the groups of rows that differ from the stored
        ones; `events` holds the rows of EVENT_TABLES of the events merged anew, which replace those of
        `merged.gone` (a consolidate.changes.Merged: also the state rows of the reports merged anew,
        replacing those of `merged.dropped`); then the tables derived from them, the resolver's name
        index, and the rows `append` adds to the cache. `known`: the groups of a table (entity_links by
        page, name_index by name) found to differ already, so as not to compare the tables twice."""
        import pyarrow as pa

        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            for name, data in tables.items():
                if name not in GROUPS:
                    raise StoreError(f"not a table updated by groups: {name}")
                self._update_groups(name, pa.table(data), (known or {}).get(name))
            ids = sorted(set(merged.gone) | set(events["kb_events"]["event_id"]))
            con.register("_changed", pa.table({"event_id": pa.array(ids, pa.string())}))
            con.register("_merged", pa.table({"event_id": pa.array(events["kb_events"]["event_id"], pa.string())}))
            con.execute("CREATE OR REPLACE TEMP TABLE _touched AS SELECT DISTINCT entity_id FROM event_actors "
                        "WHERE event_id IN (SELECT event_id FROM _changed)")
            for name in (*EVENT_TABLES, "event_text"):
                con.execute(f"DELETE FROM {name} WHERE event_id IN (SELECT event_id FROM _changed)")
            for name in EVENT_TABLES:
                self._insert(name, events[name])
            _event_text(con, "_merged")
            con.execute("INSERT INTO _touched SELECT DISTINCT entity_id FROM event_actors "
                        "WHERE event_id IN (SELECT event_id FROM _merged)")
            for sql in DERIVED_TOUCHED:  # the counts of the entities the changed events name, again
                con.execute(sql)
            con.execute("DROP TABLE _touched")
            for name in ("_changed", "_merged"):
                con.unregister(name)
            state.write_reports(con, merged.state, merged.dropped)
            state.write_names(con, by_name, whole=False, names=(known or {}).get("name_index"))
            self._append_cache(append)
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException, StoreError) as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"the consolidated tables could not be updated: {exc}") from exc

    def _empty(self, name: str) -> list[str]:
        """Empty a table by making it again (DROP and CREATE in the caller's transaction): a DELETE of
        every row costs its commit as much as rewriting the table, index entries one by one (18 s
        for the 5 million rows of page_grams of 10,000 pages, against 1 s). Returns the statements
        that make its indexes, to run once it is filled (an index built whole, not row by row)."""
        con = self.con
        here = "table_name = ? AND database_name = current_database() AND schema_name = 'main'"
        table = con.execute(f"SELECT sql FROM duckdb_tables() WHERE {here}", [name]).fetchall()
        indexes = [r[0] for r in con.execute(f"SELECT sql FROM duckdb_indexes() WHERE {here} AND sql IS NOT NULL",
                                             [name]).fetchall()]
        con.execute(f"DROP TABLE {name}")
        con.execute(table[0][0])
        return indexes

    def _rebuild_derived(self, source: str) -> None:
        """The tables derived from `source` (DERIVED), made again from it."""
        for derived, how in DERIVED.get(source, ()):
            self.con.execute(f"DELETE FROM {derived}")
            how(self.con) if callable(how) else self.con.execute(how)

    def _append_cache(self, append: dict[str, Any]) -> None:
        """Rows the consolidation's cache gains (signatures, search-index rows)."""
        for name, data in append.items():
            if name not in CACHE_TABLES:
                raise StoreError(f"not a table of the consolidation's cache: {name}")
            self._insert(name, data)

    def _update_groups(self, name: str, new: Any, groups: list[str] | None = None) -> None:
        """Rewrite the groups of rows of `name` (by GROUPS[name]) that differ from those in `new`
        (`groups`, when the caller knows them already)."""
        import pyarrow as pa

        con, key = self.con, GROUPS[name]
        if not new.num_rows:
            con.execute(f"DELETE FROM {name}")
            return
        cols = ", ".join(r[0] for r in con.execute(f"DESCRIBE {name}").fetchall())
        con.register("_new", new)
        if groups is not None:
            con.register("_known", pa.table({key: pa.array(groups, pa.string())}))
            con.execute(f"CREATE OR REPLACE TEMP TABLE _groups AS SELECT DISTINCT {key} FROM _known")
            con.unregister("_known")
        else:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _groups AS SELECT DISTINCT {key} FROM ("
                        f"(SELECT {cols} FROM {name} EXCEPT ALL SELECT {cols} FROM _new) UNION ALL "
                        f"(SELECT {cols} FROM _new EXCEPT ALL SELECT {cols} FROM {name}))")
        con.execute(f"DELETE FROM {name} WHERE {key} IN (SELECT {key} FROM _groups)")
        order = f" ORDER BY {SORTED[name]}" if name in SORTED else ""
        con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _new WHERE {key} IN (SELECT {key} FROM _groups){order}")
        con.unregister("_new")
        con.execute("DROP TABLE _groups")

    def _insert(self, name: str, data: Any) -> None:
        """Insert rows in the table's SORTED order; `data` may also be an iterator of pyarrow Tables
        (chunks too many to hold at once), staged in a temporary table and then inserted sorted."""
        import pyarrow as pa

        order = f" ORDER BY {SORTED[name]}" if name in SORTED else ""
        if not isinstance(data, list | dict | pa.Table):
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _staged AS SELECT * FROM {name} LIMIT 0")
            for chunk in data:
                self.con.register("_incoming", chunk)
                self.con.execute("INSERT INTO _staged BY NAME SELECT * FROM _incoming")
                self.con.unregister("_incoming")
            self.con.execute(f"INSERT INTO {name} SELECT * FROM _staged{order}")
            self.con.execute("DROP TABLE _staged")
            return
        tbl = pa.Table.from_pylist(data, schema=arrow_schema(name)) if isinstance(data, list) else \
            data if isinstance(data, pa.Table) else pa.table(data)
        if tbl.num_rows:
            self.con.register("_incoming", tbl)
            self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _incoming{order}")
            self.con.unregister("_incoming")

    @contextmanager
    def capped(self, limit: str = WORK_MEMORY) -> Iterator[None]:
        """DuckDB's memory limited to `limit` meanwhile (a setting of the database, so readers on
        other cursors share it), then its default again."""
        self.con.execute(f"SET memory_limit = '{limit}'")
        try:
            yield
        finally:
            self.con.execute("RESET memory_limit")

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own for one reader thread (the query module, the API)."""
        return self.con.cursor()

    def for_thread(self) -> Store:
        """A Store over a cursor of its own: the same database, its own transactions. The server's one
        writer thread writes through it while request threads read through theirs, each from the last
        committed state (DuckDB's MVCC), so readers never see half a page or half a consolidation."""
        other = Store.__new__(Store)
        other.con = self.con.cursor()
        other.path = self.path
        return other

    # ---- integrity ----------------------------------------------------------------------------------
    def check(self, sample: int = 5) -> list[tuple[str, int, list[tuple[Any, ...]]]]:
        """Every broken rule of INTEGRITY as (what, how many rows, a few of them); empty when sound."""
        present = [t for t in TABLES if self.has_table(t)]
        if not present:
            return []  # an empty database file (made by DuckDB itself, say): no page, nothing broken
        if "documents" not in present:
            return [("the store has no documents table", 1, [(self.path,)])]
        out = []
        for what, sql in INTEGRITY:
            tables = set(re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", sql)) & set(TABLES)
            if not all(self.has_table(t) for t in tables):
                continue  # a store written before that table existed
            rows = self.con.cursor().execute(sql).fetchall()
            if rows:
                out.append((what, len(rows), rows[:sample]))
        return out

    def needs_consolidation(self) -> bool:
        """Pages stored since the last finished consolidation (one killed midway, say)."""
        stale = [sql for what, sql in INTEGRITY if "run `dipnet consolidate`" in what]
        return any((self.con.cursor().execute(f"SELECT EXISTS ({sql})").fetchone() or (False,))[0] for sql in stale)


def _derive_missing(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the derived tables a store written before they existed lacks (the migration: once, as
    they stay filled from then on)."""
    for source, derived in DERIVED.items():
        for table, how in derived:
            if con.execute(f"SELECT NOT EXISTS (FROM {table}) AND EXISTS (FROM {source})").fetchall()[0][0]:
                how(con) if callable(how) else con.execute(how)


def _check(table: str) -> None:
    if table not in TABLES:
        raise StoreError(f"no such table: {table}")


class BulkStore(Store):
    """The store with the bulk and incremental paths: loading pages extracted elsewhere, the content
    hashes already stored, and the cached per-page preparation of consolidation. A subclass, so that
    Store itself is left as it is."""

    def known_hashes(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT content_hash FROM documents").fetchall()}

    def load_pages(self, parts: list[tuple[str, list[str]]], problems: list[tuple[str, str, str]]) -> int:
        """Load, in one transaction, the pages `doc_ids` of each partition folder (one Parquet file per
        table of PAGE_COLUMNS, as dipnet.distribute writes them) and the problems met reading; the
        caller has chosen the doc_ids (first copy of each content, none stored already)."""
        import pyarrow as pa

        con = self.con
        n = 0
        try:
            con.execute("BEGIN TRANSACTION")
            for folder, doc_ids in parts:
                if not doc_ids:
                    continue
                con.register("_keep", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
                for table in PAGE_COLUMNS:
                    path = Path(folder) / f"{table}.parquet"
                    if path.exists():
                        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?) "
                                    "WHERE doc_id IN (SELECT doc_id FROM _keep)", [str(path)])
                con.unregister("_keep")
                n += len(doc_ids)
            if problems:
                con.executemany("INSERT INTO problems (source, stage, reason) VALUES (?, ?, ?)", problems)
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException) as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"the extracted pages could not be loaded: {exc}") from exc
        return n

