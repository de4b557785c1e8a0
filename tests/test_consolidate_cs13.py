"""An add's memory and fixed costs (issue 17): a small store's replay lookups answered from its whole
state read once (store.nearall) as state.near answers them, decoded reports sharing their strings and
empty containers, DuckDB capped (and on one thread) while an add reads, the limit given back in
nested caps, and pyarrow kept from importing pandas in a writer's process. Invented pages only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import dipnet.consolidate as consolidation
from dipnet.consolidate import compared, consolidate
from dipnet.store import Store, nearall, state
from test_consolidate import pages
from test_consolidate_cs9 import _add_after
from test_consolidate_cs11 import _more_reports


def _stored(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_many(pages() + _more_reports())
        consolidate(store)
    return db


@pytest.fixture(autouse=True)
def _few_blocks(monkeypatch):
    """A lookup of all these stores' blocks goes by their keys (state.FEW_BLOCKS below their number)."""
    monkeypatch.setattr(state, "FEW_BLOCKS", 20)


def _asks(con: Any) -> list[tuple[list[str], list[str]]]:
    """Lookups of every kind: each block alone, a few, all (past FEW_BLOCKS), events alone, both, unknown ones."""
    blocks = sorted({r[0] for r in con.execute("SELECT block FROM event_blocks").fetchall()})
    events = sorted({r[0] for r in con.execute("SELECT event_id FROM event_reports").fetchall()})
    assert len(blocks) > state.FEW_BLOCKS and len(events) > 3
    return ([([b], []) for b in blocks] + [(blocks[:3], []), (blocks, []), ([], events[:2]), ([], events),
                                             (blocks[-2:], events[:1]), (["no such block"], ["no such event"]), ([], [])])


def test_the_whole_state_answers_every_lookup_as_the_query_does(tmp_path):
    with Store(_stored(tmp_path), read_only=True) as store:
        whole = nearall.Whole(store.con)
        for blocks, events in _asks(store.con):
            got, want = whole(blocks, events), state.near(store.con, blocks, events)
            assert sorted(got) == sorted(want), (blocks, events)
        assert any(whole(b, e) for b, e in _asks(store.con))


def test_lookups_are_from_memory_only_in_a_small_store(tmp_path, monkeypatch):
    with Store(_stored(tmp_path), read_only=True) as store:
        assert isinstance(nearall.lookup(store.con), nearall.Whole)
        monkeypatch.setattr(nearall, "SMALL", 1)
        query = nearall.lookup(store.con)
        assert not isinstance(query, nearall.Whole)
        blocks, events = _asks(store.con)[0]
        assert sorted(query(blocks, events)) == sorted(state.near(store.con, blocks, events))


@pytest.mark.parametrize("small", [nearall.SMALL, 0])
def test_an_add_gives_the_whole_tables_with_lookups_from_memory_or_queries(tmp_path, monkeypatch, small):
    """The replay's lookups answered either way give the tables of a whole rebuild (the store is
    small: SMALL = 0 makes them queries, as at scale)."""
    monkeypatch.setattr(nearall, "SMALL", small)
    used: list[Any] = []
    real = nearall.lookup

    def spy(con: Any) -> Any:
        used.append(real(con))
        return used[-1]

    monkeypatch.setattr(nearall, "lookup", spy)
    docs = pages() + _more_reports()
    _add_after(tmp_path, docs, len(docs) - 2)
    assert used and all(isinstance(u, nearall.Whole) == (small > 0) for u in used)


def test_decoded_reports_share_their_strings_and_read_only_empties(tmp_path):
    with Store(_stored(tmp_path), read_only=True) as store:
        rows = store.con.execute("SELECT mention_id, okey, doc_id, idx, cmp FROM event_reports").fetchall()
    one: dict[str, str] = {}
    shared = [compared.decode(*r, one) for r in rows]
    alone = [compared.decode(*r) for r in rows]
    fields = ("mention_id", "unit", "ids", "people", "countries", "sources", "location", "location_country", "span",
              "rank", "soft", "home", "attrs", "names", "lists", "row")
    for a, b in zip(shared, alone, strict=True):
        assert all(getattr(a, f) == getattr(b, f) for f in fields), a.mention_id
    ids = [i for r in shared for i in r.ids]
    assert len(ids) > len(set(ids))  # an entity named by several reports: one string for all of them
    assert all(i is one[i] for i in ids)
    empty = [r for r in shared if not r.people]
    assert len(empty) > 1 and len({id(r.people) for r in empty}) == 1
    with pytest.raises(AttributeError):
        empty[0].people.add("someone")
    with pytest.raises(TypeError):
        empty[0].names["x"] = "y"


