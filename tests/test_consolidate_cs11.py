"""What an add reads, read leaner, gives the tables of a whole rebuild: the rows of given pages found
by their rowids before being read (Store.rows), the stored reports the replay makes keeping only the
row fields it compares by (changes.KEPT) with the members of the events merged again read whole
after, and a decision's candidate clusters found in one pass over its blocks (Replay._labels_before)."""

from __future__ import annotations

from typing import Any

import dipnet.consolidate.changes as changes
from dipnet.consolidate import consolidate
from dipnet.model import Document
from dipnet.store import Store
from test_consolidate import ev, make_doc, pages
from test_consolidate_cs9 import _add_after


def _more_reports() -> list[Document]:
    """Invented pages telling again events the pages of test_consolidate tell (the talks in Vientiane,
    the visit to Laos), and one of their own: an add that merges stored reports' events again."""
    talks = make_doc("new_talks.txt", "两党总书记在万象会谈", "2026-02-07", [
        ("甲日下午,苏林与通伦·西苏里在万象举行会谈,双方同意加强合作。",
         ev("MEET", "meet-tl", ["苏林", "通伦·西苏里"], "2026-02-05", location="万象")),
        ("苏林当天还会见了老挝国会主席。", ev("MEET", "meet-na", ["苏林", "老挝"], "2026-02-05", location="万象")),
    ], url="https://example.org/new/1")
    visit = make_doc("new_visit.txt", "越南领导人访问老挝", "2026-02-08", [
        ("越南领导人苏林本月初对老挝进行国事访问。",
         ev("VISIT", "visit-la", ["苏林", "老挝"], "2026-02", location="老挝", target=["老挝"])),
    ], url="https://example.org/new/2")
    return [talks, visit]


def test_rows_of_given_pages_are_those_of_the_whole_table_in_its_order(tmp_path):
    docs = pages()
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(docs)
        some = sorted(d.doc_id for d in docs)[::2]
        for table, cols in (("documents", ("doc_id", "title", "text")), ("segments", None), ("briefs", None),
                            ("events", None)):
            whole = [r for r in store.rows(table, cols) if r["doc_id"] in some]
            assert whole and store.rows(table, cols, some) == whole, table
        kind = [r for r in store.rows("events", None, None, "MEET") if r["doc_id"] in some]
        assert kind and store.rows("events", None, some, "MEET") == kind
        assert store.rows("segments", None, []) == []


def test_an_add_merging_stored_reports_again_gives_the_whole_tables(tmp_path, monkeypatch):
    made: list[Any] = []  # the Reports made of stored reports' lean rows (changes.LEAN)
    whole: list[Any] = []  # and of whole rows (new ones; stored ones merged again, made of their state before: cs12)
    real = changes._report

    def spy(row: dict[str, Any], *a: Any) -> Any:
        rep = real(row, *a)
        if "evidence" not in row:
            made.append(rep)
        else:
            whole.append(rep)
        return rep

    decoded: list[Any] = []  # and those made of their state rows (consolidate.compared, cs12)
    real_decode = changes.compared.decode

    def spy_decode(*a: Any) -> Any:
        decoded.append(real_decode(*a))
        return decoded[-1]

    monkeypatch.setattr(changes, "_report", spy)
    monkeypatch.setattr(changes.compared, "decode", spy_decode)
    docs = pages() + _more_reports()
    _add_after(tmp_path, docs, len(docs) - 2)
    assert made or decoded, "the replay made no stored report"
    # each kept only what it is compared by, or (a member of an event merged again) its whole row again
    assert all(set(r.row) == set(changes.KEPT) or "evidence" in r.row and "channel" in r.row for r in made)
    assert any("evidence" in r.row for r in made) or {r.mention_id for r in decoded} & {r.mention_id for r in whole}, \
        "no stored report was merged again"


def test_each_add_of_the_new_pages_one_by_one_gives_the_whole_tables(tmp_path):
    from dipnet.consolidate import update
    from test_consolidate import _same_as_whole

    docs = pages() + _more_reports()
    inc = tmp_path / "inc.duckdb"
    with Store(inc) as store:
        store.add_many(docs[:-2])
        consolidate(store)
        for doc in docs[-2:]:
            store.add_many([doc])
            update(store)
    _same_as_whole(inc, tmp_path / "whole.duckdb", docs)
