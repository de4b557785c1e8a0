"""Issue 17 (cs19): event_blocks kept in the order of its blocks' keys (bh), so that the replay's lookups by
those keys skip every row group but the few holding them; a store written before (in the blocks' text order)
is sorted so when opened. And the integrity check covers the stored totals an add updates by difference:
the entity tallies and relation_pairs, each against a recount. Invented pages only (test_consolidate's)."""

from __future__ import annotations

from typing import Any

from dipnet.consolidate import consolidate, update
from dipnet.store import Store, state
from test_consolidate import _same_as_whole, pages


def _keyed_order(con: Any) -> bool:
    rows = con.execute("SELECT bh, okey FROM event_blocks ORDER BY rowid").fetchall()
    return rows == sorted(rows)


def _blocks(con: Any) -> list[tuple[Any, ...]]:
    return sorted(con.execute("SELECT * FROM event_blocks").fetchall(), key=repr)


def test_event_blocks_are_written_in_the_order_of_their_keys(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        con = store.con
        assert con.execute("SELECT count(DISTINCT block) FROM event_blocks").fetchall()[0][0] > 20
        assert _keyed_order(con)
        # the keys near computes are DuckDB's of the same texts (KEY)
        assert all(state.key(b) == h for b, h in con.execute("SELECT block, bh FROM event_blocks").fetchall())


def test_a_store_with_event_blocks_in_text_order_is_sorted_by_key_when_opened(tmp_path):
    docs = pages()
    db, whole = tmp_path / "old.duckdb", tmp_path / "whole.duckdb"
    with Store(db) as store:
        store.add_many(docs[:-2])
        consolidate(store)
        want = _blocks(store.con)
        # the layout before: the same rows in (block, okey) order
        store.con.execute("CREATE TABLE _old AS SELECT * FROM event_blocks ORDER BY block, okey")
        store.con.execute("DROP TABLE event_blocks")
        store.con.execute("ALTER TABLE _old RENAME TO event_blocks")
        assert not _keyed_order(store.con)
    with Store(db) as store:
        assert _keyed_order(store.con)
        assert _blocks(store.con) == want
        store.add_many(docs[-2:])
        update(store)
    _same_as_whole(db, whole, docs)


def test_near_by_keys_finds_the_events_of_each_block_and_part(tmp_path, monkeypatch):
    """Each stored block asked alone and all together, whole and by parts: the events filed under them."""
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        con = store.con
        rows = con.execute("SELECT block, event_id, coarse FROM event_blocks").fetchall()
        blocks = sorted({b for b, _, _ in rows})
        parts = [b + p for b in blocks for p in (state.COARSE_PART, state.FINE_PART)]
        monkeypatch.setattr(state, "FEW_BLOCKS", 0)
        for ask in [[b] for b in blocks] + [[p] for p in parts] + [blocks, parts]:
            want = {e for b, e, k in rows if b in ask or b + (state.COARSE_PART if k else state.FINE_PART) in ask}
            assert {r[1] for r in state.near(con, ask, [])} == want, ask


def _broken(store: Store, pairs: bool = False) -> dict[str, int]:
    """The rules broken (what, before its parenthesis: how many rows); with the consolidation's (relation pairs)."""
    if pairs:
        from dipnet.consolidate.relevents import CHECKS

        return {what.split(" (")[0]: n for what, n, _ in store.check(more=CHECKS)}
    return {what.split(" (")[0]: n for what, n, _ in store.check()}


def test_the_check_finds_entity_tallies_that_differ_from_a_recount(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_many(pages())
        consolidate(store)
        assert _broken(store) == {}
        store.con.execute("UPDATE entity_tally SET n_rows = n_rows + 1 WHERE entity_id = (SELECT min(entity_id) FROM entity_tally)")
        assert _broken(store) == {"entity tallies that differ from a recount of entity_links": 2}
        store.con.execute("DELETE FROM entity_tally_names WHERE rowid = 0")
        store.con.execute("DELETE FROM entity_tally_countries WHERE rowid = 0")
        assert _broken(store) == {"entity tallies that differ from a recount of entity_links": 4}
    with Store(db, read_only=True) as store:
        assert _broken(store) == {"entity tallies that differ from a recount of entity_links": 4}


def test_the_check_finds_relation_pairs_that_differ_from_a_recount(tmp_path):
    db = tmp_path / "s.duckdb"
    what = "relation pairs that differ from a recount of the stored RELATION_CHANGE events"
    with Store(db) as store:
        store.add_many(pages())
        consolidate(store)
        con = store.con
        n = con.execute("SELECT count(*) FROM relation_pairs").fetchall()[0][0]
        assert n and _broken(store, True) == {}
        con.execute("UPDATE relation_pairs SET date = '1900' WHERE rowid = 0")
        assert _broken(store, True) == {what: 2}
        con.execute("DELETE FROM relation_pairs WHERE rowid = 1")
        assert _broken(store, True) == {what: 3}
        con.execute("INSERT INTO relation_pairs SELECT * FROM relation_pairs WHERE rowid = 0")
        assert _broken(store, True) == {what: 4}
    with Store(db, read_only=True) as store:
        assert _broken(store, True) == {what: 4}
    with Store(db) as store:  # a store without them yet (its next add makes them): nothing to recount
        store.con.execute("DELETE FROM relation_pairs")
        assert _broken(store, True) == {}
        store.con.execute("DROP TABLE relation_pairs")
        assert _broken(store, True) == {}


def test_dipnet_check_recounts_the_relation_pairs_too(tmp_path):
    from click.testing import CliRunner

    from dipnet.cli import main

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_many(pages())
        consolidate(store)
    ok = CliRunner().invoke(main, ["check", "--db", str(db)])
    assert ok.exit_code == 0 and "sound" in ok.output, ok.output
    with Store(db) as store:
        store.con.execute("DELETE FROM relation_pairs WHERE rowid = 0")
    bad = CliRunner().invoke(main, ["check", "--db", str(db)])
    assert bad.exit_code == 1 and "relation pairs that differ from a recount" in bad.output, bad.output
