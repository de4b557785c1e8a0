"""MinHash signatures over character shingles and banded LSH, deterministic across runs (crc32
shingle hashes, fixed seeds), plus the character bigrams that the full-text index is made of."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable

import numpy as np

NUM_PERM = 128
BANDS, ROWS = 16, 8  # threshold ≈ (1/16)^(1/8) ≈ 0.71
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20240601)
_A = _rng.integers(1, (1 << 31) - 1, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 31) - 1, NUM_PERM, dtype=np.uint64)
_SKIP = re.compile(r"[\s\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Text reduced to what wording shares: no spaces, punctuation or case."""
    return _SKIP.sub("", text).casefold()


def shingles(text: str, k: int = 5) -> set[str]:
    t = fold(text)
    if len(t) <= k:
        return {t} if t else set()
    return {t[i:i + k] for i in range(len(t) - k + 1)}


def signature(sh: Iterable[str]) -> np.ndarray:
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in sh), dtype=np.uint64)
    if hashes.size == 0:
        return np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    perm = (np.outer(hashes, _A) + _B) % _PRIME & _MASK
    return perm.min(axis=0)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def candidates(signatures: dict[str, np.ndarray]) -> set[tuple[str, str]]:
    """Pairs of keys that share at least one LSH band, each pair sorted (candidates_of)."""
    if not signatures:
        return set()
    keys = sorted(signatures)
    sigs = np.stack([signatures[k] for k in keys]).astype(np.uint64, copy=False)
    return candidates_of(keys, lambda lo, hi: sigs[:, lo:hi])


def candidates_of(keys: list[str], band: Callable[[int, int], np.ndarray]) -> set[tuple[str, str]]:
    """Pairs of keys that share at least one LSH band, each pair sorted; `band(lo, hi)`: the values lo:hi
    of every key's signature (uint64, a row a key in the order of `keys`), one band at a time (not every
    signature stacked at once). Each band's rows are compared as whole byte strings, sorted by numpy (a
    page's 16 bands are 16 values of one column, not 16 Python objects): only the few buckets of more than
    one key reach Python."""
    pairs: set[tuple[str, str]] = set()
    if not keys:
        return pairs
    for b in range(BANDS):
        values = np.ascontiguousarray(band(b * ROWS, (b + 1) * ROWS), dtype=np.uint64)
        rows = values.view(np.dtype((np.void, 8 * ROWS))).ravel()
        del values
        order = np.argsort(rows, kind="stable")
        ranked = rows[order]
        starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
        sizes = np.diff(np.r_[starts, len(ranked)])
        del ranked
        for start, size in zip(starts[sizes > 1], sizes[sizes > 1], strict=True):
            members = [keys[i] for i in order[start:start + size]]
            for i, a in enumerate(members):
                for other in members[i + 1:]:
                    if a != other:
                        pairs.add((a, other) if a < other else (other, a))
    return pairs


_CJK = re.compile(r"[\u3400-\u9fff]+|[A-Za-z0-9]+")


def grams(text: str) -> set[str]:
    """Index terms: character bigrams of each Chinese run (a lone character stands for itself),
    lower-cased Latin words and numbers."""
    out: set[str] = set()
    for run in _CJK.findall(text):
        if run.isascii():
            out.add(run.lower())
        elif len(run) == 1:
            out.add(run)
        else:
            out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """Each signature's LSH bands as 64-bit keys (rows × BANDS): what a stored band is looked up by.
    Two equal bands have equal keys; a rare equal key of unequal bands is told apart by comparing
    the bands themselves (same_band)."""
    out = np.empty((sigs.shape[0], BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for band in range(BANDS):
            k = np.full(sigs.shape[0], 0xCBF29CE484222325, dtype=np.uint64)
            for r in range(band * ROWS, (band + 1) * ROWS):
                k = (k ^ sigs[:, r]) * np.uint64(0x100000001B3)
            out[:, band] = k
    return out


def same_band(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two signatures agree on every row of some band (what makes them candidates)."""
    eq = (a == b).reshape(BANDS, ROWS)
    return bool(eq.all(axis=1).any())
