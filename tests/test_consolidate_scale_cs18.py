"""The entities' tallies kept as stored totals (issue 17, store.tallies): an add reads an entity's
totals, less the rows of the pages it relinks, plus its new rows, not every link of a hub entity;
the totals are updated by difference when an add rewrites some pages' links, made whole by a whole
consolidation and by the upgrade of a store written before they were kept; and they equal a full
recomputation every time. Invented pages only (test_consolidate's)."""

from __future__ import annotations

import itertools
from typing import Any

import pyarrow as pa

from dipnet.consolidate import consolidate, update
from dipnet.store import Store, lookups, tallies
from test_consolidate import _same_as_whole, pages


def _tables(con: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tallies.TALLY_TABLES}


def _recomputed(con: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The tally tables made again whole (in a transaction rolled back)."""
    con.execute("BEGIN TRANSACTION")
    tallies.rebuild(con)
    out = _tables(con)
    con.execute("ROLLBACK")
    return out


def test_the_stored_tallies_equal_a_recomputation_after_each_add(tmp_path):
    docs = list(reversed(pages()))  # an add renames a rule-found person on a stored page: pages relinked
    inc, whole = tmp_path / "inc.duckdb", tmp_path / "whole.duckdb"
    with Store(inc) as store:
        store.add_many(docs[:4])
        consolidate(store)
        assert _tables(store.con)["entity_tally"]
        assert _tables(store.con) == _recomputed(store.con)
        for lo, hi in itertools.pairwise([4, 5, 6, len(docs)]):
            store.add_many(docs[lo:hi])
            update(store)
            assert _tables(store.con) == _recomputed(store.con)
    _same_as_whole(inc, whole, docs)  # kb_entities as a whole build's (and the tallies too)


def _fresh(con: Any, docs: list[str]) -> Any:
    """The stored entity rows of these pages with their link, as a `fresh` table of entity_tallies."""
    rel = con.sql(f"SELECT * FROM ({tallies.joined()}) WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", params=[docs])
    return rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()


def _sorted(t: tuple[list, list, list]) -> tuple[list, ...]:
    return tuple(sorted(map(tuple, x), key=repr) for x in t)


def test_entity_tallies_from_the_totals_equal_the_sums_over_every_row(tmp_path, monkeypatch):
    """Every entity, with no page relinked, each page relinked (its rows given again as fresh: the
    first rows on them summed whole) and all pages relinked: the same three lists as the sums over
    the entities' rows; with no page relinked no entity is summed over its rows."""
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_many(pages())
        consolidate(store)
        con = store.con
        gids = {r[0] for r in con.execute("SELECT entity_id FROM entity_links").fetchall()}
        docs = sorted({r[0] for r in con.execute("SELECT doc_id FROM entity_links").fetchall()})
        empty = _fresh(con, [])
        calls: list[str] = []
        fallbacks = 0
        real = tallies.whole_tallies

        def counted(cur: Any, rows: str) -> Any:
            calls.append(rows)
            return real(cur, rows)
        for relinked in [[], *([d] for d in docs), docs]:
            fresh = _fresh(con, relinked)
            monkeypatch.setattr(tallies, "usable", lambda con: False)
            before = _sorted(lookups.entity_tallies(con, fresh, gids, set(relinked)))
            monkeypatch.undo()
            calls.clear()
            monkeypatch.setattr(tallies, "whole_tallies", counted)
            assert _sorted(lookups.entity_tallies(con, fresh, gids, set(relinked))) == before
            monkeypatch.undo()
            if not relinked:
                assert calls == []
            fallbacks += bool(calls)
        assert fallbacks  # some page relinked held an entity's first row: summed over its rows
        # no page relinked, no new rows: the stored totals themselves
        n = dict(con.execute("SELECT entity_id, n_docs FROM entity_tally").fetchall())
        got = lookups.entity_tallies(con, empty, gids, set())
        assert {g: k for g, *_, k in got[0]} == n
        assert isinstance(empty, pa.Table)


def test_a_store_written_before_the_tallies_were_kept_gets_them_when_opened(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_many(pages())
        consolidate(store)
        want = _tables(store.con)
        for t in tallies.TALLY_TABLES:
            store.con.execute(f"DROP TABLE {t}")
    with Store(db) as store:
        assert _tables(store.con) == want
        assert want["entity_tally"] and want["entity_tally_names"] and want["entity_tally_countries"]


# ---- relation pairs (consolidate.relevents): the earliest stored event of each pair and level ----------
def _pairs(con: Any) -> list[tuple[Any, ...]]:
    return sorted(con.execute("SELECT * FROM relation_pairs").fetchall(), key=repr)


def _pairs_recomputed(con: Any) -> list[tuple[Any, ...]]:
    """relation_pairs made again from every stored RELATION_CHANGE event."""
    from dipnet.consolidate.relevents import PAIR_COLUMNS, pair_rows

    return sorted((tuple(r[c] for c in PAIR_COLUMNS) for r in pair_rows(lookups.relation_changes(con, []))), key=repr)


def test_the_relation_pairs_equal_a_recomputation_after_each_add_and_the_tables_a_whole_builds(tmp_path):
    docs = pages()
    inc, whole = tmp_path / "inc.duckdb", tmp_path / "whole.duckdb"
    with Store(inc) as store:
        for lo, hi in itertools.pairwise([0, 2, 4, 5, len(docs)]):
            store.add_many(docs[lo:hi])
            update(store)
            assert _pairs(store.con) == _pairs_recomputed(store.con)
        assert _pairs(store.con)
    _same_as_whole(inc, whole, docs)  # relation_timeline and relation_pairs too


def test_the_relation_timeline_of_the_earliest_events_is_that_of_every_event(tmp_path):
    """For every group, all groups, and events left out (replaced by an add): the timeline of the
    stored events read from relation_pairs equals that of every stored event read whole."""
    from dipnet.consolidate.entities import Resolver
    from dipnet.consolidate.relevents import RelationEvents
    from dipnet.consolidate.timelines import relation_timeline
    from dipnet.kb import load_kb

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_many(pages())
        consolidate(store)
        con = store.con
        ids = sorted(e["event_id"] for e in lookups.relation_changes(con, []))
        firsts = {r[0] for r in _pairs(con)}
        assert ids and firsts
        res = Resolver(load_kb(), {}, {}, {})  # type: ignore[arg-type]
        for out in ([], ids[:1], ids[-1:], ids):
            for parties in (None, *({p} for p in sorted(firsts)), firsts):
                a, b = RelationEvents(con, [], set(out)), RelationEvents(con, [], set(out))
                assert a.firsts
                b.firsts = False
                assert relation_timeline([], a.of(parties), res, {}) == relation_timeline([], b.of(parties), res, {})


def test_a_store_consolidated_before_the_relation_pairs_were_kept_gets_them_at_its_next_add(tmp_path):
    docs = pages()
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.add_many(docs[:-1])
        consolidate(store)
        want = _pairs(store.con)
        store.con.execute("DELETE FROM relation_pairs")
        from dipnet.consolidate.relevents import pairs_usable, upgrade_pairs

        assert not pairs_usable(store.con)
        upgrade_pairs(store.con)
        assert _pairs(store.con) == want
        store.con.execute("DELETE FROM relation_pairs")
        store.add_many(docs[-1:])
        update(store)
        assert _pairs(store.con) == _pairs_recomputed(store.con)
