"""Greedy complete-linkage clustering of one type's reports (the same-event decision of the merge):
`cluster` over Report objects, `greedy` the loop it and the packed reports (packed.Packed) share.
Kept apart from events.py so that packed.py, which compared.py's encoding serves, imports no cycle."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from dipnet.consolidate.blockindex import BlockIndex
from dipnet.consolidate.events import Report, blocks, choose, dominant_countries, order_key
from dipnet.consolidate.pages import Stories


def greedy(n: int, get: Callable[[int], Report], stories: Stories, dominant: frozenset[str],
           order: Sequence[int] | None = None, made: list[Report | None] | None = None,
           keys_of: Callable[[int], Iterable[int]] | None = None) -> list[list[Any]]:
    """`cluster`'s clustering of `n` reports already in its order, each cluster as a list of its
    reports in the order they joined, the clusters in the order they were made. `get(i)`: the i-th
    report; with `order`, `get(order[i])` is, and each cluster is kept as its reports' numbers
    (order[i]), their Reports read from `made` (by number), or made again (get) as choose reads them;
    `keys_of(order[i])`, its blocks' hashes when kept (else made of the report, as here)."""
    made = made if made is not None else []
    clusters: list[list[Any]] = []
    index = BlockIndex()
    for i in range(n):
        rep = get(i) if order is None else get(k := order[i])
        item: Any = rep
        keys = list(keys_of(k)) if keys_of is not None and order is not None else \
            [hash(b) for b in blocks(rep, dominant, stories.find(rep.unit))]  # see BlockIndex
        cands = sorted(index.clusters_of(keys))
        got = choose(rep, [clusters[c] for c in cands] if order is None else [[made[x] or get(x) for x in clusters[c]] for c in cands],
                     stories, dominant)
        if order is not None:
            item = k
        if got is None:
            clusters.append([item])
            best = len(clusters) - 1
        else:
            best = cands[got]
            clusters[best].append(item)
        index.file(keys, best)
    return clusters


def cluster(reports: list[Report], stories: Stories,
            dominant: frozenset[str] | None = None) -> list[list[Report]]:
    """Greedy complete-linkage clustering, finest dates first, in a fixed order (stable ids).
    Candidates are the clusters sharing a block (`blocks`) with the report; every cluster
    `compatible` accepts is among them, so the result is that of trying all. A coarse report is
    looked up by its countries and year alone (not among a whole year's reports of each party).
    The loop is `greedy`'s (the whole build's runs it over packed reports)."""
    if dominant is None:
        dominant = dominant_countries(reports)
    reports = sorted(reports, key=order_key)
    return greedy(len(reports), reports.__getitem__, stories, dominant)
