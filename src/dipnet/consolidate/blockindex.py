"""The whole merge's candidate index (events.cluster): each block's clusters. Most blocks have one,
kept as its number rather than a set of one (at 10,000 pages the largest type's index held ~140,000
such sets)."""

from __future__ import annotations


class BlockIndex:
    """Block -> the clusters filed under it."""

    def __init__(self) -> None:
        self.index: dict[str, int | set[int]] = {}

    def clusters_of(self, keys: list[str]) -> set[int]:
        """The clusters filed under any of these blocks."""
        out: set[int] = set()
        for k in keys:
            had = self.index.get(k)
            if isinstance(had, int):
                out.add(had)
            elif had is not None:
                out |= had
        return out

    def file(self, keys: list[str], cluster: int) -> None:
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
