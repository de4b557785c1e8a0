"""The whole build's reports of one type in parts that no cluster can span (packed.Packed.cluster): the
connected groups of reports that share a block through which two of them could be of one event.

Two reports `compatible` accepts always share a block (events.blocks; clustering.cluster relies on it):
two dated to the day or month outside one story share a party block (type, party, day bucket); a
report dated only by its page or to a year joins one of another story only with the same countries
and year, so they share its year-wide country block (c); and two of one story share its story block
(s). Two reports of one page and teaser (one unit) are never compatible. So a block links its reports
here only when it can hold such a pair: a party block always, a story block when it holds two units
or more, a country block when it holds a coarse report (a pair of fine reports joins by a party
block, never by this one). A cluster's reports are all compatible with one another (each joined
only if compatible with every member), so each cluster lies in one group, and a report can only join
a cluster of its own group: every other cluster has a member it is not compatible with. The greedy
clustering of each group alone, in the type's order, therefore makes the same clusters, in the same
relative order, as that of the whole type (tests/test_consolidate_clu.py checks it).

At 30,000 bench pages the largest type's 215,130 reports fell in 97,264 such groups, the largest of
1,972 reports (with every block linking its reports: one group of 178,490)."""

from __future__ import annotations

from typing import Any

from dipnet.consolidate.events import SEP

KINDS = {"k": 0, "s": 1, "c": 2}  # a block's kind (events.blocks: its second part) as stored per key


def kind_of(block: str) -> int:
    """A block's kind (KINDS), read from its second part (events.blocks' key: type, kind, …)."""
    return KINDS[block.split(SEP, 2)[1]]
PARTY, STORY, COUNTRY = 0, 1, 2


CHUNKS = 16  # the blocks are grouped a 16th of their hashes at a time (a sort of them all: ~170 MB at 100k pages)


def groups(n: int, keys: Any, kinds: Any, owners: Any, units: Any, coarse: Any) -> Any:
    """Each of the `n` reports' group (the least report number in it). `keys[j]` is a block (its
    hash) of report `owners[j]`, of kind `kinds[j]` (KINDS); `units[i]` report i's page and teaser (a
    number), `coarse[i]` whether it is coarse (events._coarse). A block is taken as its hash with its
    kind in the two lowest bits: blocks of one such key are one, which can only join groups, never part them."""
    import numpy as np

    labels = np.arange(n, dtype=np.int64)
    part = ((keys >> 58) & (CHUNKS - 1)).astype(np.int8)
    for c in range(CHUNKS):
        at = np.flatnonzero(part == c)
        if not len(at):
            continue
        k = (keys[at] & ~3) | kinds[at]
        o = owners[at]
        del at
        by = np.argsort(k, kind="stable")
        k, o = k[by], o[by]
        del by
        start = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
        t, u = k[start] & 3, units[o]
        linked = np.where(t == PARTY, True,
                          np.where(t == STORY, np.minimum.reduceat(u, start) != np.maximum.reduceat(u, start),
                                   np.maximum.reduceat(coarse[o], start) > 0))
        size = np.diff(np.r_[start, len(k)])
        keep = np.repeat(linked & (size > 1), size)
        labels = joined(labels, o[keep], np.repeat(o[start], size)[keep])
    return labels


def joined(labels: Any, a: Any, b: Any) -> Any:
    """The labels with a's and b's groups joined, pair by pair (each label its group's least report)."""
    import numpy as np

    while len(a):
        la, lb = labels[a], labels[b]
        apart = la != lb
        if not apart.any():
            break
        a, b, la, lb = a[apart], b[apart], la[apart], lb[apart]
        np.minimum.at(labels, np.maximum(la, lb), np.minimum(la, lb))  # the greater root under the lesser
        while True:  # every label to its root (labels[i] <= i, so this ends)
            up = labels[labels]
            if (up == labels).all():
                break
            labels = up
    return labels


def part_of(labels: Any, order: Any, size: int) -> Any:
    """Each report's part (numbered in the order they come): whole groups (`labels`) taken as they first
    come in `order` (the clustering order), a part closed once it holds `size` reports or more (a group
    larger than that is a part of its own); a part's number may be skipped."""
    import numpy as np

    n = len(order)
    pos = np.empty(n, dtype=np.int64)
    pos[order] = np.arange(n, dtype=np.int64)
    first = np.full(n, n, dtype=np.int64)
    np.minimum.at(first, labels, pos)  # each group's first place in the order
    rank = np.argsort(first, kind="stable")  # the groups (by label) as they first come; labels never used last
    count = np.bincount(labels, minlength=n)[rank]
    of_rank = (np.cumsum(count) - count) // size
    of_label = np.empty(n, dtype=np.int64)
    of_label[rank] = of_rank
    return of_label[labels]


def parts(labels: Any, order: Any, size: int) -> list[Any]:
    """The report numbers of `order` in their parts (part_of), each part in that order."""
    import numpy as np

    if not len(order):
        return []
    per = part_of(labels, order, size)[order]  # each place's part
    by = order[np.argsort(per, kind="stable")]
    ends = np.cumsum(np.bincount(per))
    return [p for p in np.split(by, ends[:-1]) if len(p)]


def numbered(firsts: Any, members: Any, of: Any) -> tuple[Any, Any]:
    """The clusters made a part at a time in the order of the whole: each member (`members[j]`, of cluster
    `of[j]`, those of a cluster in the order they joined) and its cluster's number, cluster by cluster,
    a cluster numbered by where its first report comes in the order (`firsts`, one a cluster)."""
    import numpy as np

    number = np.empty(len(firsts), dtype=np.int64)
    number[np.argsort(firsts)] = np.arange(len(firsts), dtype=np.int64)
    numbers = number[of]
    at = np.argsort(numbers, kind="stable")
    return members[at], numbers[at]
