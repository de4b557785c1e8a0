"""The replay's lookups (state.near) of a small store answered from its whole merge state, read once.
A wave's lookup has a fixed cost of a few ms (planning, two semi-joins), whatever it finds: at 1,000
pages the replay makes ~270 of them, finding ~7 reports each (1.25 s of CPU time, half the add's), where
reading every report once takes ~0.05 s. Past SMALL reports the lookups stay queries (the state is too
large to hold, and a wave's lookup is mostly the rows it finds). The rows are state.near's, in the
same form: the reports filed under the blocks or of the events asked, and every report of their events."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

import duckdb

from dipnet.store import state

Near = Callable[[list[str], list[str]], list[tuple]]
FEW_ROWS = 2_000  # Keyed: a lookup finding more rows than this is state.near's (see Keyed)
SMALL = 50_000  # reports (≈3,000 pages): at most this many, their state is read whole (a few MB)


def lookup(con: duckdb.DuckDBPyConnection) -> Near:
    """state.near over this store: from memory when it holds at most SMALL reports, else queries."""
    n = con.cursor().execute("SELECT count(*) FROM event_reports").fetchone()[0]  # type: ignore[index]
    if n > SMALL:
        return Keyed(con)
    return Whole(con)


class Keyed:
    """state.near over a large store, with every report's event key (eh) and row id held in memory, read on the
    first lookup (8 bytes a report: ~12 MB at 1.5 million reports, 100,000 pages; ~0.1 s CPU): a lookup finds the
    rows of its events by a binary search, not a scan of event_reports' eh (~15-30 ms CPU a lookup at 100,000
    pages), then reads them by their row ids as state.near does. Each is kept as its key's high bits above its row
    id (one sorted uint64 array), so a search finds the rows of any key of the same high bits too: their eh is
    read with them and compared. The replay writes nothing meanwhile (its rows are written after it), so the row
    ids stay those read. A lookup of more than FEW_ROWS rows: its keys semi-joined as state.near does (which reads
    many rows faster than a list of row ids); a store with a report without its key: state.near."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.packed: Any = None
        self.bits = 0
        self.least_bits = 1  # the row ids' bits at least (the tests': most keys then share their high bits)
        self.keyed = True

    def _load(self) -> None:
        import numpy as np

        got = self.con.cursor().execute("SELECT eh, rowid FROM event_reports").fetchnumpy()
        eh, rows = got["eh"], got["rowid"]
        if np.ma.isMaskedArray(eh) and np.ma.count_masked(eh) or not len(rows):  # a key not kept, or none
            self.keyed = False
            return
        self.bits = max(int(rows.max()).bit_length(), self.least_bits)
        shift = np.uint64(self.bits)
        self.packed = np.sort(((np.asarray(eh, dtype=np.uint64) >> shift) << shift) | np.asarray(rows, dtype=np.uint64))

    def _ids(self, found: set[int]) -> list[int] | None:
        """The row ids of the reports of these keys (and of any key of the same high bits), in order; None past
        FEW_ROWS."""
        import numpy as np

        high = np.array(sorted({k >> self.bits for k in found}), dtype=np.uint64) << np.uint64(self.bits)
        lo = np.searchsorted(self.packed, high, "left")
        hi = np.searchsorted(self.packed, high + np.uint64((1 << self.bits) - 1), "right")
        if int((hi - lo).sum()) > FEW_ROWS:
            return None
        mask = (1 << self.bits) - 1
        return sorted(int(p) & mask for a, b in zip(lo.tolist(), hi.tolist(), strict=True) for p in self.packed[a:b].tolist())

    def __call__(self, blocks: list[str], events: list[str]) -> list[tuple]:
        if self.packed is None and self.keyed:
            self._load()
        if self.packed is None:
            return state.near(self.con, blocks, events)
        cur = self.con.cursor()
        params: list[Any] = []
        hits = state.block_hits(blocks, params)
        found = {state.key(e) for e in set(events)}
        if hits:
            found.update(r[0] for r in cur.execute(f"SELECT DISTINCT eh FROM ({' UNION ALL '.join(hits)})", params).fetchall())
        if not found:
            return []
        ids = self._ids(found)
        if ids is None:  # the keys found semi-joined, as state.near does
            return state.near_rows(self.con, cur.execute(
                f"{state.NEAR_READ} (SELECT rowid FROM event_reports WHERE eh IN (SELECT unnest($1::UBIGINT[])))",
                [sorted(found)]).fetchall())
        if not ids:
            return []
        rows = cur.execute(f"SELECT {state.NEAR_COLS}, eh FROM event_reports WHERE rowid IN (SELECT unnest($1::BIGINT[]))",
                           [ids]).fetchall()
        return state.near_rows(self.con, [r[:-1] for r in rows if r[-1] in found])

    def pins_of(self, mention_ids: list[str], events: list[str]) -> dict[str, state.Pins | None]:
        """state.pins_of of these stored reports, read by the row ids of their events' (`events`: the events they
        are stored in), not found by a scan of every report's id (~0.1 s CPU at 100,000 pages)."""
        ids = self._ids({state.key(e) for e in events}) if self.packed is not None else None
        if ids is None:
            return state.pins_of(self.con, mention_ids)
        want = set(mention_ids)
        got = {m: state.pins(names, rids) for m, names, rids in self.con.cursor().execute(
            "SELECT mention_id, names, rids FROM event_reports WHERE rowid IN (SELECT unnest($1::BIGINT[]))", [ids]).fetchall()
            if m in want}
        if len(got) < len(want):  # a report not among its event's (not as stored): by its id
            got.update(state.pins_of(self.con, sorted(want - set(got))))
        return got


class Whole:
    """state.near answered from the whole state of the store, read on the first lookup."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.by_block: dict[str, set[str]] | None = None
        self.by_event: dict[str, list[tuple]] = defaultdict(list)

    def _load(self) -> dict[str, set[str]]:
        cur = self.con.cursor()
        by_block: dict[str, set[str]] = defaultdict(set)
        # a row of a year-wide country block is indexed under its part (state.COARSE_PART, FINE_PART) when its
        # report's kind is known, the replay asks those then; a whole block asked is both parts
        for block, event_id, part in cur.execute(
                f"SELECT block, event_id, CASE WHEN {state.COUNTRY_YEAR} THEN CASE WHEN coarse THEN '{state.COARSE_PART}' "
                f"WHEN NOT coarse THEN '{state.FINE_PART}' END END FROM event_blocks").fetchall():
            by_block[block + part if part else block].add(event_id)
        for row in cur.execute("SELECT mention_id, event_id, okey, blocks, doc_id, idx, erow, CASE WHEN cmp IS NULL "
                               "THEN names END, CASE WHEN cmp IS NULL THEN rids END, cmp, coarse FROM event_reports").fetchall():
            self.by_event[row[1]].append(row)
        return by_block

    def __call__(self, blocks: list[str], events: list[str]) -> list[tuple]:
        if self.by_block is None:
            self.by_block = self._load()
        hit = set(events)
        for b in set(blocks):
            got = self.by_block.get(b)
            if got is None:  # a whole block kept in parts
                got = self.by_block.get(b + state.COARSE_PART, set()) | self.by_block.get(b + state.FINE_PART, set())
            hit |= got
        return [(m, e, o, b.split(state.BLOCK_SEP) if b else [], d, i, r, state.pins(names, rids), c, k)
                for event_id in sorted(hit) for m, e, o, b, d, i, r, names, rids, c, k in self.by_event.get(event_id, ())]
