"""A served store's readers are never starved by its consolidation (issue 17, cs28). DuckDB's memory_limit is
a setting of the database, shared by every cursor: a phase of consolidation that lowers it (cs26/cs27's
PREPARE_MEMORY, EARLY_STAGE_MEMORY, ENTITY_READ_MEMORY, the writes' bulk_memory, an add's ADD_*) lowers it for
the server's readers too, and a read landing in such a phase answered 400 "Out of Memory" (test_concurrency,
once in five runs). A store opened shared (Store(path, shared=True), as the server opens it) keeps its limit
through consolidation; the CLI's store, which no reader shares, keeps the phases' limits.

The reads land inside every phase deterministically: the test wraps Store.capped and Store.limit_memory (the
points where a phase sets its limit) and holds the phase until a read started inside it has finished."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from dipnet.consolidate import consolidate, update
from dipnet.query import Query
from dipnet.store import Store
from test_consolidate import build_store
from test_consolidate_cs27 import _more_pages

# a read holding ~136 MB at once (a list of 8M integers: DuckDB cannot spill it), what a read of a big store
# needs (at 1M events the registry's semi-join holds more): it fits the database's own limit, never a phase's
BIG_READ = "SELECT len(list(i)) FROM range(8000000) t(i)"
LIMIT = "SELECT current_setting('memory_limit')"


class Readers:
    """A reader thread answering reads in a loop, as the server's request threads do (a cursor each);
    `inside(phase)` returns once a read that started inside that phase has finished."""

    def __init__(self, store: Store, big: bool = True) -> None:
        self.store = store
        self.big = big
        self.failures: list[str] = []
        self.limits: set[str] = set()
        self.phases: list[str] = []  # the phases a read landed in
        self._phase: tuple[int, str] | None = None
        self._last: tuple[int, str] | None = None
        self._done = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop)

    def __enter__(self) -> Readers:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.is_set():
            phase = self._phase  # the phase this read starts in
            inside = phase is not None and phase != self._last  # once a phase: its queries run on meanwhile
            self._read(inside)
            if inside and phase == self._phase:
                self._last = phase
                self.phases.append(phase[1])  # type: ignore[index]
                self._done.set()

    def _read(self, inside: bool) -> None:
        reads: list[Callable[[Query], Any]] = [lambda q: q.country("VN"), lambda q: q.search("访问"),
                                               lambda q: q.events(limit=50), lambda q: q.registry("VN")]
        if self.big and inside:  # only inside a phase: between them it would starve the writer's queries
            reads.append(lambda q: q.con.execute(BIG_READ).fetchall())
        for read in reads:
            q = Query(self.store)
            try:
                self.limits.add(q.con.execute(LIMIT).fetchall()[0][0])
                read(q)
            except Exception as exc:  # noqa: BLE001 - every failure is what the test reports
                self.failures.append(f"{exc}"[:200])
            finally:
                q.close()

    def inside(self, phase: str) -> None:
        self._done.clear()
        self._phase = (len(self.phases), phase)
        try:
            assert self._done.wait(300), f"no read finished inside {phase}"
        finally:
            self._phase = None


@pytest.fixture
def hooked(monkeypatch: Any) -> Callable[[Readers], None]:
    """Each phase that sets DuckDB's limit (Store.capped, Store.limit_memory) waits for a read inside it."""
    readers: list[Readers] = []
    capped, limit_memory = Store.capped, Store.limit_memory

    @contextlib.contextmanager
    def capped_read(self: Store, limit: str = "256MB", threads: int | None = None) -> Iterator[None]:
        with capped(self, limit, threads):
            if readers:
                readers[0].inside(f"capped {limit}")
            yield

    def limited_read(self: Store, limit: str) -> None:
        limit_memory(self, limit)
        if readers:
            readers[0].inside(f"limit_memory {limit}")

    monkeypatch.setattr(Store, "capped", capped_read)
    monkeypatch.setattr(Store, "limit_memory", limited_read)
    return readers.append


def test_a_served_store_answers_every_read_inside_every_phase_of_its_consolidation(tmp_path, hooked):
    """Pages ingested and consolidated through the writer's cursor of a store opened shared (the server's adds,
    then its whole rebuild, what `dipnet ingest` handing pages over runs): every read, landing in every phase,
    succeeds under the limit the database had before."""
    store = Store(build_store(tmp_path / "kb.duckdb"), shared=True)
    writer = store.for_thread()  # the server's one writer (serve.write)
    own = store.cursor().execute(LIMIT).fetchall()[0][0]
    pages = _more_pages(12)
    with Readers(store) as readers:
        hooked(readers)
        writer.add_many(pages[:6])
        update(writer)  # POST /api/pages: the add's incremental consolidation
        writer.add_many(pages[6:])
        counts = consolidate(writer)  # POST /api/consolidate: the whole build
    assert len(readers.phases) >= 8, readers.phases  # the add's phases and the whole build's
    assert not readers.failures, readers.failures[:3]
    assert readers.limits == {own}
    assert writer.count("documents") == 7 + 12 and counts["kb_events"] > 0


def test_a_store_no_reader_shares_keeps_the_phases_limits(tmp_path, hooked):
    """The CLI's store (not shared): its phases still lower DuckDB's limit (the bulk build's peak RSS). Its
    reads here are light ones: a big read would starve the phases' own queries instead."""
    store = Store(build_store(tmp_path / "kb.duckdb"))
    writer = store.for_thread()
    own = store.cursor().execute(LIMIT).fetchall()[0][0]
    writer.add_many(_more_pages(4))
    with Readers(store, big=False) as readers:
        hooked(readers)
        consolidate(writer)
    assert len(readers.phases) >= 4, readers.phases
    assert readers.limits - {own}, readers.limits  # the readers saw the phases' limits


def test_the_server_opens_its_store_shared(tmp_path):
    """The server's store, and its writer's cursor (serve.write: Store.for_thread), are shared."""
    from dipnet.serve import create_app

    app = create_app(str(build_store(tmp_path / "kb.duckdb")), token="a-token-of-the-test-0123456789")
    writer = app.state.writer
    try:
        writer.caught_up.result()  # its first work, on its thread, with its cursor
        assert app.state.store.shared and writer._writer().shared
    finally:
        writer.close()  # as the server's lifespan ends: the writer, then the store
        app.state.store.close()
