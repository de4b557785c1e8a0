"""Large sorted inserts in key ranges: `INSERT INTO t SELECT … ORDER BY k` of a whole staged table
sorts every row at once, and DuckDB pins more of a wide row's sort than its work cap holds (the
100,000-page bulk build ran out of its 256 MB on the sorted insert of the staged event_reports,
lists in every row; at 10,000 pages, under 64 MB, on kb_events). Written a range of the first sort
column at a time, in ascending order, the table ends in the same order, each sort a part's."""

from __future__ import annotations

from typing import Any

import duckdb

PART_ROWS = 50_000  # rows sorted at once, about (halved with the whole build's limit: store.writes.BULK_HEADROOM)
GRAM_PART_ROWS = 1_000_000  # for the chunked index rows (gram, doc_id): narrow rows
# for event_blocks (no lists) in its keys' order: a range's rows lie in every row group of a table not in that order,
# each read whole again for each range (at 100,000 pages, 6.3 million rows: 13 ranges 18.6 s CPU, 63 ranges 57 s)
BLOCK_PART_ROWS = 250_000
# for the staged event_reports (lists in every row): a part of 75,000 of them did not sort within 128 MB
REPORT_PART_ROWS = 15_000
SAMPLE = 20_000  # the keys sampled to cut the ranges


def insert_sorted(con: duckdb.DuckDBPyConnection, target: str, source: str, order: str, cols: str = "*",
                  rows: int | None = None, part_rows: int | None = None) -> None:
    """INSERT INTO target SELECT cols FROM source ORDER BY order, as parts of about PART_ROWS rows by
    ranges of order's first column (its NULLs last, as ORDER BY puts them). `source` is a table or a
    parenthesized query; `rows` its row count when known; `part_rows` the part size for narrow rows
    (each part reads the source again: page_grams' 50 million rows at 100,000 pages, two columns)."""
    first = order.split(",")[0].strip()
    if rows is None:
        rows = int(con.execute(f"SELECT count(*) FROM {source}").fetchall()[0][0])
    parts = -(-rows // (part_rows or PART_ROWS))
    if parts <= 1:
        con.execute(f"INSERT INTO {target} SELECT {cols} FROM {source} ORDER BY {order}")
        return
    keys = sorted(r[0] for r in con.execute(f"SELECT {first} FROM {source} USING SAMPLE {SAMPLE} ROWS").fetchall()
                  if r[0] is not None)
    bounds: list[Any] = sorted({keys[len(keys) * i // parts] for i in range(1, parts)}) if keys else []
    lo: Any = None
    for hi in [*bounds, None]:
        where, args = [], []
        if lo is not None:
            where.append(f"{first} > ?")
            args.append(lo)
        if hi is not None:
            where.append(f"{first} <= ?")
            args.append(hi)
        cond = " AND ".join(where) or "true"
        if hi is None:
            cond = f"({cond}) OR {first} IS NULL"
        con.execute(f"INSERT INTO {target} SELECT {cols} FROM {source} WHERE {cond} ORDER BY {order}", args)
        lo = hi
