"""qa1 (issue 17's API condition): KnowledgeBase.search rules an entry out by one substring test on
its joined folded keys; it gives what the loop it replaced gave (frozen here), whole rankings, on
queries made from the knowledge base's own ids and names and on invented ones. And `dipnet serve`
loads the knowledge base and that index before it freezes the collector, not at the first request."""

from __future__ import annotations

import asyncio
import copy
import gc
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from dipnet.kb import load_kb
from dipnet.kb.base import Entry, KnowledgeBase
from dipnet.kb.fold import fold


def _search_before(kb: KnowledgeBase, query: str, limit: int = 20) -> list[Entry]:
    """KnowledgeBase.search before qa1: every entry's keys tested one by one."""
    q = fold(query)
    if not q:
        return []
    scored: list[tuple[int, int, str]] = []
    keys = kb._fold_index()[0]
    for e in kb.entries.values():
        hay = keys.get(e.id) or []
        if e.id == query.strip() or q in hay:
            rank = 0
        elif any(h.startswith(q) for h in hay):
            rank = 1
        elif any(q in h for h in hay):
            rank = 2
        else:
            continue
        scored.append((rank, len(e.name), e.id))
    scored.sort()
    return [kb.entries[i] for _, _, i in scored[:limit]]


def _queries(kb: KnowledgeBase) -> list[str]:
    rnd = random.Random(17)
    entries = list(kb.entries.values())
    out = ["", "  ", "·", "zzqx", "越", "中", "a", "Ha Noi", "HA NỘI", "viet", "部长", "委员会", "12", "country:",
           "person:", "  country:VN  "]
    for e in rnd.sample(entries, min(60, len(entries))):
        name = e.name
        mid = len(name) // 2
        out += [e.id, f" {e.id} ", e.id.partition(":")[2][:4], name, name[:2], name[mid:mid + 2], name[-1:],
                *(v.upper() for v in e.display.values())]
    return out


def test_search_ranks_as_before() -> None:
    kb = load_kb()
    for query in _queries(kb):
        before = [e.id for e in _search_before(kb, query, limit=len(kb.entries))]  # the whole ranking
        for limit in (5, 50, len(kb.entries)):
            assert [e.id for e in kb.search(query, limit=limit)] == before[:limit], (query, limit)


def test_search_finds_an_id_its_keys_do_not_hold() -> None:
    # an id typed whole is rank 0 even where no folded key contains the query (the slug alone is a key)
    kb = load_kb()
    e = next(iter(kb.entries.values()))
    assert kb.search(f"  {e.id} ", limit=1)[0].id == e.id



def test_the_server_loads_the_knowledge_base_before_freezing_the_collector(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # started as `dipnet serve` starts it, uvicorn.run standing in for by the app's startup and shutdown
    import uvicorn

    from dipnet.query import names
    from dipnet.serve import run
    from dipnet.store import Store

    db = tmp_path / "s.duckdb"
    Store(db).close()
    kb = copy.copy(load_kb())  # a base whose folded index is not built yet (what a new process has)
    kb._keys, kb._hays = None, []
    monkeypatch.setattr(names, "load_kb", lambda: kb)

    def started(app: Any, **_: object) -> None:
        async def cycle() -> None:
            async with app.router.lifespan_context(app):
                pass
        asyncio.run(cycle())

    monkeypatch.setattr(uvicorn, "run", started)
    switch = sys.getswitchinterval()
    try:
        run(str(db), port=0)
        assert kb._keys is not None  # the folded index built at startup
        tracked = {id(o) for o in gc.get_objects()}  # the frozen generation is not listed
        assert id(kb._keys) not in tracked and id(kb._hays) not in tracked  # built before the freeze
    finally:
        gc.unfreeze()
        sys.setswitchinterval(switch)
