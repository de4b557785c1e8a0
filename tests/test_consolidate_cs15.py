"""An add's replay lookups at scale (issue 17): state.near reads the names and entities (pins) of only the
reports that keep no cmp, apart, and gives the same rows as reading them in its one query. Invented pages only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from dipnet.store import Store, nearall, state
from test_consolidate_cs13 import _asks, _stored


def _one_query(con: Any, blocks: list[str], events: list[str]) -> list[tuple]:
    """state.near as one query reading names and rids where cmp is NULL (its form before)."""
    hit = set(events) | {r[0] for r in con.execute(
        "SELECT event_id FROM event_blocks WHERE block IN (SELECT unnest($1::VARCHAR[]))", [blocks]).fetchall()}
    rows = con.execute("SELECT mention_id, event_id, okey, blocks, doc_id, idx, erow, CASE WHEN cmp IS NULL THEN names "
                       "END, CASE WHEN cmp IS NULL THEN rids END, cmp, coarse FROM event_reports WHERE event_id IN "
                       "(SELECT unnest($1::VARCHAR[]))", [sorted(hit)]).fetchall()
    return [(m, e, o, b.split(state.BLOCK_SEP) if b else [], d, i, r, state.pins(n, ri), c, k)
            for m, e, o, b, d, i, r, n, ri, c, k in rows]


def test_near_by_texts_and_by_keys_gives_the_same_rows(tmp_path, monkeypatch):
    """Every kind of lookup, by the blocks' texts as constants (any number up to FEW_BLOCKS) and by their keys."""
    with Store(_stored(tmp_path), read_only=True) as store:
        monkeypatch.setattr(state, "FEW_BLOCKS", 20)
        asks = _asks(store.con)  # with a lookup of more than 20 blocks
        monkeypatch.setattr(state, "FEW_BLOCKS", 10_000)
        by_texts = [sorted(state.near(store.con, b, e)) for b, e in asks]
        monkeypatch.setattr(state, "FEW_BLOCKS", 0)
        by_keys = [sorted(state.near(store.con, b, e)) for b, e in asks]
        assert by_texts == by_keys and any(by_texts)


def _half_without_cmp(tmp_path: Path) -> Path:
    db = _stored(tmp_path)
    con = duckdb.connect(str(db))
    con.execute("UPDATE event_reports SET cmp = NULL WHERE hash(mention_id) % 2 = 0")
    n, bare = con.execute("SELECT count(*), count(*) FILTER (WHERE cmp IS NULL) FROM event_reports").fetchall()[0]
    con.close()
    assert 0 < bare < n
    return db


@pytest.mark.parametrize("few", [20, 500])
def test_near_reads_the_pins_of_the_reports_without_cmp_only(tmp_path, monkeypatch, few):
    with Store(_half_without_cmp(tmp_path), read_only=True) as store:
        monkeypatch.setattr(state, "FEW_BLOCKS", 20)
        asks = _asks(store.con)
        monkeypatch.setattr(state, "FEW_BLOCKS", few)  # all blocks by their keys, or by their texts
        seen_pins = seen_none = False
        for blocks, events in asks:
            got = state.near(store.con, blocks, events)
            assert sorted(got) == sorted(_one_query(store.con, blocks, events)), (blocks, events)
            assert sorted(got) == sorted(nearall.Whole(store.con)(blocks, events))
            seen_pins |= any(r[7] is not None and r[8] is None for r in got)
            seen_none |= any(r[7] is None and r[8] is not None for r in got)
        assert seen_pins and seen_none
