"""The replay of an add with the garbage collector kept off what was alive before it (consolidate's
remerge): the knowledge base, the pages read, the resolver and the rest, hundreds of thousands of
objects that live through the add. The replay makes many objects and some reference cycles, and each
of the collector's full collections walked all of those too (at 100,000 pages ~0.05 s each, several
an add: 0.34 -> ~0.17 s CPU). Nothing is decided by the collector: the tables are the same. And the heap
freed given back (trim_heap)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen() -> Iterator[None]:
    """What is alive at entry moved out of the collector's reach (gc.freeze) for the block, so that its
    collections walk only what the block makes; at exit the cycles the block left are collected (the
    replay's: ~60 MB at 100,000 pages), then the rest handed back to the collector (gc.unfreeze). In a
    process that froze its heap already (the server, at its start) the block only collects at exit: an
    unfreeze would hand back the server's too, and what the block froze would stay frozen without it."""
    mine = gc.get_freeze_count() == 0
    if mine:
        gc.freeze()
    try:
        yield
    finally:
        gc.collect()
        if mine:
            gc.unfreeze()


def trim_heap() -> None:
    """Return the heap Python freed to the system (glibc's malloc_trim; elsewhere nothing): what glibc keeps
    of it stays resident while DuckDB, which allocates on its own, takes more (the whole build's largest type:
    its clustering frees tens of MB just before its reread fills DuckDB's room)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
