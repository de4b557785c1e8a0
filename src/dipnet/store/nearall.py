"""The replay's lookups (state.near) of a small store answered from its whole merge state, read once.
A wave's lookup has a fixed cost of a few ms (planning, two semi-joins), whatever it finds: at 1,000
pages the replay makes ~270 of them, finding ~7 reports each (1.25 s of CPU time, half the add's), where
reading every report once takes ~0.05 s. Past SMALL reports the lookups stay queries (the state is too
large to hold, and a wave's lookup is mostly the rows it finds). The rows are state.near's, in the
same form: the reports filed under the blocks or of the events asked, and every report of their events."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import duckdb

from dipnet.store import state

Near = Callable[[list[str], list[str]], list[tuple]]
SMALL = 50_000  # reports (≈3,000 pages): at most this many, their state is read whole (a few MB)


def lookup(con: duckdb.DuckDBPyConnection) -> Near:
    """state.near over this store: from memory when it holds at most SMALL reports, else queries."""
    n = con.cursor().execute("SELECT count(*) FROM event_reports").fetchone()[0]  # type: ignore[index]
    if n > SMALL:
        return lambda blocks, events: state.near(con, blocks, events)
    return Whole(con)


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
