"""Bring an older store's merge state (event_reports, event_blocks) to this layout when it is opened:
each column added since, and the rows in the order consolidation reads them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from dipnet.store.ranges import BLOCK_PART_ROWS, insert_sorted
from dipnet.store.state import EH, STATE_SORTED, blocks_sorted


def upgrade(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a store's merge state to this layout (inside no transaction): event_reports' blocks as
    one text (a store consolidated before kept a list), its event's key (eh), its events row's
    rowid (erow), its unit's brief and whether it is coarse, its rows in STATE_SORTED's order, event_blocks
    made again from event_reports when it lacks the event of each row, the keys (bh, eh) or coarse, and its rows
    in STATE_SORTED's order (its blocks' keys)."""
    def columns(table: str) -> dict[str, str]:
        return dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                                "AND database_name = current_database() AND schema_name = 'main'", [table]).fetchall())

    reports, blocks = columns("event_reports"), columns("event_blocks")
    listed = reports.get("blocks", "VARCHAR") != "VARCHAR"
    unkeyed = bool(reports) and "eh" not in reports
    unrowed = bool(reports) and "erow" not in reports
    unresolved = bool(reports) and "rids" not in reports
    uncompared = bool(reports) and "cmp" not in reports
    unbriefed = bool(reports) and "brief" not in reports
    uncoarse = bool(reports) and "coarse" not in reports
    unsorted = bool(reports) and not _in_order(con)
    unplain = bool(reports) and not unsorted and not _plain(con)
    remade = bool(blocks) and ("bh" not in blocks or "coarse" not in blocks)
    # event_blocks in STATE_SORTED's order, its blocks' keys (a store written before: in the blocks' text order)
    unkeyed_order = bool(blocks) and not remade and not _in_order(con, "event_blocks", "bh")
    if not listed and not unkeyed and not unrowed and not unresolved and not uncompared and not unbriefed \
            and not uncoarse and not unsorted and not unplain and not remade and not unkeyed_order:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        if listed:
            con.execute("ALTER TABLE event_reports ALTER blocks SET DATA TYPE VARCHAR "
                        "USING array_to_string(blocks, chr(30))")
        if unkeyed:
            con.execute("ALTER TABLE event_reports ADD COLUMN eh UBIGINT")
            con.execute(f"UPDATE event_reports SET eh = {EH}")
        if unrowed:
            con.execute("ALTER TABLE event_reports ADD COLUMN erow BIGINT")
            con.execute("UPDATE event_reports SET erow = e.rowid FROM events e "
                        "WHERE e.doc_id = event_reports.doc_id AND e.idx = event_reports.idx")
        if unresolved:  # NULL: the stored reports resolve their names as before (Resolver.pinned unset)
            con.execute("ALTER TABLE event_reports ADD COLUMN rids VARCHAR")
        if uncompared:  # NULL: the replay reads the stored reports' rows (consolidate.compared fills it)
            con.execute("ALTER TABLE event_reports ADD COLUMN cmp VARCHAR")
        if unbriefed:  # each report's unit's brief (-1: none), its events row's (state.unmerged_rerooted)
            con.execute("ALTER TABLE event_reports ADD COLUMN brief INTEGER")
            con.execute("SET memory_limit = '256MB'")
            try:
                con.execute("UPDATE event_reports SET brief = coalesce(e.brief, -1) FROM events e "
                            "WHERE e.doc_id = event_reports.doc_id AND e.idx = event_reports.idx")
            finally:
                con.execute("RESET memory_limit")
        if uncoarse:  # whether each report is coarse, from what it compares (NULL where that is not kept)
            con.execute("ALTER TABLE event_reports ADD COLUMN coarse BOOLEAN")
            with _capped(con):
                con.execute(f"UPDATE event_reports SET coarse = {COARSE_OF_CMP} WHERE cmp IS NOT NULL")
        if unsorted:  # in STATE_SORTED's order (a store consolidated before: event order), in consolidation's memory
            con.execute(_plain_table(con, "_sorted_reports"))
            con.execute("SET memory_limit = '256MB'")
            try:
                insert_sorted(con, "_sorted_reports", "event_reports", STATE_SORTED["event_reports"])
            finally:
                con.execute("RESET memory_limit")
            con.execute("DROP TABLE event_reports")
            con.execute("ALTER TABLE _sorted_reports RENAME TO event_reports")
        if unplain:  # its rows as they are, in a table keeping PLAIN's columns uncompressed
            con.execute(_plain_table(con, "_plain_reports"))
            with _capped(con):
                con.execute("INSERT INTO _plain_reports SELECT * FROM event_reports")
            con.execute("DROP TABLE event_reports")
            con.execute("ALTER TABLE _plain_reports RENAME TO event_reports")
        if unkeyed_order:
            con.execute("CREATE TABLE _sorted_blocks AS FROM event_blocks LIMIT 0")
            with _capped(con):
                insert_sorted(con, "_sorted_blocks", "event_blocks", STATE_SORTED["event_blocks"], part_rows=BLOCK_PART_ROWS)
            con.execute("DROP TABLE event_blocks")
            con.execute("ALTER TABLE _sorted_blocks RENAME TO event_blocks")
        if remade:
            con.execute("DROP TABLE IF EXISTS event_blocks")
            con.execute("CREATE TABLE event_blocks (block VARCHAR, okey VARCHAR, mention_id VARCHAR, event_id VARCHAR, "
                        "bh UBIGINT, eh UBIGINT, coarse BOOLEAN)")
            with _capped(con):  # at 100,000 pages uncapped: a peak RSS of ~930 MB
                blocks_sorted(con, "event_reports")
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise


