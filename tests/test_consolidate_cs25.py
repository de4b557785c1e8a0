"""The whole build's memory (issue 17, cs25): DuckDB's limits by phase (the staging of rows Python makes
within STAGE_MEMORY, the entity and event merges within ENTITY_READ_MEMORY, the writes within bulk_memory,
at least BULK_FLOOR), kb_entities staged after the entity merge, one string a name and a type in the
entity merge, and the sorts by smaller parts. The tables are those of before."""

from __future__ import annotations

from typing import Any

from dipnet.consolidate.entities import merge_entities
from dipnet.kb import load_kb
from dipnet.store import Store
from test_consolidate import build_store


def test_the_whole_builds_phases_run_within_their_limits(tmp_path, monkeypatch):
    """The whole build: bulk_memory for all of it; its early staging (signatures, link state) within
    EARLY_STAGE_MEMORY (cs26; STAGE_MEMORY before); the entity merge and then the event merge within
    ENTITY_READ_MEMORY; page_grams' chunks
    staged within STAGE_MEMORY again."""
    import dipnet.consolidate as consolidation
    from dipnet.store import writes

    seen: list[str] = []
    real_capped = Store.capped
    real = {name: getattr(consolidation, name) for name in ("merge_entities", "merge_events", "index_rows")}

    def capped(self: Store, limit: str = "256MB", threads: int | None = None) -> Any:
        seen.append(limit)
        return real_capped(self, limit, threads)

    def marked(name: str) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            seen.append(name)
            return real[name](*args, **kwargs)
        return run

    monkeypatch.setattr(Store, "capped", capped)
    # each phase's room as its limit (what DuckDB holds is added to it: tests/test_consolidate_cs27.py)
    monkeypatch.setattr(Store, "room_above_held", lambda self, room: room)
    for name in real:
        monkeypatch.setattr(consolidation, name, marked(name))
    with Store(tmp_path / "kb.duckdb") as store:
        bulk = store.bulk_memory()
    build_store(tmp_path / "kb.duckdb")
    read, stage = consolidation.ENTITY_READ_MEMORY, writes.STAGE_MEMORY
    # (the preparation within PREPARE_MEMORY first: tests/test_consolidate_cs26.py)
    # (the entity links staged as made, then sorted by DuckDB within ENTITY_READ_MEMORY too: cb3's consolidate.bounded)
    assert seen[:9] == [bulk, consolidation.PREPARE_MEMORY, writes.EARLY_STAGE_MEMORY, read, "merge_entities", read,
                        read, "merge_events", "index_rows"]
    assert seen[9:] == [stage]  # the page_grams chunks, in the writes


def test_the_whole_builds_duckdb_memory_has_its_own_floor(tmp_path):
    """A small store's whole build gets BULK_FLOOR (under an add's WRITE_FLOOR): its sorts are by parts
    small enough for it."""
    from dipnet.store import writes

    with Store(build_store(tmp_path / "kb.duckdb")) as store:
        assert store.bulk_memory() == f"{writes.BULK_FLOOR}MB"
    assert writes.BULK_FLOOR < writes.WRITE_FLOOR


def test_kb_entities_staged_by_the_whole_build_are_the_rows_merged(tmp_path):
    """build(stage=True) stages kb_entities in the store after the entity merge (not held to the writes):
    the staged rows are those of the build that keeps them in memory."""
    from dipnet.consolidate import build
    from dipnet.store.writes import Staged

    with Store(build_store(tmp_path / "kb.duckdb")) as store:
        kept = build(store).tables["kb_entities"]
        staged = build(store, stage=True).tables["kb_entities"]
        assert isinstance(staged, Staged) and staged.rows == len(kept["entity_id"]) > 3
        cur = store.con.execute(f"SELECT * FROM {staged.table} ORDER BY entity_id")
        names, rows = [d[0] for d in cur.description], cur.fetchall()
    got = {n: [r[i] for r in rows] for i, n in enumerate(names)}
    for col, values in kept.items():
        assert [str(v) for v in got[col]] == [str(v) for v in values], col


def test_tiny_batches_chunks_and_parts_give_the_same_tables(tmp_path, monkeypatch):
    """Entity rows read two at a time, event texts made two at a time, and every sort by parts of a few
    rows: every consolidated and cache table is that of the defaults."""
    from dipnet import store as store_module
    from dipnet.store import derived, ranges, state, writes
    from test_consolidate import _consolidated

    whole = _consolidated(build_store(tmp_path / "whole.duckdb"))
    monkeypatch.setattr(store_module, "ITER_BATCH", 2)
    monkeypatch.setattr(derived, "TEXT_CHUNK", 2)
    monkeypatch.setattr(ranges, "PART_ROWS", 3)
    monkeypatch.setattr(writes, "GRAM_PART_ROWS", 50)
    monkeypatch.setattr(state, "REPORT_PART_ROWS", 2)
    monkeypatch.setattr(state, "BLOCK_PART_ROWS", 3)
    small = _consolidated(build_store(tmp_path / "small.duckdb"))
    assert len(whole["kb_events"]) > 4 and len(whole["page_grams"]) > 100 and whole["event_text"]
    for table in whole:
        assert small[table] == whole[table], table


def _row(doc: str, local: str, type_: str, name: str) -> dict[str, Any]:
    # each value its own string object, as each row read from the store has
    return {"doc_id": doc, "entity_id": local, "type": "".join(list(type_)), "name": "".join(list(name)),
            "kb_id": None, "country": None, "sector": None, "mentions": "[]"}


def test_the_entity_merge_keeps_one_string_a_name_and_a_type():
    """A rule-found name and a type on many pages: the entities and the resolver's rule-found names hold
    one string each, not one a row; the merge is the same."""
    rows = [_row(f"页{i}", "e1", "PERSON", "黎明光") for i in range(4)]
    rows += [_row(f"页{i}", "e2", "PERSON", "范文同") for i in range(3)]
    entities, links, res = merge_entities(rows, load_kb())
    assert sorted(e["name"] for e in entities) == ["范文同", "黎明光"]
    assert [e["n_docs"] for e in sorted(entities, key=lambda e: e["name"])] == [3, 4]
    assert len(links) == len(rows)
    assert len({id(e["type"]) for e in res.entities.values()}) == 1
