"""The merge state's layout (store.state): event_blocks keeps each row's event, so that the events
filed under a block are read from it alone, and event_reports a report's blocks as one text; a store of the layout before is brought to this one
when opened, and an add to it then gives the tables of a whole consolidation."""

from __future__ import annotations

from dipnet.consolidate import consolidate, update
from dipnet.store import Store, state
from test_consolidate import _same_as_whole, pages

UNNESTED = ("SELECT unnest(string_split(blocks, chr(30))) AS block, okey, mention_id, event_id FROM event_reports "
            "EXCEPT ALL SELECT block, okey, mention_id, event_id FROM event_blocks")


def _blocks_agree(store: Store, whole: bool = True) -> None:
    """event_blocks is event_reports' blocks one row each, with each report's event and the keys of
    both, in (bh, okey) order, its blocks' keys, when written `whole` (an add appends its rows)."""
    con = store.con
    assert con.execute(f"SELECT count(*) FROM ({UNNESTED})").fetchall()[0][0] == 0
    n = con.execute("SELECT count(*) FROM event_blocks").fetchall()[0][0]
    assert n == con.execute("SELECT sum(len(string_split(blocks, chr(30)))) FROM event_reports").fetchall()[0][0] and n
    rows = con.execute("SELECT bh, okey FROM event_blocks").fetchall()
    assert rows == sorted(rows) or not whole
    # the keys the replay's lookups join on: each row's, none missing
    assert con.execute("SELECT count(*) FROM event_blocks WHERE bh IS DISTINCT FROM md5_number_lower(block) "
                       "OR eh IS DISTINCT FROM md5_number_lower(event_id)").fetchall()[0][0] == 0
    assert con.execute("SELECT count(*) FROM event_reports WHERE eh IS DISTINCT FROM md5_number_lower(event_id)"
                       ).fetchall()[0][0] == 0
    # and each report's events row by its rowid (rows_at)
    assert con.execute("SELECT count(*) FROM event_reports r ANTI JOIN events e ON e.rowid = r.erow "
                       "AND e.doc_id = r.doc_id AND e.idx = r.idx").fetchall()[0][0] == 0


def test_event_blocks_keep_each_reports_event_after_a_build_and_an_add(tmp_path):
    docs = pages()
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(docs[:-3])
        consolidate(store)
        _blocks_agree(store)
        store.add_many(docs[-3:])
        update(store)
        assert store.con.execute("SELECT count(*) FROM event_blocks b ANTI JOIN event_reports r "
                                 "ON r.mention_id = b.mention_id AND r.event_id = b.event_id").fetchall()[0][0] == 0
        _blocks_agree(store, whole=False)


def test_a_store_of_the_layout_before_is_upgraded_when_opened(tmp_path):
    docs = pages()
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_many(docs[:-2])
        consolidate(store)
        # the layout before: a report's blocks as a list, event_blocks without the event of its rows
        store.con.execute("ALTER TABLE event_reports ALTER blocks SET DATA TYPE VARCHAR[] "
                          "USING string_split(blocks, chr(30))")
        store.con.execute("CREATE TABLE _old AS SELECT block, okey, mention_id FROM event_blocks")
        store.con.execute("DROP TABLE event_blocks")
        store.con.execute("ALTER TABLE _old RENAME TO event_blocks")
    with Store(db) as store:
        cols = [r[0] for r in store.con.execute("DESCRIBE event_blocks").fetchall()]
        assert cols == ["block", "okey", "mention_id", "event_id", "bh", "eh", "coarse"]
        kind = store.con.execute("SELECT data_type FROM duckdb_columns() WHERE table_name = 'event_reports' "
                                 "AND column_name = 'blocks'").fetchall()
        assert kind == [("VARCHAR",)]
        _blocks_agree(store)
        store.add_many(docs[-2:])
        update(store)
    _same_as_whole(db, tmp_path / "whole.duckdb", docs)


def test_a_store_without_the_lookup_keys_is_upgraded_when_opened(tmp_path):
    """A store whose merge state lacks the 64-bit keys of blocks and events (bh, eh) gains them when
    opened, and an add then reads what it did before (the tables of a whole consolidation)."""
    docs = pages()
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_many(docs[:-2])
        consolidate(store)
        store.con.execute("ALTER TABLE event_reports DROP COLUMN eh")
        store.con.execute("CREATE TABLE _old AS SELECT block, okey, mention_id, event_id FROM event_blocks")
        store.con.execute("DROP TABLE event_blocks")
        store.con.execute("ALTER TABLE _old RENAME TO event_blocks")
    with Store(db) as store:
        assert [r[0] for r in store.con.execute("DESCRIBE event_reports").fetchall()][-1] == "eh"
        _blocks_agree(store)
        store.add_many(docs[-2:])
        update(store)
        _blocks_agree(store, whole=False)
    _same_as_whole(db, tmp_path / "whole.duckdb", docs)


def test_rows_at_reads_rows_by_rowid_and_by_page_where_the_rowid_is_unknown_or_stale(tmp_path):
    """rows_at gives each report's events row whether its rowid is right, unknown or another row's."""
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        con = store.con
        keys = con.execute("SELECT mention_id, doc_id, idx, erow FROM event_reports ORDER BY mention_id").fetchall()
        want = {m: r for m, r in state.report_rows(con, [k[0] for k in keys]).items()}
        assert len(keys) > 3 and state.rows_at(con, keys) == want
        wrong = [(m, d, i, None if n % 3 == 0 else keys[(n + 1) % len(keys)][3]) for n, (m, d, i, _) in enumerate(keys)]
        assert state.rows_at(con, wrong) == want
