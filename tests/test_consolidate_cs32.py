"""The whole build's signatures held compactly (issue 17, cs32): one uint32 array a kind (sigtable.SigTable),
the empty text's sentinel and any other uint64 value read back exactly, LSH candidates read a band at a time
from the table (no stack of every signature), and page_features/brief_features staged a chunk of pages at a
time as they are prepared. The tables are those of before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from dipnet.consolidate.features import feature_rows, feature_tables
from dipnet.consolidate.minhash import NUM_PERM, candidates, candidates_of, shingles, signature
from dipnet.consolidate.pages import Prepared, prepare
from dipnet.consolidate.sigtable import SigTable
from dipnet.store import Store
from test_consolidate import pages

EMPTY = np.iinfo(np.uint64).max


def test_the_signatures_are_held_as_one_uint32_array_a_kind():
    docs = [{"doc_id": f"页{i}", "title": f"标题{i}", "text": f"外长会谈第{i}轮取得成果，双方同意加强合作。"}
            for i in range(5)]
    briefs = [{"doc_id": "页1", "idx": 0, "headline": "两国外长会谈", "summary": "双方同意加强合作"}]
    p = prepare(docs, [], briefs)
    for table in (p.main, p.opening, p.teasers):
        assert len(table._blocks) == 1 and table._blocks[0].dtype == np.uint32
    assert p.main.nbytes() + p.opening.nbytes() + p.teasers.nbytes() < 3 * 1024 * NUM_PERM * 8
    main, opening = p.pages["页3"]
    assert main.dtype == np.uint64
    assert (main == signature(shingles(docs[3]["text"]))).all()
    assert (p.briefs[("页1", 0)] == signature(shingles("两国外长会谈双方同意加强合作", 3))).all()


def test_the_empty_texts_sentinel_and_any_uint64_value_read_back_exactly():
    empty = signature(shingles(""))
    assert (empty == EMPTY).all()
    full = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint64)  # the largest value a signature holds in uint32
    big = np.arange(NUM_PERM, dtype=np.uint64) << np.uint64(40)  # none fits uint32: kept whole
    t = SigTable([("空", empty), ("满", full), ("大", big)])
    assert (t["空"] == EMPTY).all() and (t["满"] == full).all() and (t["大"] == big).all()
    wide = t.wide(t.rows(["满", "空", "大"]), 8, 16)
    assert (wide[1] == EMPTY).all() and (wide[0] == 0xFFFFFFFF).all() and (wide[2] == big[8:16]).all()
    t.add("空", full)  # added again: replaced in place, the sentinel gone
    assert (t["空"] == full).all() and list(t) == ["空", "满", "大"]
    p = Prepared({"甲": (empty, big)}, {("甲", 0): full})
    rows_pages, rows_briefs = feature_rows(p)
    tbl_pages, tbl_briefs = feature_tables(p)
    assert rows_pages[0]["main_sig"] == empty.tobytes() == tbl_pages.column("main_sig")[0].as_py()
    assert rows_pages[0]["opening_sig"] == big.astype("<u8").tobytes() == tbl_pages.column("opening_sig")[0].as_py()
    assert tbl_briefs.to_pylist() == rows_briefs


def test_candidates_read_from_a_table_a_band_at_a_time_are_those_of_the_stacked_signatures():
    rng = np.random.default_rng(32)
    sigs = {f"k{i:03d}": rng.integers(0, 2**32, NUM_PERM, dtype=np.uint64) for i in range(300)}
    for i in range(0, 300, 7):  # pairs sharing a band
        sigs[f"k{i:03d}"][16:24] = sigs[f"k{(i * 13) % 300:03d}"][16:24]
    sigs["k001"] = signature(shingles(""))
    sigs["k002"] = signature(shingles(""))  # two empty texts: candidates of each other
    sigs["k003"][:8] = 0xFFFFFFFF  # a band of uint32 max: not the empty text's (uint64 max)
    t = SigTable(sigs.items())
    keys = sorted(sigs)
    rows = t.rows(keys)
    got = candidates_of(keys, lambda lo, hi: t.wide(rows, lo, hi))
    assert got == candidates(sigs)
    assert ("k001", "k002") in got and ("k001", "k003") not in got and len(got) > 30


def test_prepared_copies_and_updates_keep_every_signature():
    a, b, c = (np.random.default_rng(s).integers(0, 2**32, NUM_PERM, dtype=np.uint64) for s in (1, 2, 3))
    base = Prepared({"甲": (a, b)}, {("甲", 0): signature(shingles(""))})
    have = base.copy()
    have.update(Prepared({"乙": (c, a), "甲": (b, c)}, {("乙", 1): c}))
    assert list(base.pages) == ["甲"] and (base.pages["甲"][0] == a).all()  # the base not changed
    assert list(have.pages) == ["甲", "乙"] and (have.pages["甲"][0] == b).all() and (have.pages["乙"][1] == a).all()
    assert (have.briefs[("甲", 0)] == EMPTY).all() and (have.briefs.get(("乙", 1)) == c).all()
    assert have.briefs.get(("乙", 0)) is None


def _features(db: Path) -> tuple[list[tuple], ...]:
    with Store(db, read_only=True) as store:
        return tuple(store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                     for t in ("page_features", "brief_features", "page_bands", "page_heads", "story_edges"))


def test_the_whole_build_stages_the_signatures_a_chunk_of_pages_at_a_time(tmp_path, monkeypatch):
    """page_features, brief_features and page_bands staged as each chunk of pages is prepared (never a table
    of every page's), the rows those of one chunk of every page (and the other link state's the same)."""
    import dipnet.consolidate as consolidation
    from dipnet.consolidate import features

    def built(path: Path) -> Path:
        with Store(path) as store:
            for d in pages():
                store.add(d)
            consolidation.consolidate(store)
        return path

    whole = _features(built(tmp_path / "whole.duckdb"))
    sizes: list[int] = []
    real = features.feature_tables

    def feature_tables_seen(p: Any) -> Any:
        sizes.append(len(p.pages))
        return real(p)

    monkeypatch.setattr(consolidation, "CHUNK", 2)
    monkeypatch.setattr(features, "feature_tables", feature_tables_seen)
    chunked = _features(built(tmp_path / "chunked.duckdb"))
    assert len(sizes) > 2 and max(sizes) <= 2 and sum(sizes) == len(whole[0])
    assert chunked == whole
    assert all(len(r[1]) == len(r[2]) == NUM_PERM * 8 for r in whole[0]) and whole[1]
    assert len(whole[2]) == 16 * (2 * len(whole[0]) + len([h for h in whole[3] if h[2] >= 0]))
