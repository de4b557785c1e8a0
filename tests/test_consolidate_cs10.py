"""The tallies of the entities an add merges again (lookups.entity_tallies) take each entity's first
row, and the first row giving each of its countries, in store.rows' order, by aggregates: the same
rows as numbering every row in that order; an add then gives the tables of a whole rebuild."""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from dipnet.store import Store, lookups
from test_consolidate import pages
from test_consolidate_cs9 import _add_after

ORDER = [c.strip() for c in lookups.ENTITY_ORDER.split(",")]


def _row(doc: str, loc: str, gid: str, country: str | None, sector: str | None = None, kb: str | None = None,
         name: str = "甲乙") -> dict[str, Any]:
    return {"doc_id": doc, "entity_id": loc, "type": "PERSON", "name": name, "kb_id": kb, "country": country,
            "sector": sector, "mentions": '["甲乙"]', "gid": gid}


def _want(rows: list[dict[str, Any]]) -> tuple[dict[str, tuple[Any, ...]], dict[str, str]]:
    """Each entity's first row (ORDER BY: NULL last) and its country: most rows, then the first."""
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        return tuple((r[c] is None, r[c] or "") for c in ORDER)
    first: dict[str, tuple[Any, ...]] = {}
    countries: dict[str, dict[str, list[Any]]] = {}
    for r in sorted(rows, key=key):
        g = r["gid"]
        first.setdefault(g, (r["type"], r["sector"], r["doc_id"], r["entity_id"]))
        if r["country"]:
            countries.setdefault(g, {}).setdefault(r["country"], [0, len(countries.get(g, {}))])[0] += 1
    return first, {g: min(cs, key=lambda c: (-cs[c][0], cs[c][1])) for g, cs in countries.items()}


def test_entity_tallies_take_the_first_row_and_country_in_store_order(tmp_path):
    rows = [_row("p2", "e1", "g1", "CN"), _row("p3", "e1", "g1", "CN"),
            _row("p1", "e9", "g1", "US", sector="gov"), _row("p4", "e2", "g1", "US"),  # US: as many, first
            _row("p1", "e2", "g2", "JP", kb="k"), _row("p1", "e2", "g2", "JP", sector="x"),  # NULL kb_id last
            _row("p1", "e3", "g2", "KR"), _row("p5", "e3", "g2", "KR"), _row("p6", "e3", "g2", "KR"),
            _row("p1", "e5", "g3", None), _row("p0", "e6", "g4", "")]
    fresh = pa.table({c: pa.array([r[c] for r in rows], pa.string()) for c in rows[0]})
    with Store(tmp_path / "s.duckdb") as store:
        first, names, countries = lookups.entity_tallies(store.con, fresh, {"g1", "g2", "g3", "g4"}, set(),
                                                         stored=False)
    want_first, want_country = _want(rows)
    assert {g: (t, s, d, loc) for g, t, s, d, loc, _ in first} == want_first
    assert {g: n for g, *_, n in first} == {"g1": 4, "g2": 3, "g3": 1, "g4": 1}
    assert want_first["g2"] == ("PERSON", None, "p1", "e2") and want_country["g1"] == "US"
    best: dict[str, tuple[int, int, str]] = {}
    for g, c, k, rank in countries:
        best[g] = min(best.get(g, (0, 10**6, "")), (-k, rank, c))
    assert {g: c for g, (_, _, c) in best.items()} == want_country
    assert ("g1", "甲乙", 8) in names


def test_an_add_that_merges_entities_again_gives_the_whole_tables(tmp_path):
    docs = pages()
    _add_after(tmp_path, docs, len(docs) - 3)


def test_names_giving_leaves_out_the_pages_own_linked_names(tmp_path):
    import json

    from dipnet.consolidate import consolidate

    with Store(tmp_path / "s.duckdb") as store:
        store.add_many(pages())
        consolidate(store)
        con = store.con
        linked = {(d, loc) for d, loc in con.execute("SELECT doc_id, local_id FROM entity_links").fetchall()}
        own: set[tuple[str, str]] = set()
        for d, loc, name, mentions in con.execute("SELECT doc_id, entity_id, name, CAST(mentions AS VARCHAR) "
                                                  "FROM entities").fetchall():
            if (d, loc) in linked:
                own |= {(d, n) for n in [name, *(json.loads(mentions) if mentions else [])]}
        for table, cols in (("roles", ("person",)), ("relations", ("a", "b")), ("facts", ("subject",))):
            given = {(d, v) for c in cols for d, v in con.execute(f"SELECT doc_id, {c} FROM {table}").fetchall()
                     if isinstance(v, str) and v}
            names = sorted({v for _, v in given})
            assert names
            for some in (names, names[::3], names[:1]):
                want = {(d, v) for d, v in given if v in set(some) and (d, v) not in own}
                assert lookups.names_giving(con, table, cols, some) == want
            assert {(d, v) for d, v in given if (d, v) not in own} != given  # some given as the page's own
