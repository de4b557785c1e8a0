"""An add's unmerged events and rerooted reports at scale (issue 17): each report keeps its unit's brief
(event_reports.brief), so that neither is found by joining every report with its events row; an older
store gains the column when opened. Invented pages only (test_consolidate's and cs11's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from dipnet.consolidate import consolidate, update
from dipnet.store import Store, nearall, state
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


# ---- a fine report looks up only the coarse part of its year-wide country block (consolidate.parts) ----

def _coarse_pages() -> list[Any]:
    """Invented pages: visits of one pair in one year told to the day, to the month, to the year only and by
    the page's date alone, so that year-wide country blocks hold coarse and fine reports of several events."""
    from test_consolidate import ev, make_doc

    def page(name: str, published: str, sentence: str, event: dict, n: int) -> Any:
        return make_doc(name, sentence[:12], published, [(sentence, event)], url=f"https://example.org/coarse/{n}")

    return [
        page("c1.txt", "2026-03-02", "越南国家主席梁强3月1日抵达万象,开始对老挝进行正式访问。",
             ev("VISIT", "v-mar", ["梁强", "老挝"], "2026-03-01", location="万象", target=["老挝"]), 1),
        page("c2.txt", "2026-04-20", "越南总理范明政4月对老挝进行工作访问。",
             ev("VISIT", "v-apr", ["范明政", "老挝"], "2026-04", location="老挝", target=["老挝"]), 2),
        page("c3.txt", "2026-12-30", "回顾全年,越南领导人今年多次访问老挝。",
             ev("VISIT", "v-year", ["越南", "老挝"], "2026", target=["老挝"]), 3),
        page("c4.txt", "2026-06-11", "越南国会主席正在老挝进行访问。",
             ev("VISIT", "v-page", ["越南", "老挝"], None, target=["老挝"]), 4),
        page("c5.txt", "2026-03-03", "梁强主席结束对老挝的正式访问后回国。",
             ev("VISIT", "v-mar", ["梁强", "老挝"], "2026-03-02", location="万象", target=["老挝"]), 5),
        page("c6.txt", "2026-09-09", "越南国家主席梁强9月8日在河内会见老挝客人。",
             ev("MEET", "m-sep", ["梁强", "老挝"], "2026-09-08", location="河内"), 6),
        page("c7.txt", "2026-12-31", "越南与老挝今年举行多次高层会见。",
             ev("MEET", "m-year", ["越南", "老挝"], "2026"), 7),
    ]


def _all_docs() -> list[Any]:
    return pages() + _more_reports() + _coarse_pages()


