"""An add's unmerged events and rerooted reports at scale (issue 17): each report keeps its unit's brief
(event_reports.brief), so that neither is found by joining every report with its events row; an older
store gains the column when opened. Invented pages only (test_consolidate's and cs11's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from dipnet.consolidate import consolidate, update
from dipnet.store import Store, state
from test_consolidate import pages
from test_consolidate_cs7 import _same_as_whole
from test_consolidate_cs11 import _more_reports


def _docs() -> list[Any]:
    return pages() + _more_reports()


def _briefs(con: Any) -> list[tuple[str, int | None, int]]:
    """(mention id, brief kept, its events row's brief or -1) of every report."""
    return con.execute("SELECT r.mention_id, r.brief, coalesce(e.brief, -1) FROM event_reports r "
                       "JOIN events e ON e.doc_id = r.doc_id AND e.idx = r.idx ORDER BY 1").fetchall()


def _joined(con: Any, now: dict[tuple[str, int], str]) -> tuple[list[dict[str, Any]], list[str]]:
    """unmerged_rerooted as it was: every events row joined with its report on (page, index)."""
    rows = con.execute("SELECT e.*, r.mention_id AS _m, r.root AS _root FROM events e LEFT JOIN event_reports r "
                       "ON e.doc_id = r.doc_id AND e.idx = r.idx ORDER BY ALL")
    names = [d[0] for d in rows.description]
    new, moved = [], []
    for row in rows.fetchall():
        r = dict(zip(names, row, strict=True))
        m, root = r.pop("_m"), r.pop("_root")
        unit = (r["doc_id"], r["brief"] if r["brief"] is not None else -1)
        if m is None:
            new.append(r)
        elif root != now.get(unit, f"{unit[0]}\x1f{unit[1]}"):
            moved.append(m)
    return sorted(new, key=lambda r: sorted(map(repr, r.items()))), sorted(moved)


def _same(con: Any, now: dict[tuple[str, int], str]) -> tuple[list[dict[str, Any]], list[str]]:
    new, moved = state.unmerged_rerooted(con, now)
    want = _joined(con, now)
    assert (sorted(new, key=lambda r: sorted(map(repr, r.items()))), sorted(moved)) == want
    assert new == state.unmerged_events(con)  # in its order
    return want


def test_each_report_keeps_its_units_brief_whole_and_after_an_add(tmp_path):
    docs = _docs()
    db = tmp_path / "inc.duckdb"
    with Store(db) as store:
        store.add_many(docs[:-3])
        consolidate(store)
        got = _briefs(store.con)
        assert got and all(b == want for _, b, want in got)
        assert any(b != -1 for _, b, _ in got) and any(b == -1 for _, b, _ in got)  # briefs and pages both
        store.add_many(docs[-3:])
        update(store)
        got = _briefs(store.con)
        assert len(got) == store.con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        assert all(b == want for _, b, want in got)
    _same_as_whole(db, tmp_path / "whole.duckdb", docs)  # event_reports.brief too


def test_unmerged_and_rerooted_are_those_of_the_join_of_every_report_with_its_events_row(tmp_path):
    docs = _docs()
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(docs[:-2])
        consolidate(store)
        store.add_many(docs[-2:])  # stored, not consolidated
        reports = store.con.execute("SELECT doc_id, brief, root FROM event_reports ORDER BY ALL").fetchall()
        kept = {(d, b): root for d, b, root in reports if root != f"{d}\x1f{b}"}
        briefed = next((d, b) for d, b, _ in reports if b != -1)
        paged = next((d, b) for d, b, _ in reports if b == -1)
        for now in ({}, kept, {**kept, briefed: "elsewhere\x1f-1"}, {**kept, paged: "elsewhere\x1f3"}):
            new, moved = _same(store.con, now)
            assert {r["doc_id"] for r in new} == {d.doc_id for d in docs[-2:]}
        assert _same(store.con, {**kept, briefed: "elsewhere\x1f-1"})[1]
        # a page partly merged (one of its reports gone): its rows no report joins, as the join has them
        doc, idx = store.con.execute("SELECT doc_id, idx FROM event_reports r WHERE (SELECT count(*) FROM "
                                     "event_reports x WHERE x.doc_id = r.doc_id) > 1 ORDER BY ALL LIMIT 1").fetchall()[0]
        store.con.execute("DELETE FROM event_reports WHERE doc_id = ? AND idx = ?", [doc, idx])
        new, _ = _same(store.con, kept)
        assert [(r["doc_id"], r["idx"]) for r in new if r["doc_id"] == doc] == [(doc, idx)]
        # a report more than its page has rows (a page whose counts differ, every row merged): none of its rows
        store.con.execute("INSERT INTO event_reports SELECT * REPLACE (mention_id || '+' AS mention_id, idx + 1000 AS idx) "
                          "FROM event_reports WHERE doc_id <> ? LIMIT 1", [doc])
        _same(store.con, kept)


def _old_format(tmp_path: Path, docs: list[Any]) -> Path:
    """A store consolidated by a build that kept no brief with its reports."""
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_many(docs)
        consolidate(store)
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE event_reports DROP COLUMN brief")
    con.close()
    return db


def test_an_older_store_gains_the_briefs_when_opened_and_an_add_gives_the_whole_tables(tmp_path):
    docs = _docs()
    db = _old_format(tmp_path, docs[:-3])
    with Store(db) as store:
        got = _briefs(store.con)
        assert got and all(b == want for _, b, want in got)
        okeys = [r[0] for r in store.con.execute("SELECT okey FROM event_reports ORDER BY rowid").fetchall()]
        assert okeys == sorted(okeys)  # still in the clustering order
        store.add_many(docs[-3:])
        update(store)
    _same_as_whole(db, tmp_path / "whole.duckdb", docs)


def test_an_add_to_an_older_store_in_another_order_gives_the_whole_tables(tmp_path):
    """Both upgrades at one open: the briefs filled, and the reports sorted again."""
    docs = _docs()
    db = _old_format(tmp_path, docs[:-2])
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE _r AS FROM event_reports ORDER BY okey DESC")
    con.execute("DROP TABLE event_reports")
    con.execute("ALTER TABLE _r RENAME TO event_reports")
    con.close()
    with Store(db) as store:
        assert all(b == want for _, b, want in _briefs(store.con))
        store.add_many(docs[-2:])
        update(store)
    _same_as_whole(db, tmp_path / "whole.duckdb", docs)
