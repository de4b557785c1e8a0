"""The event merge's DuckDB room grows with its largest type's rows (issue 17, cb4): that type's reread
(store.clustered: its rows joined to their clusters and sorted into a temporary table) needs room that
grows with them, and at 30,000 pages the 64 MB floor failed to pin a block while the events count alone
(MERGE_ROW_BYTES) did not raise it."""

from __future__ import annotations

from pathlib import Path

import pytest

from dipnet.store import Store, writes


def _events(store: Store, counts: dict[str, int]) -> None:
    i = 0
    for kind, n in counts.items():
        for _ in range(n):
            store.con.execute("INSERT INTO events (doc_id, idx, type, evidence) VALUES (?, ?, ?, ?)",
                              [f"页{i}", i, kind, f"证{i}"])
            i += 1


def test_merge_room_grows_with_the_largest_types_rows_above_the_floor(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writes, "TYPE_ROW_BYTES", 2**20)  # 1 MiB a row of the largest type
    with Store(tmp_path / "s.duckdb") as store:
        assert store.merge_room("64MB") == "64MB"  # no events: the floor
        _events(store, {"会见": 30, "访问": 10})
        assert store.merge_room("64MB") == "94MB"  # the floor and the largest type's 30 rows
        _events(store, {"签约": 20, "声明": 25})  # more rows, of smaller types: the same room
        assert store.merge_room("64MB") == "94MB"
        monkeypatch.setattr(writes, "MERGE_ROW_BYTES", 2**21)  # 2 MiB an events row: 85 rows, 170 MB, more
        assert store.merge_room("64MB") == "170MB"
        monkeypatch.setattr(writes, "TYPE_ROW_BYTES", 2**24)  # 30 x 16 MiB: within WORK_MEMORY
        assert store.merge_room("64MB") == writes.WORK_MEMORY


def test_merge_room_at_the_sizes_measured() -> None:
    """The rows of the largest type at 10,000 / 30,000 / 60,000 / 100,000 pages (71,170 / 213,510 / 427,020 /
    711,700 of 143,000 / 447,600 / 895,000 / 1.5 million) give more room than that type's reread alone
    needed (~42 / ~74 / ~86 / <= 96 MB), at 30,000 pages more than the 64 MB that failed there; the events
    count keeps 100,000 pages' ~183 MB."""
    got = [writes.merge_mb(64, rows, largest) for rows, largest in
           ((143_000, 71_170), (447_600, 213_510), (895_000, 427_020), (1_500_000, 711_700))]
    assert got == [72, 90, 116, 183]
    assert all(g > need for g, need in zip(got, (42, 74, 86, 96), strict=True))
