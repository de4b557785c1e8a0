"""The merge state's reports are kept in the clustering order (okey), so that a wave of the replay
reads a few row groups; a store written in another order is re-sorted when opened and an add over
it gives the tables of a whole consolidation. `touched` finds the stored reports reading what
changed (their page, a name, an entity they refer to)."""

from __future__ import annotations

from dipnet.consolidate import consolidate, update
from dipnet.store import Store, state
from test_consolidate import pages
from test_consolidate_cs7 import _same_as_whole


def _okeys(store: Store) -> list[str]:
    return [r[0] for r in store.con.execute("SELECT okey FROM event_reports ORDER BY rowid").fetchall()]


def test_a_consolidation_writes_the_reports_in_clustering_order(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        got = _okeys(store)
        assert len(got) > 3 and got == sorted(got)


def test_a_store_in_another_order_is_sorted_when_opened_and_an_add_gives_the_whole_tables(tmp_path):
    docs = pages()
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_many(docs[:-3])
        consolidate(store)
        before = sorted(store.con.execute("SELECT * EXCLUDE (erow) FROM event_reports").fetchall())
        store.con.execute("CREATE TABLE _r AS FROM event_reports ORDER BY okey DESC")
        store.con.execute("DROP TABLE event_reports")
        store.con.execute("ALTER TABLE _r RENAME TO event_reports")
        assert _okeys(store) == sorted(_okeys(store), reverse=True)
    with Store(db) as store:
        got = _okeys(store)
        assert got == sorted(got)
        assert sorted(store.con.execute("SELECT * EXCLUDE (erow) FROM event_reports").fetchall()) == before
        store.add_many(docs[-3:])
        update(store)
    _same_as_whole(db, tmp_path / "whole.duckdb", docs)


def test_touched_finds_the_reports_on_a_page_giving_a_name_or_referring_to_an_entity(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        rows = store.con.execute("SELECT mention_id, doc_id, names, refs FROM event_reports").fetchall()
        doc = rows[0][1]
        name = next(n for _, _, ns, _ in rows for n in ns)
        ref = next(r for _, _, _, rs in rows for r in rs)
        assert state.touched(store.con, [], [], []) == []
        for docs, names, refs in (([doc], [], []), ([], [name], []), ([], [], [ref]),
                                  ([doc], [name, "无此名"], [ref, "person:none"])):
            want = {m for m, d, ns, rs in rows if d in docs or set(ns) & set(names) or set(rs) & set(refs)}
            got = state.touched(store.con, docs, names, refs)
            assert want and sorted(got) == sorted(want)


def test_rerooted_finds_the_reports_whose_story_root_is_not_their_units_now(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        rows = store.con.execute("SELECT r.mention_id, r.root, r.doc_id, coalesce(e.brief, -1) FROM event_reports r "
                                 "JOIN events e ON e.doc_id = r.doc_id AND e.idx = r.idx").fetchall()
        own = {m: f"{d}\x1f{b}" for m, _, d, b in rows}
        kept = {(d, b): root for _, root, d, b in rows}
        # as stored: none; with no unit linked, those filed under another unit's story
        assert state.rerooted(store.con, kept) == []
        filed = sorted(m for m, root, _, _ in rows if root != own[m])
        assert filed and sorted(state.rerooted(store.con, {})) == filed
        # a unit given another root: its reports
        unit = (rows[0][2], rows[0][3])
        moved = sorted(m for m, _, d, b in rows if (d, b) == unit)
        assert sorted(state.rerooted(store.con, {**kept, unit: "elsewhere\x1f-1"})) == moved
