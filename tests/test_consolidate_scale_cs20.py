"""Issue 17 (cs20): a stored report whose event is clean keeps it, told from the clusters that changed
alone (consolidate.keeps.still): the replay neither reads its other candidates nor the store's reports
under its blocks, and the tables are a whole rebuild's. Invented pages and names only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dipnet.consolidate import consolidate, rule_id, update
from dipnet.store import Store, nearall, state
from test_consolidate import ev, make_doc
from test_consolidate_cs7 import _same_as_whole

# invented people (rule-found PERSON entities), no country: the blocks are the people's
A, B, C, D = "甲乙丙", "丁戊己", "庚辛壬", "癸子丑"


def _meet(source: str, title: str, day: str, people: list[str], sentence: str, type_: str = "MEET") -> Any:
    return make_doc(source, title, day, [(sentence, ev(type_, f"{type_}-{source}", people, day))])


def _pages(e_people: list[str], type_: str = "MEET", tag: str = "") -> tuple[list[Any], Any]:
    """Stored: one meeting of A and B (cluster D) on the 10th, and two reports of another meeting on the 11th
    (cluster E, of `e_people`, sharing B's block with D); added: a report of D's meeting, which joins D."""
    stored = [
        _meet(f"alpha.example/1{tag}", f"{tag}甲乙丙会见丁戊己", "2031-05-10", [A, B], f"{tag}甲乙丙十日会见了丁戊己,双方谈及农业合作。", type_),
        _meet(f"beta.example/2{tag}", f"{tag}丁戊己与庚辛壬会谈", "2031-05-11", e_people, f"{tag}丁戊己十一日同庚辛壬举行会谈,讨论港口建设。", type_),
        _meet(f"gamma.example/3{tag}", f"{tag}两位官员会晤", "2031-05-11", e_people, f"{tag}十一日上午,丁戊己与庚辛壬在首都会晤,签署纪要。", type_),
        _meet(f"delta.example/4{tag}", f"{tag}癸子丑出席论坛", "2031-05-12", [C, D], f"{tag}癸子丑十二日会见庚辛壬,交流文化事务。", type_),
    ]
    added = _meet(f"omega.example/9{tag}", f"{tag}丁戊己接见甲乙丙", "2031-05-10", [A, B], f"{tag}十日,丁戊己在办公室接见甲乙丙一行。", type_)
    return stored, added


def _calls() -> tuple[list[Any], list[Any]]:
    """The same of MEET events and of CALL events (on pages of their own)."""
    stored, added = _pages([B, C])
    calls, call = _pages([B, C], "CALL", "电话")
    return [*stored, *calls], [added, call]


def _blocks_asked(monkeypatch: Any) -> list[str]:
    """Patches state.near to keep the blocks each lookup asks."""
    asked: list[str] = []
    near = state.near

    def spied(con: Any, blocks: list[str], events: list[str]) -> list[tuple]:
        asked.extend(blocks)
        return near(con, blocks, events)
    monkeypatch.setattr(state, "near", spied)
    _spy_keyed(monkeypatch, asked.extend)
    return asked


def _spy_keyed(monkeypatch: Any, seen: Any) -> None:
    """Patches nearall.Keyed (state.near's form in a large store, ad1) to give `seen` the blocks of each lookup
    it answers without state.near (which tells its own)."""
    keyed, near = nearall.Keyed.__call__, state.near
    told: list[bool] = []

    def spied(self: Any, blocks: list[str], events: list[str]) -> list[tuple]:
        told.clear()

        def near_told(con: Any, b: list[str], e: list[str]) -> list[tuple]:
            told.append(True)
            return near(con, b, e)
        with monkeypatch.context() as m:
            m.setattr(state, "near", near_told)
            rows = keyed(self, blocks, events)
        if not told:
            seen(list(blocks))
        return rows
    monkeypatch.setattr(nearall.Keyed, "__call__", spied)


def _add(tmp_path: Path, monkeypatch: Any, e_people: list[str], name: str) -> tuple[list[str], dict[str, str]]:
    """The stored pages consolidated, the added one consolidated by an add (lookups as queries); the blocks
    its replay asked, and each report's event after it (by page)."""
    stored, added = _pages(e_people)
    db = tmp_path / f"{name}.duckdb"
    with monkeypatch.context() as m:
        m.setattr(nearall, "SMALL", 0)
        with Store(db) as store:
            store.add_many(stored)
            consolidate(store)
            asked = _blocks_asked(m)
            store.add_many([added])
            update(store)
            events = dict(store.con.execute("SELECT doc_id, event_id FROM event_reports").fetchall())
    _same_as_whole(db, tmp_path / f"{name}-whole.duckdb", [*stored, added])
    return asked, {d.source: events[d.doc_id] for d in [*stored, added]}


def test_a_clean_report_beside_a_changed_cluster_keeps_its_event_without_reading_its_blocks(tmp_path, monkeypatch):
    """The added report joins D, so every later report under D's blocks is decided again: E's two reports
    (under B's block, after D's first) cannot join D (other people), and keep E without their own blocks
    (C's, their pages' stories) being read; the tables are the whole rebuild's."""
    asked, events = _add(tmp_path, monkeypatch, [B, C], "keep")
    assert events["omega.example/9"] == events["alpha.example/1"]  # the add joined D
    assert events["beta.example/2"] == events["gamma.example/3"] != events["alpha.example/1"]
    a, b, c = (rule_id("PERSON", n) for n in (A, B, C))
    assert any(a in x for x in asked) and any(b in x for x in asked)  # D's blocks, read
    stored, _ = _pages([B, C])
    e_pages = [d.doc_id for d in stored[1:3]]
    assert not [x for x in asked if c in x or any(d in x for d in e_pages)], asked  # E's own blocks: not read


@pytest.mark.parametrize("e_people", [[B, C], [A, B], [B]])
def test_an_add_decides_as_a_whole_rebuild_whether_the_clean_reports_keep_their_event_or_not(tmp_path, monkeypatch,
                                                                                               e_people):
    """E of other people than D (keeps), of D's very people (E and D are one meeting a day apart: the whole
    rebuild decides), and of B alone (compatible with D too, E sharing as many people): the add's tables
    are the whole rebuild's each time."""
    _add(tmp_path, monkeypatch, e_people, "x")


def test_the_types_lookups_are_answered_together(tmp_path, monkeypatch):
    """A MEET and a CALL report added, each joining a stored cluster (so each type reads the story blocks of
    its cluster's page next): each type's lookups wait for the other's, and one lookup asks both types'
    blocks; the tables are the whole rebuild's."""
    stored, added = _calls()
    calls: list[list[str]] = []
    near = state.near

    def spied(con: Any, blocks: list[str], events: list[str]) -> list[tuple]:
        calls.append(list(blocks))
        return near(con, blocks, events)
    db = tmp_path / "types.duckdb"
    with monkeypatch.context() as m:
        m.setattr(nearall, "SMALL", 0)
        with Store(db) as store:
            store.add_many(stored)
            consolidate(store)
            m.setattr(state, "near", spied)
            _spy_keyed(m, calls.append)
            store.add_many(added)
            update(store)
            kinds = {t for t, in store.con.execute("SELECT DISTINCT type FROM kb_events").fetchall()}
    assert kinds == {"MEET", "CALL"}
    assert len(calls) >= 2
    # the first lookup is every added report's blocks (both types, as before); a later one asks both too
    assert any({b.split("\x1f", 1)[0] for b in blocks} == {"MEET", "CALL"} for blocks in calls[1:]), calls
    _same_as_whole(db, tmp_path / "types-whole.duckdb", [*stored, *added])
