"""Writing the consolidated knowledge base: whole (replace_consolidated) or, after an add, only what
differs (update_consolidated), each in one transaction; a part of Store (its `con`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from dipnet.errors import StoreError
from dipnet.store import namewrites, state, tallies
from dipnet.store.derived import DERIVED, _event_text, derived_by_difference, derived_taken_off
from dipnet.store.ranges import GRAM_PART_ROWS, insert_sorted
from dipnet.store.rows import arrow_schema
from dipnet.store.schema import CACHE_TABLES, CONSOLIDATED_TABLES, EVENT_TABLES, GROUPS, SORTED
from dipnet.store.state import STATE_TABLES

# An add's writes load whole the ART index of each table whose keys they insert: DuckDB reads an index
# from storage at its first change, and it cannot be evicted (kb_events' primary key and event_mentions'
# em_event: ~37 bytes a row, 111 MB at 100,000 pages). What else the writes hold is mostly table blocks
# cached from their scans, which fill whatever limit there is (at 256 MB: ~115-220 MB of blocks). So
# their limit is the indexes' size plus WRITE_HEADROOM (write_memory): the cache stays small, and a
# store whose indexes outgrow a fixed limit still commits (at 100,000 pages a 128 MB limit fails the
# COMMIT, and DuckDB then invalidates the database for the process).
INDEXED = ("kb_events", "event_mentions", "kb_entities", "page_features")  # the keys an add inserts
# DuckDB's share of memory while consolidating: past it, its sorts and staged rows spill to disk (the
# store's .tmp folder) instead of growing with the store (page_grams alone is ~500 rows a page)
WORK_MEMORY = "256MB"
INDEX_ROW_BYTES = 40
WRITE_HEADROOM = 64  # MB
WRITE_FLOOR = 128  # MB
# the whole build's room besides its indexes: its sorts by parts (store.ranges) and the cache of what they
# read (at 10,000 pages 160 MB in all holds them: 256 -> 160 MB took the peak RSS 798 -> 726 MB; with the
# parts halved, 166 -> 96 MB took it 540 -> ~500; 96 -> 70 MB (headroom 72 -> 48) sampled 499 -> 484), at
# least BULK_FLOOR: what DuckDB holds in the writes (its cache fills the limit) comes on top of what Python
# keeps of the merges (~385 MB at 10,000 pages). The parts are of a fixed size: their room does not grow
BULK_HEADROOM = 48  # MB
BULK_FLOOR = 64  # MB
# DuckDB's memory while chunks of rows made in Python are staged (page_grams: ~500 rows a page): the staged
# rows spill to disk past it instead of filling the build's limit while Python makes the next chunk (not
# less: an add's writes hold the indexes they loaded within it too; at 10,000 pages 32 MB failed an add)
STAGE_MEMORY = "64MB"
# the whole build's early staging (signatures, link state), before its transaction holds any index: within
# this, its spike (Arrow tables and DuckDB's copy at once) sampled at 10,000 pages ~500 -> ~440 MB
EARLY_STAGE_MEMORY = "32MB"
# the whole build's event merge reads each type's rows sorted by cluster (store.clustered) and stages the merged
# ones meanwhile: its room grows with the events rows past its floor (at 100,000 pages, 1.5 million rows, the
# 64 MB of ENTITY_READ_MEMORY failed the build: a staging insert could not pin a block), within WORK_MEMORY
MERGE_ROW_BYTES = 128
# and its floor grows with the largest type's rows: that type's reread (store.clustered: its rows joined to their
# clusters, sorted into a temporary table) alone needed ~42 MB at 10,000 pages (71,170 rows), ~74 at 30,000
# (213,510: the 64 MB floor failed to pin a block), ~86 at 60,000 and <= 96 at 100,000 (cb4)
TYPE_ROW_BYTES = 128


def merge_mb(room: int, rows: int, largest: int) -> int:
    """Store.merge_room in MB, for `rows` events rows of which `largest` of one type."""
    mb = max(room + largest * TYPE_ROW_BYTES // 2**20, rows * MERGE_ROW_BYTES // 2**20)
    return min(mb, int(WORK_MEMORY.removesuffix("MB")))


def scan(con: duckdb.DuckDBPyConnection, tbl: Any, *sql: str) -> None:
    """Run each statement of `sql`, which read the pyarrow Table `tbl` as _incoming. Not through
    con.register: inside a transaction DuckDB keeps a registered table alive until the COMMIT (the
    whole build's page_grams chunks held ~200 MB of Arrow memory at 10,000 pages to the end), while a
    relation's scan lets it go once the statement is done."""
    rel = con.from_arrow(tbl)
    for q in sql:
        rel.query("_incoming", q)


def _rollback(con: duckdb.DuckDBPyConnection) -> str:
    """Roll the caller's transaction back. When DuckDB cannot (a fatal error, such as running out of
    memory in a COMMIT, invalidates the database for the process, and ROLLBACK fails too), the
    transaction is gone all the same, and the file holds what it held before: a note saying so for
    the caller's StoreError, instead of DuckDB's error escaping."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        return " (DuckDB has closed the database for this process: the store is as it was; open it again)"
    return ""


@dataclass
class Staged:
    """The rows of a table staged in a temporary table while they are made (a part at a time, so
    that they are never all in Python), to be written where the table's rows would be."""

    table: str
    rows: int = 0


class ConsolidatedWrites:
    """The methods of Store that write the consolidated tables."""

    con: duckdb.DuckDBPyConnection

    def write_memory(self) -> str:
        """DuckDB's memory limit for an add's writes (update_consolidated): the ART indexes they load
        whole (INDEXED, by the tables' row counts) plus WRITE_HEADROOM, at least WRITE_FLOOR."""
        rows = self.con.execute("SELECT coalesce(sum(estimated_size), 0) FROM duckdb_tables() WHERE schema_name = 'main' "
                                f"AND table_name IN {INDEXED}").fetchall()[0][0]
        return f"{max(WRITE_FLOOR, int(rows) * INDEX_ROW_BYTES // 2**20 + WRITE_HEADROOM)}MB"

    def bulk_memory(self) -> str:
        """DuckDB's memory limit for the whole build (consolidate, whole): the ART indexes its writes
        build (kb_events and event_mentions, a row at most per events row; kb_entities, one at most
        per entities row; page_features, one per page) plus BULK_HEADROOM for its sorts (each of a
        bounded part: store.ranges), at least BULK_FLOOR, within WORK_MEMORY. What DuckDB holds comes on top of what Python
        holds at the writes (at 10,000 pages WORK_MEMORY's 256 MB was a third of the peak RSS)."""
        got = self.con.execute("SELECT coalesce(sum(estimated_size * CASE table_name WHEN 'events' THEN 2 ELSE 1 END), 0) "
                               "FROM duckdb_tables() WHERE schema_name = 'main' "
                               "AND table_name IN ('events', 'entities', 'documents')").fetchall()[0][0]
        mb = max(BULK_FLOOR, int(got) * INDEX_ROW_BYTES // 2**20 + BULK_HEADROOM)
        return f"{min(mb, int(WORK_MEMORY.removesuffix('MB')))}MB"

    def room_above_held(self, room: str) -> str:
        """DuckDB's memory limit for a phase of the whole build that needs `room` (PREPARE_MEMORY...): `room`
        above what DuckDB holds as the phase begins, so that what it holds cannot starve the phase's queries.
        A store just opened holds next to nothing; a served store holds what its adds left (the indexes they
        loaded and the rows not yet checkpointed, which DuckDB cannot evict: 18.5 MB after 40 pages, and a
        fixed 32 MB failed the pages' reads there) and what its readers' queries hold. Temporary tables'
        blocks are not counted: they spill to the temp directory (when the store has one)."""
        spills = bool(self.con.execute("SELECT current_setting('temp_directory')").fetchall()[0][0])
        held = self.con.execute("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() "
                                "WHERE NOT (? AND tag = 'IN_MEMORY_TABLE')", [spills]).fetchall()[0][0]
        return f"{int(room.removesuffix('MB')) + -(-int(held) // 2**20)}MB"

    def merge_room(self, room: str) -> str:
        """The event merge's room: `room` and TYPE_ROW_BYTES a row of the largest type, or MERGE_ROW_BYTES an
        events row when more, within WORK_MEMORY."""
        rows, largest = self.con.execute("SELECT coalesce(sum(n), 0), coalesce(max(n), 0) FROM "
                                         "(SELECT count(*) AS n FROM events GROUP BY type)").fetchall()[0]
        return f"{merge_mb(int(room.removesuffix('MB')), int(rows), int(largest))}MB"

    def stage(self, name: str, rows: Any, staged: Staged | None) -> Staged:
        """Add rows (row dicts, a pyarrow Table, or for event_reports state column lists) to the table
        staged for `name` (made, empty, when `staged` is None)."""
        import pyarrow as pa

        if staged is None:
            staged = Staged(f"_stage_{name}")
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {staged.table} AS SELECT * FROM {name} LIMIT 0")
        tbl = rows if isinstance(rows, pa.Table) else state.reports_table(rows) if isinstance(rows, dict) \
            else pa.Table.from_pylist(rows)
        if tbl.num_rows:
            self.con.register("_part", tbl)
            self.con.execute(f"INSERT INTO {staged.table} BY NAME SELECT * FROM _part")
            self.con.unregister("_part")
        staged.rows += tbl.num_rows
        return staged

    def stage_sorted(self, staged: Staged, order: str) -> Staged:
        """The rows staged, staged again in this order (DuckDB's sort: spills past its limit); the first dropped."""
        out = Staged(f"{staged.table}_sorted", staged.rows)
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {out.table} AS SELECT * FROM {staged.table} ORDER BY {order}")
        self.con.execute(f"DROP TABLE {staged.table}")
        return out

    def replace_consolidated(self, tables: dict[str, Any], append: dict[str, Any] | None = None,
                             merge_state: tuple[Any, ...] | None = None) -> None:
        """Replace the consolidated tables whole and add the rows `append` gives (the new pages'
        preparation: page_features, brief_features, page_grams), all in one transaction, so that a
        reader sees the knowledge base before or after, never between. Each value is a pyarrow Table,
        a dict of column lists or a list of row dicts; JSON columns are given as text. `merge_state`:
        the state rows of every report, the resolver's name index and (when given) the rule-found
        names (store.state), replaced too. `tables` is emptied as they are written (a table's rows
        are freed before the next one's are converted)."""
        import pyarrow as pa

        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            for name in list(tables):
                if name not in CONSOLIDATED_TABLES + CACHE_TABLES:
                    raise StoreError(f"not a consolidated table: {name}")
                indexes = self._empty(name)
                self._insert(name, tables.pop(name))  # its rows freed once written, before the next table's
                for sql in indexes:
                    con.execute(sql)
                self._rebuild_derived(name)
            if merge_state is not None:
                for name in STATE_TABLES:
                    self._empty(name)
                state.write_reports(con, merge_state[0], None)
                namewrites.write_names(con, merge_state[1], whole=True)
                if len(merge_state) > 2:
                    namewrites.write_rule_names(con, merge_state[2], whole=True)
            self._append_cache(append or {})
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException, StoreError) as exc:
            note = _rollback(con)
            raise StoreError(f"the consolidated tables could not be written: {exc}{note}") from exc

    def update_consolidated(self, tables: dict[str, Any], events: dict[str, Any], merged: Any,
                            by_name: dict[str, str], append: dict[str, Any],
                            known: dict[str, list[str]] | None = None,
                            rule_names: tuple[list[tuple[str, str]], bool] | None = None,
                            replace: dict[str, Any] | None = None) -> None:
        """The incremental counterpart of replace_consolidated, in one transaction too: `tables` (whole
        contents of the tables of GROUPS) are written as the groups of rows that differ from the stored
        ones; `events` holds the rows of EVENT_TABLES of the events merged anew, which replace those of
        `merged.gone` (a consolidate.changes.Merged: also the state rows of the reports merged anew,
        replacing those of `merged.dropped`); then the tables derived from them, the resolver's name
        index, and the rows `append` adds to the cache. `known`: the groups of a table (entity_links by
        page, name_index by name, kb_entities by entity) found to differ already, so as not to compare
        the tables twice; `rule_names`: the rule-found names, and whether they are all of them;
        `replace`: tables of the cache written whole (the page links' state, small)."""
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
            derived_taken_off(con)  # the counts of the events replaced, before their rows go
            for name in (*EVENT_TABLES, "event_text"):
                con.execute("DELETE FROM event_actors WHERE rowid IN (SELECT _row FROM _gone_actors)"
                            if name == "event_actors" else
                            f"DELETE FROM {name} WHERE event_id IN (SELECT event_id FROM _changed)")
            con.execute("DROP TABLE _gone_actors")
            # the relation pairs of the events replaced (those of the events merged anew come in `append`)
            con.execute("DELETE FROM relation_pairs WHERE event_id IN (SELECT event_id FROM _changed)")
            # the rows of kb_events and event_actors written are kept in temporary tables too, which
            # event_text and the derived counts read instead of a scan of the whole tables for them
            kept = {name: self._insert(name, events[name], f"_new_{name}" if name != "event_mentions" else None)
                    for name in EVENT_TABLES}
            _event_text(con, "_merged", "_new_kb_events" if kept["kb_events"] else "kb_events")
            derived_by_difference(con, "_new_event_actors" if kept["event_actors"] else None)
            for name in ("kb_events", "event_actors"):
                if kept[name]:
                    con.execute(f"DROP TABLE _new_{name}")
            for name in ("_changed", "_merged"):
                con.unregister(name)
            state.write_reports(con, merged.state, merged.dropped)
            namewrites.write_names(con, by_name, whole=False, names=(known or {}).get("name_index"))
            if rule_names is not None:
                namewrites.write_rule_names(con, *rule_names)
            for name, data in (replace or {}).items():
                if name not in CACHE_TABLES:
                    raise StoreError(f"not a table of the consolidation's cache: {name}")
                self._empty(name)
                self._insert(name, data)
            self._append_cache(append)
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException, StoreError) as exc:
            note = _rollback(con)
            raise StoreError(f"the consolidated tables could not be updated: {exc}{note}") from exc

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
        if not new.num_rows and groups is None:
            con.execute(f"DELETE FROM {name}")
            self._rebuild_derived(name)
            return
        cols = ", ".join(r[0] for r in con.execute(f"DESCRIBE {name}").fetchall())
        if not new.num_rows:  # the known groups are gone whole: `new` has no columns to select
            new = pa.table({key: pa.array([], pa.string())})
        con.register("_new", new)
        if groups is not None:
            con.register("_known", pa.table({key: pa.array(groups, pa.string())}))
            con.execute(f"CREATE OR REPLACE TEMP TABLE _groups AS SELECT DISTINCT {key} FROM _known")
            con.unregister("_known")
        else:
            con.execute(f"CREATE OR REPLACE TEMP TABLE _groups AS SELECT DISTINCT {key} FROM ("
                        f"(SELECT {cols} FROM {name} EXCEPT ALL SELECT {cols} FROM _new) UNION ALL "
                        f"(SELECT {cols} FROM _new EXCEPT ALL SELECT {cols} FROM {name}))")
        if name == "entity_links":  # the entities' tallies by difference (store.tallies)
            tallies.taken_off(con, "_groups")
        con.execute(f"DELETE FROM {name} WHERE {key} IN (SELECT {key} FROM _groups)")
        order = f" ORDER BY {SORTED[name]}" if name in SORTED else ""
        con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _new WHERE {key} IN (SELECT {key} FROM _groups){order}")
        if name == "entity_links":
            tallies.added_on(con, "_groups")
        con.unregister("_new")
        con.execute("DROP TABLE _groups")

    def _insert(self, name: str, data: Any, copy: str | None = None) -> bool:
        """Insert rows in the table's SORTED order; `data` may also be an iterator of pyarrow Tables
        (chunks too many to hold at once), staged in a temporary table and then inserted sorted.
        `copy`: also into this temporary table (made anew, of the table's columns) when `data` is
        rows in memory; whether it was."""
        import pyarrow as pa

        order = f" ORDER BY {SORTED[name]}" if name in SORTED else ""
        if isinstance(data, Staged):  # a range of the sort key at a time (store.ranges)
            if name in SORTED:
                insert_sorted(self.con, name, data.table, SORTED[name], rows=data.rows)
            else:
                self.con.execute(f"INSERT INTO {name} SELECT * FROM {data.table}")
            self.con.execute(f"DROP TABLE {data.table}")
            return False
        if not isinstance(data, list | dict | pa.Table):
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE _staged AS SELECT * FROM {name} LIMIT 0")
            # above what DuckDB holds: in the whole build's transaction the indexes its writes built (at 100,000
            # pages ~256 MB: a fixed 64 MB could not be set, "could not free up enough memory", and failed it)
            with self.capped(self.room_above_held(STAGE_MEMORY)):  # type: ignore[attr-defined]  # Python makes the chunks meanwhile
                for chunk in data:
                    scan(self.con, chunk, "INSERT INTO _staged BY NAME SELECT * FROM _incoming")
            if name in SORTED:  # a range of the sort key at a time (store.ranges)
                insert_sorted(self.con, name, "_staged", SORTED[name], part_rows=GRAM_PART_ROWS)
            else:
                self.con.execute(f"INSERT INTO {name} SELECT * FROM _staged")
            self.con.execute("DROP TABLE _staged")
            return False
        tbl = pa.Table.from_pylist(data, schema=arrow_schema(name)) if isinstance(data, list) else \
            data if isinstance(data, pa.Table) else pa.table(data)
        if copy:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {copy} AS SELECT * FROM {name} LIMIT 0")
        if tbl.num_rows:
            scan(self.con, tbl, f"INSERT INTO {name} BY NAME SELECT * FROM _incoming{order}",
                 *([f"INSERT INTO {copy} BY NAME SELECT * FROM _incoming"] if copy else []))
        return copy is not None
