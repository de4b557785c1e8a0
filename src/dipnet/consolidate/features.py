"""The pages' signatures (pages.Prepared) as the rows of page_features and brief_features, and back."""

from __future__ import annotations

from typing import Any

import numpy as np

from dipnet.consolidate.minhash import NUM_PERM
from dipnet.consolidate.pages import Prepared
from dipnet.consolidate.sigtable import SigTable


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
    their bytes at once (uint64, as ndarray.tobytes gives them): no bytes object or row dict a page (the
    whole build stages them a chunk of pages at a time: at 10,000 pages ~25,000 of each, ~35 MB of Python
    objects that fragmented its heap)."""
    import pyarrow as pa

    docs = list(p.main)
    units = list(p.teasers)
    return (pa.table({"doc_id": pa.array(docs, pa.string()),
                      "main_sig": _blobs(p.main, docs), "opening_sig": _blobs(p.opening, docs)}),
            pa.table({"doc_id": pa.array([d for d, _ in units], pa.string()),
                      "idx": pa.array([i for _, i in units], pa.int64()),
                      "sig": _blobs(p.teasers, units)}))


def _blobs(table: SigTable, keys: list[Any]) -> Any:
    """The signatures of these keys, each its uint64 values' bytes, as one binary column."""
    import pyarrow as pa

    data = np.concatenate(list(table.chunks(keys))) if keys else np.zeros((0, NUM_PERM), np.uint64)
    offsets = np.arange(len(keys) + 1, dtype=np.int64) * (NUM_PERM * 8)
    return pa.Array.from_buffers(pa.large_binary(), len(keys), [None, pa.py_buffer(offsets),
                                                               pa.py_buffer(np.ascontiguousarray(data, dtype="<u8"))])


def stage_features(store: Any, part: Prepared, briefs: list[dict], staged: dict[str, Any]) -> None:
    """Stage these signatures' rows of page_features and brief_features and their band keys' of page_bands
    (`briefs`: the pages' teasers, links.band_rows) with Store.stage, after the rows `staged` holds: the
    whole build stages them a chunk of pages at a time, as it prepares them."""
    from dipnet.consolidate.links import band_rows

    tables = (*feature_tables(part), band_rows(list(part.main), briefs, part))
    for name, tbl in zip(("page_features", "brief_features", "page_bands"), tables, strict=True):
        staged[name] = store.stage(name, tbl, staged.get(name))
