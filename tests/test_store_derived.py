"""The counts derived from event_actors (actor_stats, pair_exchanges, pair_exchanges_years) changed
by difference after an add equal a recount of every event (store.derived)."""

from __future__ import annotations

import pyarrow as pa

from dipnet.store import Store
from dipnet.store.derived import DERIVED, derived_by_difference, derived_taken_off

TABLES = ("actor_stats", "pair_exchanges", "pair_exchanges_years")


def _actors(rows: list[tuple]) -> pa.Table:
    cols = ("event_id", "entity_id", "name", "kind", "day_lo", "day_hi", "type", "channel", "year")
    return pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})


def _recount(con) -> dict[str, list[tuple]]:
    for table, sql in DERIVED["event_actors"]:
        con.execute(f"DELETE FROM {table}")
        con.execute(sql)
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def test_derived_counts_by_difference_equal_a_recount(tmp_path):
    import datetime as dt

    d = dt.date
    vn, cn, la, asean = "country:VN", "country:CN", "country:LA", "org:asean"
    before = [
        ("e1", vn, "越南", "participant", d(2024, 3, 1), d(2024, 3, 1), "MEET", "party", 2024),
        ("e1", cn, "中国", "participant", d(2024, 3, 2), d(2024, 3, 2), "MEET", "party", 2024),
        ("e2", vn, "越南", "participant", d(2024, 5, 9), d(2024, 5, 9), "VISIT", None, 2024),
        ("e2", la, "老挝", "participant", d(2024, 5, 9), d(2024, 5, 9), "VISIT", None, 2024),
        ("e3", vn, "越南", "participant", None, None, "TALKS", "state", None),  # no day: no exchange
        ("e3", asean, "东盟", "participant", None, None, "TALKS", "state", None),
        ("e4", la, "老挝", "participant", d(2023, 1, 4), d(2023, 1, 4), "SIGN", "state", 2023),  # gone: its keys too
        ("e4", cn, "中国", "participant", d(2023, 1, 4), d(2023, 1, 4), "SIGN", "state", 2023),
    ]
    after = [  # e2 merged again with another day and a third party, e5 new; e3 and e4 gone
        ("e2", vn, "越南", "participant", d(2024, 5, 8), d(2024, 5, 9), "VISIT", None, 2024),
        ("e2", la, "老挝", "participant", d(2024, 5, 9), d(2024, 5, 9), "VISIT", None, 2024),
        ("e2", cn, "中国", "participant", d(2024, 5, 9), d(2024, 5, 9), "VISIT", None, 2024),
        ("e5", vn, "越南", "participant", d(2024, 3, 1), d(2024, 3, 1), "MEET", "party", 2024),
        ("e5", cn, "中国", "participant", d(2024, 3, 2), d(2024, 3, 2), "MEET", "party", 2024),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        con = store.con
        con.register("_rows", _actors(before))
        con.execute("INSERT INTO event_actors BY NAME SELECT * FROM _rows")
        _recount(con)
        con.register("_changed", pa.table({"event_id": ["e2", "e3", "e4"]}))
        con.register("_merged", pa.table({"event_id": ["e2", "e5"]}))
        derived_taken_off(con)
        con.execute("DELETE FROM event_actors WHERE event_id IN (SELECT event_id FROM _changed)")
        con.register("_rows", _actors(after))
        con.execute("INSERT INTO event_actors BY NAME SELECT * FROM _rows")
        derived_by_difference(con)
        got = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
        want = _recount(con)
    assert want["pair_exchanges"] and want["actor_stats"]
    assert not any(r[3] == d(2023, 1, 4) for r in want["pair_exchanges"])  # e4's exchange is gone whole
    assert got == want
