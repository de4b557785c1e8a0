"""The events rows of one type as the whole build's streamed merge reads them (consolidate.changes):
first every row once, a chunk at a time, each with its row id, to cluster them as compact reports;
then again, the rows of each cluster together, in cluster order, to merge them. So a type's full
rows are never all in memory (at 10,000 pages the largest type's took ~300 MB of the build's peak)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import duckdb

CHUNK = 5_000  # rows fetched at once
RID = "_rid"  # the row id each streamed row carries (what reread finds it by)
REREAD = "_reread"  # the temporary table of a type's rows sorted by cluster (cluster_rows)


def type_rows(con: duckdb.DuckDBPyConnection, kind: str, columns: tuple[str, ...] | None = None) -> Iterator[dict[str, Any]]:
    """Every events row of this type (these columns, all when None), in store.rows' order, each with
    its row id under RID."""
    cur = con.cursor()
    try:
        cur.execute(f"SELECT {', '.join(columns or ('*',))}, rowid AS {RID} FROM events WHERE type = ? ORDER BY ALL", [kind])
        names = [d[0] for d in cur.description]
        while batch := cur.fetchmany(CHUNK):
            yield from (dict(zip(names, r, strict=True)) for r in batch)
    finally:
        cur.close()


def cluster_rows(con: duckdb.DuckDBPyConnection, kind: str, rids: Sequence[int],
                 clusters: Sequence[int]) -> Iterator[list[dict[str, Any]]]:
    """The events rows of each cluster (`clusters[i]`: the cluster of the row whose id is `rids[i]`,
    numbered from 0 in the order they were made), together, in that order; without their row id.
    DuckDB sorts them (spilling past its memory limit), not Python: into a temporary table first, which
    is then read in its order. A sort streamed to the end held the blocks of its sorted runs pinned while
    the merged events were staged (the caller's sink, between two batches): at 100,000 pages (the largest
    type's ~700,000 rows, every column) the staging ran out of the phase's memory and the build failed."""
    import pyarrow as pa

    cur = con.cursor()
    try:
        cur.register("_clustered", pa.table({"rid": pa.array(rids, pa.int64()), "cluster": pa.array(clusters, pa.int64())}))
        cur.execute(f"CREATE OR REPLACE TEMP TABLE {REREAD} AS SELECT e.*, c.cluster AS _cluster FROM events e "
                    "JOIN _clustered c ON e.rowid = c.rid WHERE e.type = ? ORDER BY c.cluster", [kind])
        cur.unregister("_clustered")
        cur.execute(f"SELECT * FROM {REREAD}")  # in its insertion order: the clusters' (preserve_insertion_order)
        names = [d[0] for d in cur.description][:-1]
        group: list[dict[str, Any]] = []
        at = 0
        while batch := cur.fetchmany(CHUNK):
            for r in batch:
                if r[-1] != at and group:
                    yield group
                    group = []
                at = r[-1]
                group.append(dict(zip(names, r[:-1], strict=True)))
        if group:
            yield group
    finally:
        try:
            cur.execute(f"DROP TABLE IF EXISTS {REREAD}")
        finally:
            cur.close()
