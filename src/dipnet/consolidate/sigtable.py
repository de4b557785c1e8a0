"""MinHash signatures held compactly: the rows of one 2-D uint32 array per kind (in blocks of BLOCK rows, filled
as the pages are prepared), indexed by key, instead of a numpy array of 128 uint64 and its dict entry a
signature (at 100,000 pages ~500 MB of them). A signature's values are below 2**32 (minhash.signature masks
them), except the empty text's sentinel (every value uint64 max): that one is a flag of its row, and a row
that fits neither (none does) is kept whole aside, so that every value read back (`wide`: what band keys,
similarity and the bytes written read) is exactly the uint64 value added."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Any

import numpy as np

from dipnet.consolidate.minhash import NUM_PERM

BLOCK = 1024  # rows of a block (512 KB)
_U32 = 0xFFFFFFFF
_EMPTY = np.iinfo(np.uint64).max


class SigTable:
    """Signatures (uint64 arrays of NUM_PERM values) by key, in the order first added; a key added
    again replaces its signature in place (as a dict's update does)."""

    def __init__(self, items: Iterable[tuple[Hashable, np.ndarray]] = ()) -> None:
        self.index: dict[Any, int] = {}
        self._blocks: list[np.ndarray] = []
        self._empty: set[int] = set()  # rows of the empty text's sentinel
        self._whole: dict[int, np.ndarray] = {}  # rows whose values do not fit uint32 (kept as given)
        for key, sig in items:
            self.add(key, sig)

    def __len__(self) -> int:
        return len(self.index)

    def __contains__(self, key: object) -> bool:
        return key in self.index

    def __iter__(self) -> Iterator[Any]:
        return iter(self.index)

    def keys(self) -> Iterable[Any]:
        return self.index.keys()

    def items(self) -> Iterator[tuple[Any, np.ndarray]]:
        for key in self.index:
            yield key, self[key]

    def __getitem__(self, key: Any) -> np.ndarray:
        return self.wide(np.array([self.index[key]], dtype=np.int64))[0]

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self.index else default

    def nbytes(self) -> int:
        return sum(b.nbytes for b in self._blocks)

    def _row(self, key: Any) -> int:
        row = self.index.get(key)
        if row is None:
            row = self.index[key] = len(self.index)
            if row // BLOCK == len(self._blocks):
                self._blocks.append(np.zeros((BLOCK, NUM_PERM), dtype=np.uint32))
        else:
            self._empty.discard(row)
            self._whole.pop(row, None)
        return row

    def add(self, key: Any, sig: np.ndarray) -> None:
        sig = np.asarray(sig)
        if sig.shape != (NUM_PERM,):
            raise ValueError(f"a signature of {sig.shape} values, not {NUM_PERM}")
        row = self._row(key)
        block = self._blocks[row // BLOCK]
        if sig.size and int(sig.max()) <= _U32 and int(sig.min()) >= 0:
            block[row % BLOCK] = sig
            return
        block[row % BLOCK] = 0
        if bool((sig == _EMPTY).all()):
            self._empty.add(row)
        else:
            self._whole[row] = np.array(sig, dtype=np.uint64)

    def update(self, other: SigTable) -> None:
        """Every signature of `other` added (its rows copied as they are held, not widened)."""
        for key, row in other.index.items():
            mine = self._row(key)
            self._blocks[mine // BLOCK][mine % BLOCK] = other._blocks[row // BLOCK][row % BLOCK]
            if row in other._empty:
                self._empty.add(mine)
            elif row in other._whole:
                self._whole[mine] = other._whole[row]

    def rows(self, keys: Iterable[Any]) -> np.ndarray:
        """The row numbers of these keys (each one added before)."""
        index = self.index
        return np.fromiter((index[k] for k in keys), dtype=np.int64)

    def wide(self, rows: np.ndarray, lo: int = 0, hi: int = NUM_PERM) -> np.ndarray:
        """These rows' values lo:hi as uint64 (len(rows) × (hi - lo)), exactly as they were added."""
        out = np.empty((len(rows), hi - lo), dtype=np.uint64)
        if not len(rows):
            return out
        which = rows // BLOCK
        if len(self._blocks) == 1 or bool((which == which[0]).all()):
            out[:] = self._blocks[int(which[0])][rows % BLOCK, lo:hi]
        else:
            for b in np.unique(which):
                sel = which == b
                out[sel] = self._blocks[int(b)][rows[sel] % BLOCK, lo:hi]
        if self._empty or self._whole:
            special = np.flatnonzero(np.isin(rows, np.fromiter((*self._empty, *self._whole), dtype=np.int64)))
            for i in special:
                r = int(rows[i])
                out[i] = _EMPTY if r in self._empty else self._whole[r][lo:hi]
        return out

    def chunks(self, keys: list[Any], size: int = 8192) -> Iterator[np.ndarray]:
        """The signatures of these keys as uint64 arrays of `size` rows at most, in order."""
        for i in range(0, len(keys), size):
            yield self.wide(self.rows(keys[i:i + size]))
