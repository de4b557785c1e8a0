"""Versions of the store's tables, for the answer cache (dipnet.serve.cache). Every committed write
gives each table it wrote a new version; an answer is cached with the tables it read and their
versions, and stays good while none of them has changed. A page stored does not throw away the
registry's answers, which read none of the page tables.

The versions come from the one writer's connection (serve.write), which runs through `Tracked`: it
sees each statement, notes the tables a write names, and at COMMIT (or after a statement outside a
transaction) moves those tables to a new version, once just before the commit and once just after.
A reader that sees the same versions of its tables before and after computing an answer, neither of
them in the middle of a commit, read one committed state of those tables (a seqlock). A write whose
tables cannot be named moves every table (ALL), so the cache errs towards recomputing.

Without a writer (a read-only server) DuckDB lets no process write the file while this one holds
it, so the versions never move; `epoch` (new at each start) keeps a restarted server's ETags apart."""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Iterable
from typing import Any

ALL = "*"  # the pseudo-table every answer depends on: a write that names no table moves it
_WRITE = re.compile(r"\b(?:INSERT|DELETE|UPDATE|CREATE|DROP|ALTER|TRUNCATE|COPY|ATTACH|DETACH|IMPORT|MERGE|"
                    r"CHECKPOINT|VACUUM)\b", re.IGNORECASE)
_TARGET = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|DELETE\s+FROM|UPDATE|TRUNCATE(?:\s+TABLE)?|"
                     r"(?:CREATE|DROP|ALTER)\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:TABLE|VIEW|INDEX)"
                     r"(?:\s+IF\s+(?:NOT\s+)?EXISTS)?)\s+(?:\w+\s+ON\s+)?\"?(\w+)", re.IGNORECASE)
_BEGIN = re.compile(r"\s*(?:BEGIN|START\s+TRANSACTION)\b", re.IGNORECASE)
_END = re.compile(r"\s*(?:COMMIT|END)\b", re.IGNORECASE)
_ABORT = re.compile(r"\s*(?:ROLLBACK|ABORT)\b", re.IGNORECASE)


def written(sql: str) -> set[str]:
    """The tables a statement (or a script of several) writes: empty for a read, {ALL} for a write
    whose targets cannot be told."""
    if not _WRITE.search(sql):
        return set()
    targets = [t.lower() for t in _TARGET.findall(sql)]
    # a write verb with no target named: a COPY, an IMPORT, or a form not foreseen here
    return set(targets) if len(targets) >= len(_WRITE.findall(sql)) else {ALL}


class Versions:
    """Per-table versions from one counter that only grows; `busy` counts the commits under way per
    table (the writer is one thread, but a cursor of it may commit beside another)."""

    def __init__(self) -> None:
        self.epoch = secrets.token_hex(4)
        self._lock = threading.Lock()
        self._counter = 0
        self._of: dict[str, int] = {}
        self._busy: dict[str, int] = {}

    def _move(self, tables: Iterable[str], delta: int) -> None:
        with self._lock:
            self._counter += 1
            for t in tables:
                self._of[t] = self._counter
                n = self._busy.get(t, 0) + delta
                if n:
                    self._busy[t] = n
                else:
                    self._busy.pop(t, None)

    def begin_commit(self, tables: set[str]) -> None:
        self._move(tables, +1)

    def end_commit(self, tables: set[str]) -> None:
        self._move(tables, -1)

    def now(self) -> tuple[dict[str, int], frozenset[str]]:
        """The versions and the tables in the middle of a commit, as they stand."""
        with self._lock:
            return dict(self._of), frozenset(self._busy)

    def of(self, tables: Iterable[str], snap: tuple[dict[str, int], frozenset[str]] | None = None
           ) -> tuple[int, ...] | None:
        """The versions of `tables` (and of ALL) in `snap` or now; None while any is being committed."""
        of, busy = snap if snap is not None else self.now()
        names = sorted({*tables, ALL})
        if busy.intersection(names):
            return None
        return tuple(of.get(t, 0) for t in names)


class Tracked:
    """The writer's connection, seen through: every statement runs as it would, and each committed
    write moves the versions of the tables it wrote. Anything else is the connection's own."""

    def __init__(self, con: Any, versions: Versions) -> None:
        self._con = con
        self._versions = versions
        self._in_tx = False
        self._pending: set[str] = set()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)

    def _run(self, method: str, sql: Any, *args: Any, **kw: Any) -> Any:
        text = sql if isinstance(sql, str) else ""
        run = getattr(self._con, method)
        if _BEGIN.match(text):
            out = run(sql, *args, **kw)
            self._in_tx, self._pending = True, set()
            return out if out is not self._con else self
        if _END.match(text):
            return self._commit(lambda: run(sql, *args, **kw))
        if _ABORT.match(text):
            self._in_tx, self._pending = False, set()
            out = run(sql, *args, **kw)
            return out if out is not self._con else self
        tables = written(text) if isinstance(sql, str) else {ALL}
        if self._in_tx:
            self._pending |= tables
            out = run(sql, *args, **kw)
        elif tables:  # a write outside a transaction commits by itself
            self._versions.begin_commit(tables)
            try:
                out = run(sql, *args, **kw)
            finally:
                self._versions.end_commit(tables)
        else:
            out = run(sql, *args, **kw)
        return out if out is not self._con else self

    def _commit(self, do: Any) -> Any:
        tables, self._in_tx, self._pending = self._pending, False, set()
        if not tables:
            out = do()
        else:
            self._versions.begin_commit(tables)
            try:
                out = do()
            finally:
                self._versions.end_commit(tables)
        return out if out is not self._con else self

    def execute(self, sql: Any, *args: Any, **kw: Any) -> Any:
        return self._run("execute", sql, *args, **kw)

    def executemany(self, sql: Any, *args: Any, **kw: Any) -> Any:
        return self._run("executemany", sql, *args, **kw)

    def sql(self, sql: Any, *args: Any, **kw: Any) -> Any:
        return self._run("sql", sql, *args, **kw)

    def query(self, sql: Any, *args: Any, **kw: Any) -> Any:
        return self._run("query", sql, *args, **kw)

    def begin(self) -> Any:
        return self._run("execute", "BEGIN TRANSACTION")

    def commit(self) -> Any:
        return self._commit(lambda: self._con.commit())

    def rollback(self) -> Any:
        self._in_tx, self._pending = False, set()
        return self._con.rollback()

    def cursor(self) -> Tracked:
        """Another connection to the same database, with transactions of its own: tracked too."""
        return Tracked(self._con.cursor(), self._versions)

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Tracked:  # (dunder methods are not found through __getattr__)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
