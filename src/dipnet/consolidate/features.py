"""The pages' signatures (pages.Prepared) as the rows of page_features and brief_features, and back."""

from __future__ import annotations

from typing import Any

import numpy as np

from dipnet.consolidate.pages import Prepared


def decode_features(pages: dict[str, tuple[bytes, bytes]], briefs: dict[tuple[str, int], bytes]) -> Prepared:
    def sig(b: bytes) -> np.ndarray:
        return np.frombuffer(b, dtype=np.uint64)

    return Prepared({d: (sig(m), sig(o)) for d, (m, o) in pages.items()}, {k: sig(v) for k, v in briefs.items()})


def feature_rows(p: Prepared) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Signatures as the rows of page_features and brief_features (Store.replace_consolidated keeps them)."""
    return ([{"doc_id": d, "main_sig": m.tobytes(), "opening_sig": o.tobytes()} for d, (m, o) in p.pages.items()],
            [{"doc_id": d, "idx": i, "sig": s.tobytes()} for (d, i), s in p.briefs.items()])


def feature_tables(p: Prepared) -> tuple[Any, Any]:
    """feature_rows as pyarrow Tables, the same rows in the same order, each column of signatures made of
    their arrays' bytes at once: no bytes object or row dict a page (the whole build stages them: at
    10,000 pages ~25,000 of each, ~35 MB of Python objects that fragmented its heap)."""
    import pyarrow as pa

    pages = p.pages.items()
    briefs = p.briefs.items()
    return (pa.table({"doc_id": pa.array([d for d, _ in pages], pa.string()),
                      "main_sig": _blobs([s[0] for _, s in pages]), "opening_sig": _blobs([s[1] for _, s in pages])}),
            pa.table({"doc_id": pa.array([d for (d, _), _ in briefs], pa.string()),
                      "idx": pa.array([i for (_, i), _ in briefs], pa.int64()),
                      "sig": _blobs([s for _, s in briefs])}))


def _blobs(sigs: list[np.ndarray]) -> Any:
    """Each array's bytes (ndarray.tobytes) as one binary column."""
    import pyarrow as pa

    sizes = np.fromiter((s.nbytes for s in sigs), dtype=np.int64, count=len(sigs))
    offsets = np.zeros(len(sigs) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    data = np.concatenate([np.ascontiguousarray(s).view(np.uint8).ravel() for s in sigs]) if sigs else \
        np.zeros(0, np.uint8)
    return pa.Array.from_buffers(pa.large_binary(), len(sigs), [None, pa.py_buffer(offsets), pa.py_buffer(data)])