def test_nested_caps_give_the_outer_limit_back_and_threads_their_default(tmp_path):
    with Store(tmp_path / "cap.duckdb") as store:
        def setting(name: str) -> str:
            return store.con.execute(f"SELECT current_setting('{name}')").fetchall()[0][0]

        limit, threads = setting("memory_limit"), setting("threads")
        with store.capped("300MB", threads=1):
            outer = setting("memory_limit")
            assert str(setting("threads")) == "1"
            with store.capped("100MB"):
                assert float(setting("memory_limit").split()[0]) < float(outer.split()[0])
            assert setting("memory_limit") == outer
            with pytest.raises(RuntimeError), store.capped("100MB"):
                raise RuntimeError("failed midway")
            assert setting("memory_limit") == outer
        assert setting("memory_limit") == limit and setting("threads") == threads


def test_an_add_reads_on_one_thread_and_replays_within_its_read_memory(tmp_path, monkeypatch):
    """An add's build runs on one thread within WORK_MEMORY, and from the replay on within
    ADD_READ_MEMORY; the whole build keeps every thread."""
    from dipnet.store import WORK_MEMORY

    seen: dict[str, list[tuple[Any, ...]]] = {"build": [], "replay": []}
    real_build, real_lookup = consolidation.build, nearall.lookup

    def setting(con: Any) -> tuple[Any, ...]:
        return con.execute("SELECT current_setting('memory_limit'), current_setting('threads')").fetchone()

    def build(store: Any, *a: Any, **k: Any) -> Any:
        seen["build"].append(setting(store.con))
        return real_build(store, *a, **k)

    def lookup(con: Any) -> Any:
        seen["replay"].append(setting(con))
        return real_lookup(con)

    monkeypatch.setattr(consolidation, "build", build)
    monkeypatch.setattr(nearall, "lookup", lookup)
    docs = pages()
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(docs[:-1])
        consolidate(store)
        whole = seen["build"].pop()
        store.add_many(docs[-1:])
        consolidate(store, incremental=True)
    (at_build, threads), = seen["build"]
    (at_replay, replay_threads), = seen["replay"]
    assert str(threads) == str(replay_threads) == str(consolidation.ADD_THREADS) == "1" and str(whole[1]) != "1"

    def mb(limit: str) -> float:
        return float(limit.split()[0]) * (1024 if limit.endswith("GiB") else 1)

    assert mb(at_replay) <= float(consolidation.ADD_READ_MEMORY[:-2]) < mb(at_build) <= float(WORK_MEMORY[:-2])


WRITER = """
import sys
from dipnet.store import Store
from dipnet.consolidate import consolidate
sys.path.insert(0, sys.argv[2])
from test_consolidate import pages
with Store(sys.argv[1]) as store:
    store.add_many(pages()[:-1])
    consolidate(store)
    store.add_many(pages()[-1:])
    consolidate(store, incremental=True)
print("pandas" in sys.modules)
import pandas, pyarrow as pa
print(pa.table({"a": pa.array(["x"])}).to_pandas()["a"].tolist() == ["x"])
"""


def test_a_writer_store_keeps_pyarrow_from_importing_pandas(tmp_path):
    out = subprocess.run([sys.executable, "-c", WRITER, str(tmp_path / "w.duckdb"), str(Path(__file__).parent)],
                         capture_output=True, text=True, env=_env(), timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["False", "True"]  # never imported; importable and used after


def _env() -> dict[str, str]:
    import os

    src = str(Path(consolidation.__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
