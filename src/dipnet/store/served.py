"""A served store's one memory limit. DuckDB's memory_limit is the database's, every cursor's: a phase's
limit would be the server's readers' too (a read landing in it ran out of memory, test_concurrency), so a
store opened `shared` never moves it (Store.capped). Left at DuckDB's default (80 % of the RAM), a served
whole build cached blocks up to it (10,000 pages: 1,620 MB, against 654 MB with the phases' limits). So it
is set once, when the store is opened, for readers and writer alike."""

from __future__ import annotations

import os
import re

from dipnet.errors import StoreError

# the least that holds a ~136 MB read inside every phase of a served add and whole build with room for what
# the writer keeps pinned (tests/test_consolidate_cs28: 160MB fails it, 176MB passes, by ~13 MiB). Its cost,
# measured (cs29; VmHWM, one run each, 10,000 pages; main's phase limits: build 654 MB, add 508-510 MB;
# none: 1,620 / 568-570): build 745 at 192MB (625 at 64MB, 673 at 112MB, 698 at 160MB, 791 at 256MB); add
# 562 at 192MB (509 at 112MB, 555-565 at 160-256MB). Main's figures need 64-112MB, where that read fails
SERVED_MEMORY = "192MB"
SERVED_MEMORY_ENV = "DIPNET_SERVED_MEMORY"
_SIZE = re.compile(r"\d+(\.\d+)?\s*([KMGT]i?B)", re.IGNORECASE)


def served_limit(memory: str | None = None) -> str:
    """`memory` (`dipnet serve --memory`), else $DIPNET_SERVED_MEMORY, else SERVED_MEMORY; a size such as
    512MB or 1GiB (checked: it goes into a SET statement)."""
    limit = (memory or os.environ.get(SERVED_MEMORY_ENV) or SERVED_MEMORY).strip()
    if not _SIZE.fullmatch(limit):
        raise StoreError(f"not a memory size: {limit!r} (say 512MB or 1GB)")
    return limit
