"""state.near: the stored reports a wave of the re-clustering reads, but of the events read already."""

from __future__ import annotations

import duckdb

from dipnet.store import state


def _store() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(state.STATE)
    rows = [("m1", "ev:1", "k1", ["b1", "b2"]), ("m2", "ev:1", "k2", ["b3"]),
            ("m3", "ev:2", "k3", ["b2"]), ("m4", "ev:3", "k4", ["b4"])]
    for m, e, k, bs in rows:
        con.execute("INSERT INTO event_reports (mention_id, event_id, okey, blocks) VALUES (?, ?, ?, ?)", [m, e, k, bs])
        for b in bs:
            con.execute("INSERT INTO event_blocks VALUES (?, ?, ?)", [b, k, m])
    return con


def test_every_report_of_the_events_hit() -> None:
    got = state.near(_store(), ["b2"], ["ev:3"])
    assert sorted(r[0] for r in got) == ["m1", "m2", "m3", "m4"]
    assert sorted(r[3] for r in got if r[0] == "m1") == [["b1", "b2"]]


def test_events_known_are_not_read_again_but_those_asked_for() -> None:
    con = _store()
    assert sorted(r[0] for r in state.near(con, ["b2"], [], {"ev:1"})) == ["m3"]
    assert sorted(r[0] for r in state.near(con, ["b2"], ["ev:1"], {"ev:1", "ev:2"})) == ["m1", "m2"]
    assert state.near(con, ["b1", "b3"], [], {"ev:1"}) == []
    assert state.near(con, [], [], set()) == []