@contextmanager
def _capped(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """DuckDB within consolidation's memory (256 MB) for one step."""
    con.execute("SET memory_limit = '256MB'")
    try:
        yield
    finally:
        con.execute("RESET memory_limit")


# events._coarse (dated by its page, or not dated, or to a year or less) of consolidate.compared's text (its
# fields, chr(30) between them: 7 the span, 8 the precision's rank, 9 "1" when dated by its page)
COARSE_OF_CMP = ("(split_part(cmp, chr(30), 9) <> '' OR split_part(cmp, chr(30), 7) = '' "
                 "OR CAST(split_part(cmp, chr(30), 8) AS INTEGER) >= 2)")


# event_reports' columns kept uncompressed (state.STATE says so for a new store): the replay's lookups read a few
# rows each by row id, and a row of a dictionary-compressed text column costs the decoding of its segment's
# dictionary (event_id, doc_id: values repeated by the reports of an event, of a page; cmp): at 100,000 pages
# 60 rows 127 -> 29 ms CPU, the store ~130 MB larger
PLAIN = ("event_id", "doc_id", "cmp")


def _plain(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether event_reports keeps PLAIN's columns uncompressed (a store made before: DuckDB chose)."""
    sql = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'event_reports' "
                      "AND database_name = current_database() AND schema_name = 'main'").fetchall()[0][0]
    return all(f"{c} VARCHAR USING COMPRESSION" in sql for c in PLAIN)


def _plain_table(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """The statement making a table `name` of event_reports' columns, in their order, PLAIN's uncompressed."""
    cols = con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'event_reports' "
                       "AND database_name = current_database() AND schema_name = 'main' ORDER BY column_index").fetchall()
    return (f"CREATE TABLE {name} (" + ", ".join(f"\"{c}\" {t}" + (" USING COMPRESSION uncompressed" if c in PLAIN else "")
                                                 for c, t in cols) + ")")


def _in_order(con: duckdb.DuckDBPyConnection, table: str = "event_reports", first: str = "okey") -> bool:
    """Whether a table was written in STATE_SORTED's order: its first rows are, by its first column (an add appends
    its rows at the end, in order too; event_reports written in event order has random okeys there, event_blocks
    written in block order random keys)."""
    return not con.execute(f"SELECT count(*) FROM (SELECT {first} < lag({first}) OVER (ORDER BY rowid) AS back "
                           f"FROM {table} WHERE rowid < 1000) WHERE back").fetchall()[0][0]
