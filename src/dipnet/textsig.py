"""Bigram signatures: a 512-bit Bloom filter of the character pairs of a text, so that a substring
search over a million short texts reads eight integers a row to rule most rows out, and the exact
`contains` runs only on the rest. A text containing a query holds every pair of the query, so the
signature never rules out a match (no false negatives); the exact test removes the false positives.

A second, wider signature (GRAM_WORDS words) holds the text's runs of three and four characters:
a query of three characters or more needs them too, which leaves few rows but its matches (the pairs
alone leave every text holding the query's pairs anywhere: 第1…3号 and a 13 and a 33 elsewhere for
第133号, thousands of rows over the whole table, each costing the read of its vector's text).

The hash is plain arithmetic on code points (no library or version-dependent hash), so signatures
written by one version still answer the queries of another."""

from __future__ import annotations

import numpy as np

WORDS = 8  # 64-bit words a signature
_SHIFT = 32 - 9  # 2**9 = WORDS * 64 bits
GRAM_WORDS = 32  # 64-bit words of the signature of runs of 3 and 4 characters
GRAM_SIZES = (3, 4)
_GRAM_SHIFT = 32 - 11  # 2**11 = GRAM_WORDS * 64 bits
_CHUNK = 50_000  # texts encoded at a time (bounds the memory of the bit matrix)


def _bits(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The bit (0..511) of each pair of code points (a[i], b[i]), as uint64 arithmetic mod 2**64."""
    with np.errstate(over="ignore"):
        h = (a * np.uint64(65599) + b) * np.uint64(2654435761)
    return (h & np.uint64(0xFFFFFFFF)) >> np.uint64(_SHIFT)


def _run_bits(cps: np.ndarray, n: int) -> np.ndarray:
    """The bit (0..2047) of each run of n code points of cps (n >= 3), uint64 arithmetic mod 2**64."""
    with np.errstate(over="ignore"):
        h = cps[:cps.size - n + 1].copy()
        for j in range(1, n):
            h = h * np.uint64(65599) + cps[j:cps.size - n + 1 + j]
        h = h * np.uint64(2654435761)
    return (h & np.uint64(0xFFFFFFFF)) >> np.uint64(_GRAM_SHIFT)


def _codes(part: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of the texts one after another, and the index of the text of each."""
    lens = np.fromiter((len(t) for t in part), dtype=np.int64, count=len(part))
    cps = np.frombuffer("".join(part).encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
    return cps, np.repeat(np.arange(len(part)), lens)


def gram_signatures(texts: list[str]) -> np.ndarray:
    """One signature of runs of GRAM_SIZES characters per text, as an array (len(texts), GRAM_WORDS) of
    uint64; bit k is bit k % 64 of word k // 64."""
    out = np.zeros((len(texts), GRAM_WORDS), dtype=np.uint64)
    for start in range(0, len(texts), _CHUNK // 4):  # a bit matrix 4 times wider: chunks 4 times shorter
        part = texts[start:start + _CHUNK // 4]
        cps, owner = _codes(part)
        bits = np.zeros((len(part), GRAM_WORDS * 64), dtype=bool)
        for n in GRAM_SIZES:
            if cps.size < n:
                continue
            inside = owner[:owner.size - n + 1] == owner[n - 1:]  # runs within one text
            bits[owner[:owner.size - n + 1][inside], _run_bits(cps, n)[inside].astype(np.int64)] = True
        out[start:start + len(part)] = np.packbits(bits, axis=1, bitorder="little").view("<u8")
    return out


def gram_mask(query: str) -> list[int]:
    """The bits of gram_signatures every text containing `query` has set, one int per word (all zero
    for a query shorter than three characters)."""
    cps = np.array([ord(c) for c in query], dtype=np.uint64)
    words = [0] * GRAM_WORDS
    for n in GRAM_SIZES:
        if cps.size >= n:
            for b in _run_bits(cps, n).tolist():
                words[b // 64] |= 1 << (b % 64)
    return words


def signatures(texts: list[str]) -> np.ndarray:
    """One signature per text, as an array (len(texts), WORDS) of uint64; bit k is bit k % 64 of word k // 64."""
    out = np.zeros((len(texts), WORDS), dtype=np.uint64)
    for start in range(0, len(texts), _CHUNK):
        part = texts[start:start + _CHUNK]
        cps, owner = _codes(part)
        if cps.size < 2:
            continue
        inside = owner[:-1] == owner[1:]  # pairs within one text, not across two
        bits = np.zeros((len(part), WORDS * 64), dtype=bool)
        bits[owner[:-1][inside], _bits(cps[:-1], cps[1:])[inside].astype(np.int64)] = True
        out[start:start + len(part)] = np.packbits(bits, axis=1, bitorder="little").view("<u8")
    return out


def mask(query: str) -> list[int]:
    """The bits every text containing `query` has set, one int per word (all zero for a query
    shorter than two characters: then no row can be ruled out)."""
    cps = np.array([ord(c) for c in query], dtype=np.uint64)
    words = [0] * WORDS
    if cps.size >= 2:
        for b in _bits(cps[:-1], cps[1:]).tolist():
            words[b // 64] |= 1 << (b % 64)
    return words
