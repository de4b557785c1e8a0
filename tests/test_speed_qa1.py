"""qa1 (issue 17's API condition): KnowledgeBase.search rules an entry out by one substring test on
its joined folded keys; it gives what the loop it replaced gave (frozen here), whole rankings, on
queries made from the knowledge base's own ids and names and on invented ones."""

from __future__ import annotations

import random

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
