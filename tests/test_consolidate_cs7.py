"""Each stored report keeps the entities its names resolved to (event_reports.rids), so that an add
resolves the stored reports it does not touch without reading their pages' links; a store without
them gains the column when opened and has it filled (consolidate.backfill) by its next add, with
the tables of a whole consolidation either way."""

from __future__ import annotations

from dipnet.consolidate import consolidate, update
from dipnet.consolidate.backfill import backfill
from dipnet.kb import load_kb
from dipnet.store import Store, lookups, state
from test_consolidate import pages


def _same_as_whole(db, whole, docs) -> None:
    """test_consolidate's check, each table's columns by name (a store upgraded gained rids last)."""
    from dipnet.store import CACHE_TABLES, CONSOLIDATED_TABLES

    with Store(whole) as store:
        store.add_many(docs)
        consolidate(store)

    def tables(path):
        with Store(path, read_only=True) as store:
            out = {}
            for t in (*CONSOLIDATED_TABLES, *CACHE_TABLES):
                cols = sorted(r[0] for r in store.con.execute(f"DESCRIBE {t}").fetchall() if r[0] != "erow")
                out[t] = store.con.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY ALL").fetchall()
            return out
    got, want = tables(db), tables(whole)
    for t in want:
        assert got[t] == want[t], t


def _rids(store: Store) -> dict[str, tuple[list[str], str]]:
    return {m: (names, rids) for m, names, rids in
            store.con.execute("SELECT mention_id, names, rids FROM event_reports").fetchall()}


def test_each_report_keeps_an_entity_for_each_of_its_names(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        got = _rids(store)
        assert got and all(rids is not None for _, rids in got.values())
        for names, rids in got.values():
            assert len(rids.split(state.BLOCK_SEP) if rids else []) == len(names)
        # the ids are entities: person, country, place ids among them
        ids = {i for _, rids in got.values() for i in rids.split(state.BLOCK_SEP) if rids}
        assert any(i.startswith("country:") for i in ids) and any(i.startswith("person:") for i in ids)


def test_backfill_gives_what_the_consolidation_kept(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        want = _rids(store)
        store.con.execute("UPDATE event_reports SET rids = NULL")
        assert backfill(store.con, load_kb()) == len(want)
        assert _rids(store) == want
        assert backfill(store.con, load_kb()) == 0  # once


def test_a_store_without_them_gains_them_and_an_add_gives_the_whole_tables(tmp_path):
    docs = pages()
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.add_many(docs[:-3])
        consolidate(store)
        store.con.execute("ALTER TABLE event_reports DROP COLUMN rids")
    with Store(db) as store:
        assert "rids" in [r[0] for r in store.con.execute("DESCRIBE event_reports").fetchall()]
        assert store.con.execute("SELECT count(*) FROM event_reports WHERE rids IS NOT NULL").fetchall()[0][0] == 0
        store.add_many(docs[-3:])
        update(store)
        assert store.con.execute("SELECT count(*) FROM event_reports WHERE rids IS NULL").fetchall()[0][0] == 0
    _same_as_whole(db, tmp_path / "whole.duckdb", docs)


def _add_reading_links(tmp_path, name: str, monkeypatch, pinned: bool) -> set[str]:
    """The pages whose links an add of the last three pages reads (its tables checked against a
    whole consolidation's); not `pinned`: with the stored reports' resolved entities unused."""
    from dipnet.consolidate.entities import Resolver

    docs = pages()
    db = tmp_path / f"{name}.duckdb"
    read: set[str] = set()
    real = lookups.page_links

    def spy(cur):
        read.update(r[0] for r in cur.execute("SELECT k FROM _d").fetchall())
        return real(cur)

    with Store(db) as store:
        store.add_many(docs[:-3])
        consolidate(store)
        store.add_many(docs[-3:])
        monkeypatch.setattr(lookups, "page_links", spy)
        if not pinned:
            monkeypatch.setattr(Resolver, "pin", lambda self, doc, names, ids: None)
        update(store)
        monkeypatch.undo()
    _same_as_whole(db, tmp_path / f"{name}-whole.duckdb", docs)
    return read


def test_an_add_reads_no_links_of_the_pages_whose_reports_it_does_not_touch(tmp_path, monkeypatch):
    """The stored reports the replay compares the new ones with resolve as their state rows say:
    their pages' links are not read (but those the add relinks or whose reports it touches)."""
    pinned = _add_reading_links(tmp_path, "pinned", monkeypatch, True)
    unpinned = _add_reading_links(tmp_path, "unpinned", monkeypatch, False)
    assert pinned < unpinned
