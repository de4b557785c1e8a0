"""What consolidation's upkeep of an older store reads and writes (consolidate.backfill, consolidate.relevents):
the reports that lack their resolved entities and the relation_pairs rows. SQL stays in the store."""

from __future__ import annotations

from typing import Any

import duckdb

from dipnet.store import state


def unfilled_pages(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The pages of the stored reports that lack their resolved entities (event_reports.rids)."""
    return [r[0] for r in con.cursor().execute(
        "SELECT DISTINCT doc_id FROM event_reports WHERE rids IS NULL ORDER BY doc_id").fetchall()]


def unfilled_reports(cur: duckdb.DuckDBPyConnection, docs: list[str]) -> list[tuple[str, str, Any]]:
    """(mention_id, doc_id, names) of these pages' reports that lack their resolved entities."""
    state.register_keys(cur, "_d", docs)
    return cur.execute("SELECT mention_id, doc_id, names FROM event_reports WHERE rids IS NULL "
                       "AND doc_id IN (SELECT k FROM _d)").fetchall()


def fill_reports(cur: duckdb.DuckDBPyConnection, docs: list[str], mention_ids: list[str], rids: list[str]) -> None:
    """Write the resolved entities (rids) of these reports of these pages."""
    import pyarrow as pa

    state.register_keys(cur, "_d", docs)
    cur.register("_filled", pa.table({"m": pa.array(mention_ids, pa.string()), "rids": pa.array(rids, pa.string())}))
    cur.execute("UPDATE event_reports SET rids = f.rids FROM _filled f WHERE event_reports.mention_id = f.m "
                "AND event_reports.doc_id IN (SELECT k FROM _d)")
    cur.unregister("_filled")


def pairs_usable(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether relation_pairs holds the stored events' pairs: it has rows, or no stored event could give one."""
    return bool(con.cursor().execute(
        "SELECT EXISTS (FROM relation_pairs) OR NOT EXISTS (FROM kb_events WHERE type = 'RELATION_CHANGE' "
        "AND status = 'occurred' AND coalesce(date, '') <> '')").fetchall()[0][0])


def has_pairs_table(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store has a relation_pairs table (a store made before it was kept has not)."""
    return bool(con.cursor().execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'relation_pairs' "
                                     "AND database_name = current_database()").fetchall()[0][0])


def insert_pairs(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    """Append these relation_pairs rows (every column text, in the table's order)."""
    import pyarrow as pa

    con.register("_pairs", pa.table({c: pa.array([r[c] for r in rows], pa.string()) for c in columns}))
    con.execute("INSERT INTO relation_pairs SELECT * FROM _pairs")
    con.unregister("_pairs")


def stored_pairs(con: duckdb.DuckDBPyConnection, columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Every relation_pairs row, these columns."""
    return con.cursor().execute(f"SELECT {', '.join(columns)} FROM relation_pairs").fetchall()
