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
from dipnet.store import nopandas, state, stateupgrade, tallies
from dipnet.store.derived import DERIVED, text_upgrade
from dipnet.store.integrity import INTEGRITY
from dipnet.store.rows import FEATURES, PAGE_COLUMNS, arrow_schema, content_hash, page_rows
from dipnet.store.schema import (
    CACHE_TABLES,
    CONSOLIDATED,
    CONSOLIDATED_TABLES,
    EVENT_TABLES,
    GROUPS,
    INDEXES,
    SCHEMA,
    TABLES,
)
from dipnet.store.served import served_limit
from dipnet.store.state import STATE
from dipnet.store.writes import WORK_MEMORY, ConsolidatedWrites

__all__ = ["CACHE_TABLES", "CONSOLIDATED_TABLES", "DEFAULT_DB", "EVENT_TABLES", "GROUPS", "PAGE_COLUMNS", "TABLES",
           "BulkStore", "Store", "arrow_schema", "content_hash", "create", "page_rows", "state"]

DEFAULT_DB = "dipnet.duckdb"
# rows iter_rows fetches at once: a batch's tuples are all in Python at once (the whole build's entity merge
# reads every entity row twice: 20,000 rows a batch were ~25 MB of its peak at 10,000 pages)
ITER_BATCH = 5_000


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


