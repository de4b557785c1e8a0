"""An add's reads and deletes of the merge state at scale (issue 17, ad1): the replay's lookups answered through
the reports' event keys held sorted in memory (nearall.Keyed), the state rows of the reports merged again
deleted through their events' keys (store.dropstate), and the stored band keys a new page shares matched before
their pages are read (lookups.band_hits): each gives what the plain query gives. Invented pages only."""

from __future__ import annotations

import duckdb
import pyarrow as pa
import pytest

from dipnet.store import Store, dropstate, lookups, nearall, state
from test_consolidate_cs13 import _asks, _stored


@pytest.mark.parametrize("least_bits", [1, 62])
@pytest.mark.parametrize("few_rows", [0, 2_000])
def test_keyed_lookups_give_the_rows_near_gives(tmp_path, monkeypatch, least_bits, few_rows):
    """Every kind of lookup, by the key array (with most keys sharing their high bits when `least_bits` is 62: the
    rows of other keys read and left out) and by the semi-join of the keys found (FEW_ROWS 0)."""
    monkeypatch.setattr(nearall, "FEW_ROWS", few_rows)
    with Store(_stored(tmp_path), read_only=True) as store:
        keyed = nearall.Keyed(store.con)
        keyed.least_bits = least_bits
        asks = _asks(store.con)
        for blocks, events in asks:
            assert keyed(blocks, events) == state.near(store.con, blocks, events), (blocks, events)
        assert keyed.packed is not None and any(keyed(b, e) for b, e in asks)


def test_a_large_store_looks_up_by_keys(tmp_path, monkeypatch):
    monkeypatch.setattr(nearall, "SMALL", 1)
    with Store(_stored(tmp_path), read_only=True) as store:
        assert isinstance(nearall.lookup(store.con), nearall.Keyed)


def _state(con: duckdb.DuckDBPyConnection) -> tuple[list, list]:
    return (sorted(con.execute("SELECT * EXCLUDE (erow) FROM event_reports").fetchall(), key=str),
            sorted(con.execute("SELECT * FROM event_blocks").fetchall(), key=str))


def test_dropped_reports_lose_their_rows_and_no_other(tmp_path):
    """Reports dropped: every report of some events (their block rows by key), some of an event's reports only
    (the others' rows stay), and ids not stored; the tables are those of a delete by the reports' ids."""
    db = _stored(tmp_path)
    con = duckdb.connect(str(db))
    by_event: dict[str, list[str]] = {}
    for m, e in con.execute("SELECT mention_id, event_id FROM event_reports ORDER BY mention_id").fetchall():
        by_event.setdefault(e, []).append(m)
    shared = [ms for ms in by_event.values() if len(ms) > 1]
    assert shared and len(by_event) > 3
    whole = [m for ms in list(by_event.values())[:2] for m in ms]
    cases = [whole, [shared[0][0]], whole + [shared[-1][-1], "no such report"], []]
    for drop in cases:
        con.execute("BEGIN TRANSACTION")
        state.register_keys(con, "_drop", drop)
        con.execute("DELETE FROM event_reports WHERE mention_id IN (SELECT k FROM _drop)")
        con.execute("DELETE FROM event_blocks WHERE mention_id IN (SELECT k FROM _drop)")
        want = _state(con)
        con.execute("ROLLBACK")
        con.execute("BEGIN TRANSACTION")
        before = _state(con)
        state.register_keys(con, "_drop", drop)
        dropstate.drop_reports(con)
        got = _state(con)
        con.execute("ROLLBACK")
        assert got == want, drop
        assert len(got[1]) < len(before[1]) or not drop
    con.close()


OLD_BAND_HITS = ("SELECT DISTINCT n.kind, n.doc_id, n.idx, b.kind, b.doc_id, b.idx FROM _nb n JOIN page_bands b "
                 "ON b.band = n.band AND b.key = n.key AND (n.kind = 'm') = (b.kind = 'm') AND b.kind <> "
                 "CASE n.kind WHEN 'p' THEN 'p' WHEN 'b' THEN 'b' ELSE '-' END")


def test_band_hits_are_those_of_the_join_on_every_column(tmp_path):
    """New units (a stored page's band keys under another page's name, of every kind) against the stored ones."""
    with Store(_stored(tmp_path), read_only=True) as store:
        rows = store.con.execute("SELECT kind, band, key, 'new:' || doc_id, idx FROM page_bands").fetchall()
        assert {r[0] for r in rows} >= {"m", "p"}
        new = pa.table({c: pa.array([r[i] for r in rows], t) for i, (c, t) in enumerate(
            [("kind", pa.string()), ("band", pa.int8()), ("key", pa.uint64()), ("doc_id", pa.string()), ("idx", pa.int32())])})
        got = lookups.band_hits(store.con, new)
        cur = store.con.cursor()
        cur.register("_nb", new)
        assert got == sorted(got) and sorted(got) == sorted(cur.execute(OLD_BAND_HITS).fetchall()) and got


@pytest.mark.parametrize("few_rows", [0, 2_000])
def test_keyed_pins_are_those_read_by_the_reports_ids(tmp_path, monkeypatch, few_rows):
    """Through the events' keys (with most keys sharing their high bits), past FEW_ROWS by the ids, and a report
    not among the events given by its id."""
    monkeypatch.setattr(nearall, "FEW_ROWS", few_rows)
    with Store(_stored(tmp_path), read_only=True) as store:
        keyed = nearall.Keyed(store.con)
        keyed.least_bits = 62
        keyed([], [])
        rows = store.con.execute("SELECT mention_id, event_id FROM event_reports ORDER BY mention_id").fetchall()
        some = rows[::3]
        want = state.pins_of(store.con, [m for m, _ in some])
        assert keyed.pins_of([m for m, _ in some], sorted({e for _, e in some})) == want and want
        assert keyed.pins_of([m for m, _ in some], sorted({e for _, e in some[1:]})) == want
