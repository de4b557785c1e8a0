"""A candidate cluster's members as the Reports consolidate.events.choose reads, made as read
(consolidate.replay)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from dipnet.consolidate.events import Report


class Members(Sequence[Report]):
    """A candidate cluster's members (mention ids) as the Reports choose reads, each made when it is
    read: choose stops at the first member a report cannot join, so most are never made (their rows
    are read all at once before, so this reads nothing more from the store)."""

    __slots__ = ("ids", "make")

    def __init__(self, ids: list[str], make: Callable[[str], Report]) -> None:
        self.ids, self.make = ids, make

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[Report]:
        return (self.make(x) for x in self.ids)

    @overload
    def __getitem__(self, i: int) -> Report: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Report]: ...

    def __getitem__(self, i: int | slice) -> Report | Sequence[Report]:
        if isinstance(i, slice):
            return [self.make(x) for x in self.ids[i]]
        return self.make(self.ids[i])
