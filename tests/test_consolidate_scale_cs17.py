"""An add's reads of the store at scale (issue 17): the lookups that found a few rows by a semi-join
decoding every column of a large table (the new pages' events rows, the RELATION_CHANGE events an add
replaces) find them by one column and read them by rowid; the reports touched by a few names are
found by constants, not by unnesting every report's lists; the country counts without reports left
out are one aggregate; an add tells the prepared pages by those not prepared yet. Same rows as before, checked against the
former queries written out here. Invented pages only (test_consolidate's and cs11's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dipnet.consolidate import consolidate, update
from dipnet.store import Store, lookups, state
from test_consolidate import pages
from test_consolidate_cs7 import _same_as_whole
from test_consolidate_cs11 import _more_reports


class _Logged:
    """A DuckDB connection (or cursor) that logs the SQL it runs, its cursors' too."""

    def __init__(self, con: Any, log: list[str]) -> None:
        self._con, self._log = con, log

    def cursor(self) -> _Logged:
        return _Logged(self._con.cursor(), self._log)

    def execute(self, sql: str, *args: Any) -> _Logged:
        self._log.append(" ".join(sql.split()))
        self._con.execute(sql, *args)
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def _stored(tmp_path: Path, cut: int = 0) -> Path:
    """A store of the invented pages consolidated, but the last `cut` pages (stored, not consolidated)."""
    docs = pages() + _more_reports()
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_many(docs[:len(docs) - cut])
        consolidate(store)
        if cut:
            store.add_many(docs[len(docs) - cut:])
    return db


def _touched_before(con: Any, docs: list[str], names: list[str], refs: list[str]) -> set[str]:
    """state.touched as it was: every report's lists unnested and semi-joined on the values."""
    for name, keys in (("_docs", docs), ("_names", names), ("_refs", refs)):
        state.register_keys(con, name, keys)
    return {r[0] for r in con.execute(
        "SELECT mention_id FROM event_reports WHERE doc_id IN (SELECT k FROM _docs) "
        "UNION SELECT mention_id FROM (SELECT mention_id, unnest(names) AS n FROM event_reports) WHERE n IN (SELECT k FROM _names) "
        "UNION SELECT mention_id FROM (SELECT mention_id, unnest(refs) AS n FROM event_reports) WHERE n IN (SELECT k FROM _refs)"
    ).fetchall()}


def _values(con: Any, col: str) -> list[str]:
    return sorted({r[0] for r in con.execute(f"SELECT DISTINCT unnest({col}) FROM event_reports").fetchall()})


def test_touched_gives_the_reports_the_unnesting_query_gave(tmp_path):
    with Store(_stored(tmp_path), read_only=True) as store:
        con = store.con
        names, refs = _values(con, "names"), _values(con, "refs")
        docs = sorted({r[0] for r in con.execute("SELECT doc_id FROM event_reports").fetchall()})
        assert len(names) > state.FEW_VALUES and len(refs) > state.FEW_VALUES
        asks = [([], [], []), (docs[:1], [], []), ([], names[:1], []), ([], [], refs[:2]), ([], names[:4], refs[:4]),
                (docs[:2], names[:5], refs), ([], names, []), (["no such page"], ["no such name"], ["no such ref"]),
                ([], [names[0], names[0]], [])]
        for d, n, r in asks:
            got = state.touched(con, d, n, r)
            assert len(got) == len(set(got))
            assert set(got) == _touched_before(con.cursor(), d, n, r), (d, n, r)
        assert any(state.touched(con, [], names[:1], [])) and any(state.touched(con, [], [], refs[:1]))


def test_touched_compares_a_few_names_in_the_scan_and_unnests_no_list(tmp_path):
    """A few names or refs (FEW_VALUES) are constants of list_contains; no kind asked for is scanned at all."""
    with Store(_stored(tmp_path), read_only=True) as store:
        names, refs = _values(store.con, "names"), _values(store.con, "refs")
        log: list[str] = []
        state.touched(_Logged(store.con, log), [], names[:2], refs[:1])
        assert log and not any("unnest" in sql for sql in log)
        assert any("list_contains(names, ?)" in sql and "list_contains(refs, ?)" in sql for sql in log)
        assert not any("doc_id IN" in sql for sql in log)  # no page asked: event_reports' pages not scanned
        log.clear()
        state.touched(_Logged(store.con, log), [], names, [])
        assert any("unnest(names)" in sql for sql in log) and not any("refs" in sql for sql in log)


