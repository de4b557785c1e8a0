"""What the replay compares of a stored report, kept in its state row (event_reports.cmp,
consolidate.compared): a Report made of it compares as the one made of its events row, an add that
makes stored reports of it gives the tables of a whole rebuild, and a store of the layout before it
was kept upgrades when opened, has it filled before its first add, and then adds as a new one."""

from __future__ import annotations

from typing import Any

import duckdb

import dipnet.consolidate.changes as changes
from dipnet.consolidate import compared, consolidate, update
from dipnet.consolidate.events import _coarse, _year
from dipnet.kb import load_kb
from dipnet.store import Store
from test_consolidate import _consolidated, _same_as_whole, pages
from test_consolidate_cs9 import _add_after
from test_consolidate_cs11 import _more_reports

COMPARED = ("mention_id", "unit", "ids", "people", "countries", "sources", "location", "location_country", "span",
            "rank", "soft", "home")


def _spy_decode(monkeypatch: Any) -> list[Any]:
    made: list[Any] = []
    real = compared.decode

    def spy(*a: Any) -> Any:
        made.append(real(*a))
        return made[-1]

    monkeypatch.setattr(compared, "decode", spy)
    return made


def test_a_report_made_of_its_state_compares_as_the_one_made_of_its_row(tmp_path, monkeypatch):
    from dipnet.consolidate import build

    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages() + _more_reports())
        consolidate(store)
        stored = dict(store.con.execute("SELECT mention_id, cmp FROM event_reports").fetchall())
        okeys = dict(store.con.execute("SELECT mention_id, okey FROM event_reports").fetchall())
    reps: list[Any] = []
    real = changes._report

    def spy(row: dict[str, Any], *a: Any) -> Any:
        reps.append(real(row, *a))
        return reps[-1]

    monkeypatch.setattr(changes, "_report", spy)
    with Store(tmp_path / "s.duckdb") as store:
        build(store)
    assert reps and {r.mention_id for r in reps} == set(stored)
    for rep in reps:
        got = compared.decode(rep.mention_id, okeys[rep.mention_id], rep.row["doc_id"], rep.row["idx"],
                              stored[rep.mention_id])
        for f in COMPARED:
            assert getattr(got, f) == getattr(rep, f), (f, rep.mention_id)
        assert got.row["type"] == rep.row["type"] and got.row["brief"] == rep.row["brief"]
        assert got.attrs.get("level") == rep.attrs.get("level")
        assert (_coarse(got), _year(got)) == (_coarse(rep), _year(rep))
    assert any(r.attrs.get("level") for r in reps) and any(r.soft for r in reps) and any(r.people for r in reps)


def test_an_add_making_stored_reports_of_their_state_gives_the_whole_tables(tmp_path, monkeypatch):
    made = _spy_decode(monkeypatch)
    docs = pages() + _more_reports()
    _add_after(tmp_path, docs, len(docs) - 2)
    assert made, "the replay made no stored report of its state row"


def _old_layout(db: Any) -> None:
    """The store as the layout before cmp was kept left it (invented: the column dropped)."""
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE event_reports DROP COLUMN cmp")
    con.close()


def test_an_old_layout_store_upgrades_and_adds_as_a_new_one(tmp_path, monkeypatch):
    docs = pages() + _more_reports()
    new, old = tmp_path / "new.duckdb", tmp_path / "old.duckdb"
    for db in (new, old):
        with Store(db) as store:
            store.add_many(docs[:-2])
            consolidate(store)
    with Store(new, read_only=True) as store:
        want = dict(store.con.execute("SELECT mention_id, cmp FROM event_reports").fetchall())
    assert want and all(want.values())
    _old_layout(old)
    with Store(old) as store:  # opened: upgraded, cmp NULL until the add fills it
        assert store.con.execute("SELECT count(*) FROM event_reports WHERE cmp IS NOT NULL").fetchall()[0][0] == 0
        filled = compared.backfill(store.con, load_kb())
        assert filled == len(want)
        assert dict(store.con.execute("SELECT mention_id, cmp FROM event_reports").fetchall()) == want
    _old_layout(old)  # again, so that the add itself fills it
    made = _spy_decode(monkeypatch)
    for db in (new, old):
        with Store(db) as store:
            store.add_many(docs[-2:])
            update(store)
    assert made
    assert _consolidated(old) == _consolidated(new)
    _same_as_whole(old, tmp_path / "whole.duckdb", docs)
