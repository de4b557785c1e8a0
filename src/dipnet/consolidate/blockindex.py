"""The whole merge's candidate index (clustering.cluster, clustering.greedy): each block's clusters. Most blocks
have one, kept as its number rather than a set of one (at 10,000 pages the largest type's index held
~140,000 such sets). A block is filed under its text's hash (an int, not the ~100-byte text: at 10,000
pages the largest type's index took 423 bytes a report with the texts). Two blocks of one hash would
only add a candidate (the clusters of the other block), which decides nothing: choose takes a cluster
only if compatible accepts every member, and every such cluster already shares a block with the
report (events.block_keys), so is a candidate anyway, in the same order (by number)."""

from __future__ import annotations


class BlockIndex:
    """Block (its hash) -> the clusters filed under it."""

    def __init__(self) -> None:
        self.index: dict[int, int | set[int]] = {}

    def clusters_of(self, keys: list[int]) -> set[int]:
        """The clusters filed under any of these blocks."""
        out: set[int] = set()
        for k in keys:
            had = self.index.get(k)
            if isinstance(had, int):
                out.add(had)
            elif had is not None:
                out |= had
        return out

    def file(self, keys: list[int], cluster: int) -> None:
        """File the cluster under these blocks."""
        for k in keys:
            had = self.index.get(k)
            if had is None:
                self.index[k] = cluster
            elif isinstance(had, int):
                if had != cluster:
                    self.index[k] = {had, cluster}
            else:
                had.add(cluster)
