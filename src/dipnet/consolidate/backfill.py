"""The entities each stored report resolved its names to (event_reports.rids), filled in for the
reports of a store consolidated before it kept them: once, before an add, a batch of pages at a
time. A report resolved a name on its page as the store's links of that page and its name index
said at the last consolidation, and both are still as they were then (an add changes them only when
it writes), so resolving them again from the store gives what the report read."""

from __future__ import annotations

from typing import Any

from dipnet.consolidate.added import StoredLocal
from dipnet.consolidate.entities import Resolver
from dipnet.kb import KnowledgeBase
from dipnet.store import state, upkeep

PAGES = 2000  # pages whose links are in memory at once


def backfill(con: Any, kb: KnowledgeBase) -> int:
    """Fill event_reports.rids where it is NULL (see the module's docstring); returns how many
    reports were filled. Each batch is written as it is made (an upgrade: it changes no answer)."""
    docs = upkeep.unfilled_pages(con)
    if not docs:
        return 0
    by_name = state.name_index(con)
    n = 0
    for i in range(0, len(docs), PAGES):
        batch = docs[i:i + PAGES]
        local = StoredLocal(con, {}, set())
        local.prefetch(batch)
        res = Resolver(kb, {}, local, by_name)  # type: ignore[arg-type]
        cur = con.cursor()
        rows = upkeep.unfilled_reports(cur, batch)
        rids = [state.BLOCK_SEP.join(res.resolve_key(k, doc) for k in names) for _, doc, names in rows]
        upkeep.fill_reports(cur, batch, [r[0] for r in rows], rids)
        n += len(rows)
    return n
