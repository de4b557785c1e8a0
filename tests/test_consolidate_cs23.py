"""The whole build's memory (issue 17): its writes let go of each Arrow chunk once inserted, its
merged events are staged a part at a time, each cluster's reports freed once merged; the tables
are those of before."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from dipnet.store import Store
from test_consolidate import _consolidated, build_store


def _chunks(n: int, rows: int) -> Any:
    for k in range(n):  # invented index rows: n chunks of `rows` rows each
        yield pa.table({"gram": pa.array([f"词{k}-{i}" for i in range(rows)], pa.string()),
                        "doc_id": pa.array([f"页{k}"] * rows, pa.string())})


def test_the_writes_let_go_of_each_arrow_chunk_inside_the_transaction(tmp_path):
    """Inside the writes' transaction, chunks inserted through _insert do not stay in Arrow memory
    until the COMMIT (a registered table did: every page_grams chunk of a whole build at once);
    the rows are all there, in order, and a ROLLBACK takes them back."""
    with Store(tmp_path / "s.duckdb") as store:
        before = pa.total_allocated_bytes()
        store.con.execute("BEGIN TRANSACTION")
        store._empty("page_grams")
        store._insert("page_grams", _chunks(8, 50_000))
        held = pa.total_allocated_bytes() - before
        got = store.con.execute("SELECT count(*), count(DISTINCT doc_id) FROM page_grams").fetchone()
        store.con.execute("ROLLBACK")
        after = store.con.execute("SELECT count(*) FROM page_grams").fetchone()
    assert got == (400_000, 8)
    assert held < 2**20  # a chunk is ~1.1 MB of Arrow memory: registered, all eight were held (~8.7 MB)
    assert after == (0,)


def test_rows_in_memory_written_through_scan_and_their_copy(tmp_path):
    """_insert of rows in memory (column lists) writes them and, when asked, a temporary copy of
    them, as the registered table did (the add keeps its new events' rows so)."""
    rows = {"doc_a": [f"页{i % 3}" for i in range(6)], "doc_b": [f"页{9 - i}" for i in range(6)],
            "kind": ["near"] * 6, "brief": [None] * 6, "score": [i / 10 for i in range(6)]}
    with Store(tmp_path / "s.duckdb") as store:
        store.con.execute("BEGIN TRANSACTION")
        store._empty("page_links")
        assert store._insert("page_links", rows, "_copy")
        table = store.con.execute("SELECT * FROM page_links ORDER BY ALL").fetchall()
        copy = store.con.execute("SELECT * FROM _copy ORDER BY ALL").fetchall()
        store.con.execute("COMMIT")
    assert len(table) == 6 and copy == table


def test_events_staged_a_few_at_a_time_give_the_same_tables(tmp_path, monkeypatch):
    """The whole build stages its merged events SINK_EVENTS at a time (and frees each cluster's
    reports once merged): with parts of one or two events the consolidated tables, cache and
    merge state are those of one part per type."""
    from dipnet.consolidate import changes

    whole = _consolidated(build_store(tmp_path / "whole.duckdb"))
    for size in (1, 2):
        monkeypatch.setattr(changes, "SINK_EVENTS", size)
        parts = _consolidated(build_store(tmp_path / f"parts{size}.duckdb"))
        assert len(whole["kb_events"]) > 2 * size
        for table in whole:
            assert parts[table] == whole[table], (size, table)


def test_the_whole_build_reads_no_page_row_twice(tmp_path, monkeypatch):
    """The whole build has every page's row (by_doc, published) already: the resolver's batch reads
    do not read them again from the store (StoredPages, the add's lazy reader)."""
    from dipnet.consolidate import pageinfo

    read: list[int] = []
    real = pageinfo.StoredPages.prefetch

    def prefetch(self: Any, docs: Any) -> None:
        read.append(len(docs))
        real(self, docs)

    monkeypatch.setattr(pageinfo.StoredPages, "prefetch", prefetch)
    build_store(tmp_path / "kb.duckdb")
    assert read == []
