"""The whole build's memory (issue 17, cs26): the pages prepared within PREPARE_MEMORY (DuckDB keeps the
blocks of their texts cached up to its limit), the signatures staged as Arrow columns made at once
(features.feature_tables, not a row dict and bytes object a page), and the full-text index rows made
INDEX_CHUNK pages at a time. The tables are those of before."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from dipnet.consolidate.features import feature_rows, feature_tables
from dipnet.consolidate.pages import Prepared
from dipnet.store import Store
from test_consolidate import build_store


def _sig(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 2**63, 128, dtype=np.uint64)


def test_feature_tables_hold_the_rows_of_feature_rows_in_their_order():
    """Each page's two signatures and each teaser's, as feature_rows gives them (bytes of each array),
    in the same order, as columns of two Arrow tables."""
    p = Prepared({"乙页": (_sig(1), _sig(2)), "甲页": (_sig(3), _sig(4))},
                 {("乙页", 0): _sig(5), ("甲页", 2): _sig(6), ("甲页", 0): _sig(7)})
    pages, briefs = feature_tables(p)
    rows_pages, rows_briefs = feature_rows(p)
    assert pages.to_pylist() == rows_pages
    assert briefs.to_pylist() == rows_briefs
    assert pages.column("main_sig")[1].as_py() == _sig(3).tobytes()


def test_feature_tables_of_nothing_are_empty_tables_of_their_columns():
    pages, briefs = feature_tables(Prepared())
    assert (pages.num_rows, briefs.num_rows) == (0, 0)
    assert pages.column_names == ["doc_id", "main_sig", "opening_sig"]
    assert briefs.column_names == ["doc_id", "idx", "sig"]
    assert pa.types.is_large_binary(briefs.schema.field("sig").type)


def test_the_whole_build_prepares_the_pages_within_prepare_memory(tmp_path, monkeypatch):
    """The pages' preparation (their texts read a chunk at a time) runs within PREPARE_MEMORY, before the
    early staging's EARLY_STAGE_MEMORY."""
    import dipnet.consolidate as consolidation
    from dipnet.store import writes

    seen: list[str] = []
    real_capped, real_prepare = Store.capped, consolidation.prepare

    def capped(self: Store, limit: str = "256MB", threads: int | None = None) -> Any:
        seen.append(limit)
        return real_capped(self, limit, threads)

    def prepare(*args: Any) -> Any:
        seen.append("prepare")
        return real_prepare(*args)

    monkeypatch.setattr(Store, "capped", capped)
    # each phase's room as its limit (what DuckDB holds is added to it: tests/test_consolidate_cs27.py)
    monkeypatch.setattr(Store, "room_above_held", lambda self, room: room)
    monkeypatch.setattr(consolidation, "prepare", prepare)
    with Store(tmp_path / "kb.duckdb") as store:
        bulk = store.bulk_memory()
    build_store(tmp_path / "kb.duckdb")
    assert seen[:4] == [bulk, consolidation.PREPARE_MEMORY, "prepare", writes.EARLY_STAGE_MEMORY]
    assert consolidation.PREPARE_MEMORY != bulk


def test_index_rows_come_index_chunk_pages_at_a_time(tmp_path, monkeypatch):
    """The full-text index rows of the pages, INDEX_CHUNK pages a table: the rows page_grams gives."""
    import dipnet.consolidate as consolidation

    db = build_store(tmp_path / "kb.duckdb")
    monkeypatch.setattr(consolidation, "INDEX_CHUNK", 1)
    with Store(db) as store:
        ids = [r[0] for r in store.con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
        tables = list(consolidation.index_rows(store, ids))
        docs = store.rows("documents", ("doc_id", "title", "text"), ids)
    assert len(tables) == len(ids) > 2
    got = [row for t in tables for row in t.to_pylist()]
    assert got == consolidation.page_grams(sorted(docs, key=lambda d: d["doc_id"]))
