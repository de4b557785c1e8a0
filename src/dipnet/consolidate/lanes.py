"""The replay's types decided side by side (consolidate.replay). A report is only ever compared with
reports of its type (every block and every event is of one type), so each type's decisions, in the
clustering order, are those of one replay of every type. Run in a thread a type, their lookups are
answered together: a lookup waits until every type still deciding asks one too, then one query answers
them all, each its rows (the reports of its type). At 100,000 pages most of a small lookup's cost is
fixed (its scan of event_reports' keys): the 39 small lookups of a 30-page add, 1.6 s CPU apart, cost
0.2 s as one. The threads share the interpreter (no two decide at once), and a type's rows are those its
own lookup would give, so the replay decides as one run of it."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dipnet.consolidate.events import SEP  # an order key's and a block's type comes first

if TYPE_CHECKING:
    from dipnet.consolidate.replay import Pins, Replay


class Local(threading.local):
    """What each type's decisions keep apart: the reports queued (heap), the spreads whose blocks are not
    read yet, the report _ready found keeps its event, and the type."""

    def __init__(self) -> None:
        self.heap: list[tuple[str, str]] = []
        self.pending: list[tuple[set[str], str]] = []
        self.kept: str | None = None
        self.kind = ""


class Together:
    """A replay's fetch_state shared by the types' threads: each lookup asked waits for one of every
    type still deciding, then one lookup of them all answers each with its type's rows."""

    def __init__(self, fetch: Callable[[list[str], list[str]], list[Any]], local: Local, running: int) -> None:
        self.fetch, self.local, self.running = fetch, local, running
        self.asks: list[dict[str, Any]] = []
        self.cond = threading.Condition()

    def __call__(self, blocks: list[str], events: list[str]) -> list[Any]:
        ask: dict[str, Any] = {"kind": self.local.kind, "blocks": blocks, "events": events}
        with self.cond:
            self.asks.append(ask)
            self._answer()
            while "rows" not in ask and "error" not in ask:
                self.cond.wait()
        if "error" in ask:
            raise RuntimeError("the replay's lookup failed") from ask["error"]
        return ask["rows"]  # type: ignore[no-any-return]

    def done(self) -> None:
        """A type has decided all it had to (one fewer to wait for)."""
        with self.cond:
            self.running -= 1
            self._answer()

    def _answer(self) -> None:  # under the lock
        if not self.asks or len(self.asks) < self.running:
            return
        asks, self.asks = self.asks, []
        try:
            rows = self.fetch(sorted({b for a in asks for b in a["blocks"]}), sorted({e for a in asks for e in a["events"]}))
        except Exception as e:  # noqa: BLE001 (every type waiting is told, and raises it)
            for a in asks:
                a["error"] = e
        else:
            by: dict[str, list[Any]] = defaultdict(list)
            for r in rows:  # (mention_id, event_id, okey, ...): the type is the order key's first part
                by[r[2].split(SEP, 1)[0]].append(r)
            for a in asks:
                a["rows"] = by.get(a["kind"], [])
        self.cond.notify_all()


def side_by_side(replay: Replay, kinds: dict[str, list[str]]) -> None:
    """replay._lane(reports of a type) for each type: in a thread each when its lookups are answered together
    (replay.together: Together as its fetch_state, its rows read one lookup at a time), else one type after
    another in this thread."""
    local = replay.lane
    if not replay.together or len(kinds) < 2:
        for kind, ms in sorted(kinds.items()):
            local.kind = kind
            replay._lane(ms)
        return
    fetch_state, fetch_rows, lock = replay.fetch_state, replay.fetch_rows, threading.Lock()
    together = Together(fetch_state, local, len(kinds))
    errors: list[BaseException] = []

    def rows_one_by_one(ms: list[tuple[str, str, int, int | None, Pins | None]]) -> dict[str, dict[str, Any]]:
        with lock:
            return fetch_rows(ms)

    def run(kind: str, ms: list[str]) -> None:
        local.kind = kind
        try:
            replay._lane(ms)
        except BaseException as e:  # noqa: BLE001 (raised again in the caller's thread)
            errors.append(e)
        finally:
            together.done()
    replay.fetch_state, replay.fetch_rows = together, rows_one_by_one
    try:
        threads = [threading.Thread(target=run, args=(kind, ms), daemon=True) for kind, ms in sorted(kinds.items())]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        replay.fetch_state, replay.fetch_rows = fetch_state, fetch_rows
    if errors:
        raise errors[0]
