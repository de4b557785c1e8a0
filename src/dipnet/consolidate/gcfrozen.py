"""The replay of an add with the garbage collector kept off what was alive before it (consolidate's
remerge): the knowledge base, the pages read, the resolver and the rest, hundreds of thousands of
objects that live through the add. The replay makes many objects and some reference cycles, and each
of the collector's full collections walked all of those too (at 100,000 pages ~0.05-0.1 s each, several
an add). Nothing is decided by the collector: the tables are the same."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen() -> Iterator[None]:
    """What is alive at entry moved out of the collector's reach (gc.freeze) for the block, so that its
    collections walk only what the block makes; at exit the cycles the block left are collected (the
    replay's: ~60 MB at 100,000 pages), then the rest handed back to the collector (gc.unfreeze)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.collect()
        gc.unfreeze()
