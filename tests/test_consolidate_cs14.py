"""An add's DuckDB memory (issue 17): its writes run within the indexes they load plus a little
(Store.write_memory, which grows with the indexed tables), its build before the replay within
ADD_BUILD_MEMORY and from the replay on within ADD_READ_MEMORY, and the tables it writes are the
same either way. Invented pages only."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

import dipnet.consolidate as consolidation
from dipnet.consolidate import consolidate
from dipnet.errors import StoreError
from dipnet.store import Store, writes
from test_consolidate import pages
from test_consolidate_cs11 import _more_reports


def _mb(limit: str) -> float:
    """DuckDB's memory_limit setting ('152.5 MiB', '1.0 GiB') in MiB."""
    value, unit = limit.split()
    return float(value) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def _setting(con: Any) -> str:
    return str(con.execute("SELECT current_setting('memory_limit')").fetchone()[0])


def test_write_memory_is_the_floor_on_a_small_store_and_grows_with_the_indexed_rows(tmp_path, monkeypatch):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        assert store.write_memory() == f"{writes.WRITE_FLOOR}MB"
        rows = sum(store.count(t) for t in ("kb_events", "event_mentions", "kb_entities")) + \
            store.con.execute("SELECT count(*) FROM page_features").fetchone()[0]
        assert rows > 0
        # as if each row's key took 1 MB of index: the limit is the rows' plus the headroom
        monkeypatch.setattr(writes, "INDEX_ROW_BYTES", 2**20)
        monkeypatch.setattr(writes, "WRITE_FLOOR", 1)
        assert store.write_memory() == f"{rows + writes.WRITE_HEADROOM}MB"


def test_an_add_writes_within_write_memory_builds_within_its_limits_and_gives_them_back(tmp_path, monkeypatch):
    seen: dict[str, list[str]] = {"build": [], "writes": [], "planned": []}
    real_build, real_update = consolidation.build, Store.update_consolidated

    def build(store: Any, *a: Any, **k: Any) -> Any:
        seen["build"].append(_setting(store.con))
        return real_build(store, *a, **k)

    def update(self: Any, *a: Any, **k: Any) -> Any:
        seen["writes"].append(_setting(self.con))
        return real_update(self, *a, **k)

    real_memory = Store.write_memory

    def memory(self: Any) -> str:
        seen["planned"].append(real_memory(self))
        return "200MB"  # a value of its own, to tell it from the others

    monkeypatch.setattr(consolidation, "build", build)
    monkeypatch.setattr(Store, "update_consolidated", update)
    monkeypatch.setattr(Store, "write_memory", memory)
    docs = pages() + _more_reports()
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(docs[:-1])
        consolidate(store)
        seen["build"].clear()
        before = _setting(store.con)
        store.add_many(docs[-1:])
        consolidate(store, incremental=True)
        assert _setting(store.con) == before  # every limit given back
    (at_build,), (at_writes,), (planned,) = seen["build"], seen["writes"], seen["planned"]
    assert planned == f"{writes.WRITE_FLOOR}MB"
    assert abs(_mb(at_writes) - 200 * 1e6 / 2**20) < 1
    assert abs(_mb(at_build) - float(consolidation.ADD_BUILD_MEMORY[:-2]) * 1e6 / 2**20) < 1
    assert float(consolidation.ADD_READ_MEMORY[:-2]) < float(consolidation.ADD_BUILD_MEMORY[:-2])


def test_an_add_under_the_limits_writes_the_tables_it_writes_without_them(tmp_path, monkeypatch):
    docs = pages() + _more_reports()

    def added(db: Any) -> dict[str, list[tuple[Any, ...]]]:
        with Store(db) as store:
            store.add_many(docs[:-2])
            consolidate(store)
            store.add_many(docs[-2:])
            consolidate(store, incremental=True)
            return {t: sorted(map(str, store.con.execute(f"SELECT * FROM {t}").fetchall()))
                    for t in ("kb_entities", "entity_links", "kb_events", "event_mentions", "event_actors",
                              "event_reports", "event_blocks", "fact_claims", "role_timeline", "relation_timeline")}

    low = added(tmp_path / "low.duckdb")
    monkeypatch.setattr(consolidation, "ADD_BUILD_MEMORY", "256MB")
    monkeypatch.setattr(consolidation, "ADD_READ_MEMORY", "256MB")
    monkeypatch.setattr(Store, "write_memory", lambda self: "256MB")
    assert added(tmp_path / "high.duckdb") == low


class _FatalAtCommit:
    """A connection whose COMMIT fails as DuckDB's does out of memory, and every statement after it
    (ROLLBACK, the limits given back) as on a database DuckDB has invalidated."""

    def __init__(self, con: Any) -> None:
        self._con = con
        self.dead = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)

    def execute(self, sql: str, *args: Any) -> Any:
        if self.dead or sql == "COMMIT":
            self.dead = True
            raise duckdb.FatalException(f"FATAL Error: {sql[:20]} failed: database has been invalidated")
        return self._con.execute(sql, *args)


def test_a_fatal_commit_in_an_add_is_a_store_error_and_leaves_the_store_as_it_was(tmp_path):
    db = tmp_path / "s.duckdb"
    docs = pages() + _more_reports()
    with Store(db) as store:
        store.add_many(docs[:-1])
        consolidate(store)
        store.add_many(docs[-1:])
    tables = ("kb_entities", "kb_events", "event_mentions", "event_reports", "page_features", "page_grams")

    def contents() -> dict[str, list[str]]:
        with Store(db) as store:
            return {t: sorted(map(str, store.con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}

    before = contents()
    store = Store(db)
    real = store.con
    store.con = _FatalAtCommit(real)
    with pytest.raises(StoreError, match="open it again"):
        consolidate(store, incremental=True)
    real.close()  # what DuckDB left open is rolled back with the connection
    assert contents() == before
