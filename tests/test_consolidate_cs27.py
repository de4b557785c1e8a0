"""The whole build's phase limits on a served store (issue 17, cs27): each phase gets its room (PREPARE_MEMORY,
EARLY_STAGE_MEMORY, ENTITY_READ_MEMORY) above what DuckDB holds as it begins (Store.room_above_held). A server's
store holds what its adds left, the indexes they loaded and the rows not yet checkpointed, which DuckDB cannot
evict: a fixed limit as low as the room starved the pages' reads there (the served `dipnet ingest` answered 500).
(A server's own store is opened shared since cs28 and keeps its limit: these stores are not, as a CLI's store
that pages were added to and consolidated holds the same.)"""

from __future__ import annotations

from typing import Any

import pytest

from dipnet.consolidate import consolidate
from dipnet.store import Store
from test_consolidate import build_store, ev, make_doc

ROOM = "12MB"  # below what the served store below holds (~18 MB): a fixed limit of it starves the reads


def _more_pages(n: int) -> list[Any]:
    """Pages of an invented outlet, each its own visit on its own day."""
    return [make_doc(f"sample_{i:02d}.html", f"甲国外长第{i}次访问乙国", f"2025-03-{i + 1:02d}", [
        (f"甲国外长于3月{i + 1}日抵达乙国首都,双方就第{i}轮磋商交换了意见。" * 8,
         ev("VISIT", f"visit-{i}", ["越南", "老挝"], f"2025-03-{i + 1:02d}", location="万象")),
        (f"第{i}轮磋商期间,两国签署了合作文件,并商定下次会晤的日期。" * 8, None)]) for i in range(n)]


def _served(tmp_path: Any) -> Store:
    """A store as a server holds it: consolidated, then pages added and consolidated through a cursor of
    its own (Store.for_thread: the server's writer), which leaves their rows and indexes in DuckDB."""
    store = Store(build_store(tmp_path / "kb.duckdb"))
    writer = store.for_thread()
    for doc in _more_pages(24):
        writer.add(doc)
    consolidate(writer, incremental=True)
    return writer


@pytest.fixture
def low_rooms(monkeypatch: Any) -> None:
    import dipnet.consolidate as consolidation
    from dipnet.store import writes

    monkeypatch.setattr(consolidation, "PREPARE_MEMORY", ROOM)
    monkeypatch.setattr(consolidation, "EARLY_STAGE_MEMORY", ROOM)
    monkeypatch.setattr(consolidation, "ENTITY_READ_MEMORY", ROOM)
    monkeypatch.setattr(writes, "EARLY_STAGE_MEMORY", ROOM)


def test_a_served_store_is_rebuilt_whole_within_rooms_below_what_it_holds(tmp_path, low_rooms):
    """What `dipnet ingest` handing pages to the server runs (a whole build on the writer's cursor) succeeds
    with each phase's room below what the store holds, and gives the tables a fresh rebuild gives."""
    writer = _served(tmp_path)
    held = writer.con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory() "
                              "WHERE tag <> 'IN_MEMORY_TABLE'").fetchall()[0][0]
    assert held > int(ROOM.removesuffix("MB")) * 2**20
    counts = consolidate(writer)
    again = consolidate(writer)
    assert counts == again and counts["kb_events"] > 0


def test_a_phase_gets_its_room_above_what_duckdb_holds(tmp_path):
    """room_above_held: the room plus what DuckDB holds but the temporary tables' blocks (they spill)."""
    writer = _served(tmp_path)
    held = writer.con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory() "
                              "WHERE tag <> 'IN_MEMORY_TABLE'").fetchall()[0][0]
    got = int(writer.room_above_held(ROOM).removesuffix("MB"))
    assert got == 12 + -(-held // 2**20) > 12
    with Store(tmp_path / "fresh.duckdb") as fresh:  # a store just made holds next to nothing
        assert int(fresh.room_above_held(ROOM).removesuffix("MB")) <= 13