def test_the_country_year_blocks_hold_coarse_and_fine_reports(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(_all_docs())
        consolidate(store)
        both = store.con.execute(
            "SELECT count(*) FROM (SELECT block FROM event_blocks WHERE split_part(block, chr(31), 2) = 'c' GROUP BY block "
            "HAVING bool_or(coarse) AND bool_or(NOT coarse))").fetchall()[0][0]
        assert both >= 2
        assert state.coarse_known(store.con)
        # each report's coarse is its Report's, in event_blocks too
        assert not store.con.execute("SELECT count(*) FROM event_blocks b JOIN event_reports r USING (mention_id) "
                                     "WHERE b.coarse IS DISTINCT FROM r.coarse").fetchall()[0][0]


def _part_asks(con: Any) -> list[list[str]]:
    cblocks = sorted({r[0] for r in con.execute("SELECT block FROM event_blocks WHERE split_part(block, chr(31), 2) = 'c'")
                      .fetchall()})
    others = sorted({r[0] for r in con.execute("SELECT block FROM event_blocks WHERE split_part(block, chr(31), 2) <> 'c'")
                     .fetchall()})
    parts = [b + p for b in cblocks for p in (state.COARSE_PART, state.FINE_PART)]
    return [[p] for p in parts] + [parts[::2], parts[1::2], parts + others[:3], [cblocks[0], parts[1]], parts + others]


@pytest.mark.parametrize("few", [10_000, 0])
def test_near_by_parts_gives_the_reports_of_the_events_with_a_report_of_that_kind_there(tmp_path, monkeypatch, few):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(_all_docs())
        consolidate(store)
        con = store.con
        monkeypatch.setattr(state, "FEW_BLOCKS", few)  # by texts, or by keys
        rows = con.execute("SELECT block, event_id, coarse FROM event_blocks").fetchall()
        whole = nearall.Whole(con)
        for ask in _part_asks(con):
            want_events = {e for b, e, k in rows if b in ask or b + (state.COARSE_PART if k else state.FINE_PART) in ask}
            got = state.near(con, ask, [])
            assert {r[1] for r in got} == want_events
            assert sorted(got) == sorted(whole(ask, []))
            assert all(r[9] is not None for r in got)


def _reads(monkeypatch: Any) -> list[int]:
    """Patches state.near (and nearall.Keyed, its form in a large store) to count the rows they give."""
    got: list[int] = []
    near = state.near

    def counted(con: Any, blocks: list[str], events: list[str]) -> list[tuple]:
        rows = near(con, blocks, events)
        got.append(len(rows))
        return rows
    monkeypatch.setattr(state, "near", counted)
    keyed = nearall.Keyed.__call__

    def counted_keyed(self: Any, blocks: list[str], events: list[str]) -> list[tuple]:  # a large store's (ad1)
        n = len(got)
        rows = keyed(self, blocks, events)
        if len(got) == n:  # not counted by state.near already
            got.append(len(rows))
        return rows
    monkeypatch.setattr(nearall.Keyed, "__call__", counted_keyed)
    return got


@pytest.mark.parametrize("cut", [3, 5, 8])
@pytest.mark.parametrize("parts", [True, False])
def test_an_add_with_the_blocks_in_parts_gives_the_whole_tables(tmp_path, monkeypatch, cut, parts):
    """As queries (nearall.SMALL 0, as at scale), each block's parts looked up or (parts off) the whole blocks."""
    monkeypatch.setattr(nearall, "SMALL", 0)
    if not parts:
        monkeypatch.setattr(state, "coarse_known", lambda con: False)
    reads = _reads(monkeypatch)
    docs = pages() + _more_reports()
    coarse = _coarse_pages()
    docs = docs[:-2] + coarse[:cut - 1] + docs[-2:] + coarse[cut - 1:]
    inc = tmp_path / "inc.duckdb"
    with Store(inc) as store:
        store.add_many(docs[:len(docs) - cut])
        consolidate(store)
        store.add_many(docs[len(docs) - cut:])
        update(store)
    assert reads
    _same_as_whole(inc, tmp_path / "whole.duckdb", docs)


def _fine_add(tmp_path: Path, monkeypatch: Any, parts: bool) -> int:
    """Two fine reports added (as queries: nearall.SMALL 0); the rows the replay's lookups gave."""
    with monkeypatch.context() as m:
        m.setattr(nearall, "SMALL", 0)
        if not parts:
            m.setattr(state, "coarse_known", lambda con: False)
        reads = _reads(m)
        coarse = _coarse_pages()
        docs = pages() + _more_reports() + coarse[:4] + coarse[6:] + coarse[4:6]
        db = tmp_path / f"inc-{parts}.duckdb"
        with Store(db) as store:
            store.add_many(docs[:-2])
            consolidate(store)
            store.add_many(docs[-2:])
            update(store)
    _same_as_whole(db, tmp_path / f"whole-{parts}.duckdb", docs)
    return sum(reads)


def test_an_add_of_fine_reports_reads_only_the_coarse_ones_of_their_country_year_blocks(tmp_path, monkeypatch):
    """With the blocks in parts they read fewer stored reports (not the fine ones of their year's
    country block), and either way the tables are the whole rebuild's."""
    assert _fine_add(tmp_path, monkeypatch, True) < _fine_add(tmp_path, monkeypatch, False)


def test_an_older_store_gains_each_reports_coarse_when_opened(tmp_path):
    docs = _all_docs()
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_many(docs[:-3])
        consolidate(store)
        reports = sorted(store.con.execute("SELECT mention_id, coarse FROM event_reports").fetchall())
        blocks = sorted(store.con.execute("SELECT block, mention_id, coarse FROM event_blocks").fetchall())
    assert {k for _, k in reports} == {True, False}
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE event_reports DROP COLUMN coarse")
    con.execute("ALTER TABLE event_blocks DROP COLUMN coarse")
    con.close()
    with Store(db) as store:  # from what each report compares (stateupgrade.COARSE_OF_CMP)
        assert sorted(store.con.execute("SELECT mention_id, coarse FROM event_reports").fetchall()) == reports
        assert sorted(store.con.execute("SELECT block, mention_id, coarse FROM event_blocks").fetchall()) == blocks
        store.add_many(docs[-3:])
        update(store)
    _same_as_whole(db, tmp_path / "whole.duckdb", docs)


def test_the_parts_a_report_is_filed_under_and_looks_up():
    from dipnet.consolidate.parts import filed, looked_up, lookers

    c, k, s = "VISIT\x1fc\x1f~\x1f2026\x1fcountry:LA", "VISIT\x1fk\x1fcountry:LA\x1f700", "VISIT\x1fs\x1fp\x1f-1"
    cc, cf = c + state.COARSE_PART, c + state.FINE_PART
    assert filed([k, c, s], False) == (k, cf, s) and filed([c, s], True) == (cc, s) and filed([k, c], None) == (k, c)
    assert looked_up((k, cf, s)) == (k, cc, s)  # a fine report: the coarse ones of its c block
    assert looked_up((cc, s)) == (cc, cf, s)  # a coarse one: all of it
    # a cluster changed under a fine part concerns the coarse reports there; under a coarse part, all
    assert lookers([cf]) == {cc} and lookers([cc]) == {cc, cf} and lookers([k, s]) == {k, s}
