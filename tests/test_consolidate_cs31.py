"""The whole build at 100,000 pages (issue 17): the event merge's room grows with the events rows
(Store.merge_room), and a type's rows read again by cluster are sorted into a temporary table first,
then read in its order, so the merged events can be staged between two clusters (store.clustered)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipnet.store import Store, clustered, writes


def _events(store: Store, kinds: list[str]) -> None:
    for i, kind in enumerate(kinds):
        store.con.execute("INSERT INTO events (doc_id, idx, type, evidence) VALUES (?, ?, ?, ?)",
                          [f"页{i}", i, kind, f"证{i}"])


def test_merge_room_is_the_floor_on_a_small_store_and_grows_with_the_rows(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        _events(store, ["会见"] * 40)
        assert store.merge_room("64MB") == "64MB"  # 40 rows: the floor
        monkeypatch.setattr(writes, "MERGE_ROW_BYTES", 2**22)  # 4 MiB a row: 40 rows 160 MB
        assert store.merge_room("64MB") == "160MB"
        monkeypatch.setattr(writes, "MERGE_ROW_BYTES", 2**24)  # 640 MB: within WORK_MEMORY
        assert store.merge_room("64MB") == writes.WORK_MEMORY


def test_rows_read_again_by_cluster_while_rows_are_staged_between_clusters(tmp_path: Path) -> None:
    """Each cluster's rows together, clusters in their order, while the caller stages rows in a temporary
    table between two clusters (what the whole build's sink does); the sorted table is gone after."""
    with Store(tmp_path / "s.duckdb") as store:
        _events(store, ["会见", "会见", "访问", "会见", "会见", "会见"])
        rid = {r["doc_id"]: r[clustered.RID] for r in clustered.type_rows(store.con, "会见")}
        store.con.execute("CREATE TEMP TABLE _stage_x AS SELECT * FROM events LIMIT 0")
        got = []
        for group in clustered.cluster_rows(store.con, "会见", [rid["页5"], rid["页0"], rid["页1"], rid["页3"], rid["页4"]],
                                            [2, 0, 2, 1, 0]):
            got.append(sorted(r["doc_id"] for r in group))
            store.con.execute("INSERT INTO _stage_x SELECT * FROM events WHERE doc_id = ?", [group[0]["doc_id"]])
        staged = store.con.execute("SELECT count(*) FROM _stage_x").fetchall()[0][0]
        left = store.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [clustered.REREAD]).fetchall()
    assert got == [["页0", "页4"], ["页3"], ["页1", "页5"]]
    assert staged == 3
    assert left == [(0,)]


@pytest.mark.slow
def test_chunks_staged_in_a_transaction_that_holds_indexes_past_the_stage_limit(tmp_path: Path) -> None:
    """The whole build's writes stage page_grams' chunks inside the transaction that holds the indexes its
    writes built, which DuckDB cannot evict: at 100,000 pages ~256 MB, and a fixed STAGE_MEMORY (64 MB) could
    not be set ("could not free up enough memory"), failing the build. The staging's limit is its room above
    what DuckDB holds (~130 MB of index here, made in ~5 s)."""
    import pyarrow as pa

    with Store(tmp_path / "s.duckdb") as store:
        store.con.execute("CREATE TABLE _held (s VARCHAR PRIMARY KEY)")
        store.con.execute("BEGIN")
        store.con.execute("INSERT INTO _held SELECT md5(range::VARCHAR) FROM range(2000000)")
        chunk = pa.table({"doc_id": ["页1", "页2"], "idx": [0, 1], "type": ["会见", "访问"], "evidence": ["证1", "证2"]})
        assert store._insert("events", iter([chunk, chunk])) is False
        store.con.execute("COMMIT")
        assert store.con.execute("SELECT count(*) FROM events").fetchall() == [(4,)]
