"""The merge state's columns filled in for the reports of a store consolidated before they were
kept: event_reports.cmp (consolidate.compared), read and written a batch of pages at a time."""

from __future__ import annotations

from typing import Any

import duckdb

from dipnet.store.state import _dicts, register_keys

# what events._report reads of an events row
REPORT_READS = ("doc_id", "idx", "type", "date", "date_precision", "end_date", "participants", "source_actors",
                "target_actors", "location", "attributes", "start_char", "end_char", "brief")


def uncompared(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The pages of the stored reports whose cmp is NULL."""
    return [r[0] for r in con.cursor().execute(
        "SELECT DISTINCT doc_id FROM event_reports WHERE cmp IS NULL ORDER BY doc_id").fetchall()]


def uncompared_rows(con: duckdb.DuckDBPyConnection, docs: list[str]) -> list[dict[str, Any]]:
    """The events rows (REPORT_READS) of the reports on these pages whose cmp is NULL, each with its
    state row's _mention_id, _names and _rids."""
    cur = con.cursor()
    register_keys(cur, "_d", docs)
    cols = ", ".join(f"e.{c}" for c in REPORT_READS)
    return _dicts(cur.execute(
        f"SELECT r.mention_id AS _mention_id, r.names AS _names, r.rids AS _rids, {cols} FROM event_reports r "
        "JOIN events e ON e.doc_id = r.doc_id AND e.idx = r.idx WHERE r.cmp IS NULL AND r.doc_id IN (SELECT k FROM _d) "
        "AND e.doc_id IN (SELECT k FROM _d) ORDER BY r.mention_id"))


def write_compared(con: duckdb.DuckDBPyConnection, made: list[tuple[str, str]], docs: list[str]) -> None:
    """Set cmp of these reports (mention id, text), all on these pages."""
    import pyarrow as pa

    if not made:
        return
    cur = con.cursor()
    register_keys(cur, "_d", docs)
    cur.register("_filled", pa.table({"m": pa.array([m for m, _ in made], pa.string()),
                                      "cmp": pa.array([c for _, c in made], pa.string())}))
    cur.execute("UPDATE event_reports SET cmp = f.cmp FROM _filled f WHERE event_reports.mention_id = f.m "
                "AND event_reports.doc_id IN (SELECT k FROM _d)")