def test_country_counts_without_reports_left_out_are_one_aggregate_with_the_same_counts(tmp_path):
    with Store(_stored(tmp_path), read_only=True) as store:
        con = store.con
        some = [r[0] for r in con.execute("SELECT mention_id FROM event_reports ORDER BY 1 LIMIT 3").fetchall()]
        counts, n, rest, n_rest = state.country_counts(con, some)  # the semi-join path, the former query
        assert n_rest == n - 3 and counts != rest
        log: list[str] = []
        got = state.country_counts(_Logged(con, log), [])
        assert got == (counts, n, counts, n)
        assert not any("_out" in sql for sql in log)


def _relation_events_before(con: Any, events: set[str]) -> list[dict[str, Any]]:
    state.register_keys(con, "_gone", events)
    cur = con.execute("SELECT event_id, type, status, date, attributes, evidence, participant_ids FROM kb_events "
                      "WHERE type = 'RELATION_CHANGE' AND event_id IN (SELECT k FROM _gone)")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_relation_events_reads_the_rows_it_finds_by_rowid_the_same_rows(tmp_path):
    with Store(_stored(tmp_path), read_only=True) as store:
        con = store.con
        ids = {r[0] for r in con.execute("SELECT event_id FROM kb_events").fetchall()}
        changes = {r[0] for r in con.execute("SELECT event_id FROM kb_events WHERE type = 'RELATION_CHANGE'").fetchall()}
        assert changes and ids - changes
        for ask in (ids, changes, ids - changes, {min(changes), "no such event"}, set()):
            key = lambda r: r["event_id"]  # noqa: E731
            assert sorted(lookups.relation_events(con, ask), key=key) == sorted(_relation_events_before(con.cursor(), ask), key=key)
        log: list[str] = []
        lookups.relation_events(_Logged(con, log), changes)
        assert any("rowid IN (SELECT rowid FROM kb_events WHERE" in sql for sql in log)


def test_the_new_pages_events_rows_are_read_by_rowid_as_the_semi_join_read_them(tmp_path):
    with Store(_stored(tmp_path, cut=2)) as store:
        con = store.con
        new, _ = state.unmerged_rerooted(con, {})
        assert new and new == state.unmerged_events(con)  # the anti-join of every row, in its order
        log: list[str] = []
        state.unmerged_rerooted(_Logged(con, log), {})
        assert any("rowid IN (SELECT rowid FROM events WHERE doc_id IN" in sql for sql in log)


@pytest.mark.parametrize("cut", [1, 3])
@pytest.mark.parametrize("lazy", [True, False])
def test_an_add_tells_the_prepared_pages_from_the_unprepared_and_gives_the_whole_tables(tmp_path, monkeypatch, cut, lazy):
    """The pages prepared are every stored page but those not prepared yet (consolidate.Unprepared): no set of
    every prepared page's id is read, with the link state kept (the new pages' rows read only) or not (every page's)."""
    import dipnet.consolidate as consolidation

    calls: list[int] = []
    before = Store.prepared_ids

    def counted(self: Any) -> set[str]:
        calls.append(1)
        return before(self)
    monkeypatch.setattr(Store, "prepared_ids", counted)
    if not lazy:
        monkeypatch.setattr(consolidation, "links_usable", lambda con: False)
    db = _stored(tmp_path, cut)
    calls.clear()
    with Store(db) as store:
        prepared = before(store)
        view = consolidation.Unprepared(store.unprepared_ids())
        stored = [r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall()]
        assert len(stored) > len(prepared) and all((d in view) == (d in prepared) for d in stored)
        update(store)
    assert not calls
    _same_as_whole(db, tmp_path / "whole.duckdb", pages() + _more_reports())