class Store(ConsolidatedWrites):
    """`with Store(path) as store: store.add(doc)`. `shared`: readers on other cursors share the database as it is
    written (the server's): its memory limit is set once (`memory`, else store.served's), never by a write (`capped`)."""

    shared = False

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False, shared: bool = False,
                 memory: str | None = None) -> None:
        limit = served_limit(memory) if shared else None  # checked before the file is opened
        try:
            if not read_only and not Path(path).exists():
                create(path)
            self.con = duckdb.connect(str(path), read_only=read_only)
            if not read_only:
                nopandas.forgo()  # the writer's pyarrow tables are of plain lists: no pandas for them
                self.con.execute(SCHEMA + CONSOLIDATED + FEATURES + STATE + INDEXES)  # tables added since the store was made
                stateupgrade.upgrade(self.con)  # and columns (the merge state's layout)
                _tallies_missing(self.con)
                _derive_missing(self.con)
            if limit:
                self.con.execute(f"SET memory_limit = '{limit}'")
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from exc
        self.path = str(path)
        self.shared = shared

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
        # duckdb_tables(), not information_schema.tables (a view over every catalog entry: ~4 ms a call, 23 an add)
        rows = self.con.cursor().execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table]).fetchall()
        return bool(rows and rows[0][0])

    def rows(self, table: str, columns: tuple[str, ...] | None = None,
             doc_ids: list[str] | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        """Every row of a table as dicts (JSON columns as text), in a stable order; only the rows of the pages
        `doc_ids` when given (consolidation reads new pages only), of `type` `kind` when given (one type's events)."""
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
        cond = f" WHERE {' AND '.join(where)}" if where else ""
        if doc_ids is not None:  # a few pages' rows found first (their column scanned), then read: a semi-join
            # reading every column scans them all (100,000 pages: ~200 MB of texts in DuckDB's buffers; this ~9 MB)
            cond = f" WHERE rowid IN (SELECT rowid FROM {table}{cond})"
        cur.execute(f"SELECT {cols} FROM {table}{cond} ORDER BY ALL", args)
        names = [d[0] for d in cur.description]
        out: list[dict[str, Any]] = []
        while batch := cur.fetchmany(20_000):  # never the whole table twice in memory (tuples and dicts)
            out.extend(dict(zip(names, r, strict=True)) for r in batch)
        return out

    def iter_rows(self, table: str, columns: tuple[str, ...]) -> Iterator[dict[str, Any]]:
        """Every row of a table as dicts in rows' order, read a chunk at a time (never all at once)."""
        _check(table)
        cur = self.con.cursor()
        cur.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL")
        names = [d[0] for d in cur.description]
        while batch := cur.fetchmany(ITER_BATCH):
            yield from (dict(zip(names, r, strict=True)) for r in batch)

    def features(self) -> tuple[dict[str, tuple[bytes, bytes]], dict[tuple[str, int], bytes], set[str]]:
        """The cached preparation: signatures by page, by teaser, and the pages already in page_grams."""
        pages = {r[0]: (r[1], r[2]) for r in self.con.execute("SELECT * FROM page_features").fetchall()}
        briefs = {(r[0], r[1]): r[2] for r in self.con.execute("SELECT * FROM brief_features").fetchall()}
        indexed = {r[0] for r in self.con.execute("SELECT DISTINCT doc_id FROM page_grams").fetchall()}
        return pages, briefs, indexed

    def unprepared_ids(self) -> list[str]:
        """The pages stored since the last consolidation (no preparation cached)."""
        return [r[0] for r in self.con.execute("SELECT doc_id FROM documents ANTI JOIN page_features USING (doc_id)"
                                               ).fetchall()]

    def prepared_ids(self) -> set[str]:
        """The pages whose preparation is cached (signatures; their index rows are written with them)."""
        return {r[0] for r in self.con.execute("SELECT doc_id FROM page_features").fetchall()}

    def arrow(self, table: str) -> Any:
        """A table as a pyarrow Table (for exports)."""
        _check(table)
        if not self.has_table(table):
            raise StoreError(f"the store has no table {table} (run `dipnet consolidate` first?)")
        rel = self.con.cursor().sql(f"SELECT * FROM {table}")
        return rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()

    @contextmanager
    def capped(self, limit: str = WORK_MEMORY, threads: int | None = None) -> Iterator[None]:
        """DuckDB's memory limited to `limit` meanwhile, its threads to `threads` when given, then what they were
        (inside another `capped`: its limit); on a `shared` store not the limit, every cursor's (a read ran out)."""
        outer: str | None = getattr(self, "_limit", None)
        if not self.shared:
            self.con.execute(f"SET memory_limit = '{limit}'")
        self._limit: str | None = limit
        if threads is not None:
            self.con.execute(f"SET threads = {int(threads)}")
        try:
            yield
        except BaseException:
            self._give_back_limits(outer, threads, failing=True)
            raise
        self._give_back_limits(outer, threads)

    def _give_back_limits(self, outer: str | None, threads: int | None, failing: bool = False) -> None:
        """`capped`'s exit; `failing`: the error that ends it is the one to see, not one of DuckDB's after
        it (a fatal error, such as running out of memory in a COMMIT, leaves the database closed to
        every statement: there is no limit to give back)."""
        self._limit = outer
        try:
            if not self.shared:
                self.con.execute("RESET memory_limit" if outer is None else f"SET memory_limit = '{outer}'")
            if threads is not None:
                self.con.execute("RESET threads")
        except duckdb.Error:
            if not failing:
                raise

    def limit_memory(self, limit: str) -> None:
        """DuckDB's memory limited to `limit` until the enclosing `capped` gives back its outer one (not if shared)."""
        if not self.shared:
            self.con.execute(f"SET memory_limit = '{limit}'")

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
        other.shared = self.shared
        return other

    # ---- integrity ----------------------------------------------------------------------------------
    def check(self, sample: int = 5, more: tuple[tuple[str, Any], ...] = ()) -> list[tuple[str, int, list[tuple[Any, ...]]]]:
        """Every broken rule of INTEGRITY as (what, how many rows, a few of them); empty when sound. `more`: rules
        of the consolidation's as (what, a function of the connection giving the rows that break it)."""
        present = [t for t in TABLES if self.has_table(t)]
        if not present:
            return []  # an empty database file (made by DuckDB itself, say): no page, nothing broken
        if "documents" not in present:
            return [("the store has no documents table", 1, [(self.path,)])]
        out = []
        for what, sql in INTEGRITY:
            tables = set(re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", sql)) & {*TABLES, *tallies.TALLY_TABLES}
            if not all(self.has_table(t) for t in tables):
                continue  # a store written before that table existed
            rows = self.con.cursor().execute(sql).fetchall()
            if rows:
                out.append((what, len(rows), rows[:sample]))
        for what, broken in more:
            if rows := broken(self.con):
                out.append((what, len(rows), rows[:sample]))
        return out

    def needs_consolidation(self) -> bool:
        """Pages stored since the last finished consolidation (one killed midway, say)."""
        stale = [sql for what, sql in INTEGRITY if "run `dipnet consolidate`" in what]
        return any((self.con.cursor().execute(f"SELECT EXISTS ({sql})").fetchone() or (False,))[0] for sql in stale)


def _derive_missing(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the derived tables a store written before they existed lacks, once (they stay filled from then on)."""
    text_upgrade(con)  # (and event_text's signature of runs, dipnet.textsig, which older stores lack)
    for source, derived in DERIVED.items():
        for table, how in derived:
            if con.execute(f"SELECT NOT EXISTS (FROM {table}) AND EXISTS (FROM {source})").fetchall()[0][0]:
                how(con) if callable(how) else con.execute(how)


def _tallies_missing(con: duckdb.DuckDBPyConnection) -> None:
    """Make the entities' stored tallies of a store written before they were kept (once, within
    256 MB of DuckDB's memory: its sums spill to disk)."""
    if tallies.missing(con):
        con.execute("SET memory_limit = '256MB'")
        try:
            con.execute("BEGIN TRANSACTION")
            tallies.rebuild(con)
            con.execute("COMMIT")
        finally:
            con.execute("RESET memory_limit")


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

