"""Page links after an add, from the new pages and what the store keeps, not every page's
signatures: each page's LSH band keys (page_bands: main article, opening, teasers), the folded
titles and headlines (page_heads) and the edges found so far (story_edges: consolidate.pages.Edges).
An add brings the edges of its own pages, found by looking their band keys and headlines up; the
stored edges stay what they are (each is a pair of pages, decided by those two alone). The links are
then written from all the edges, in the whole build's order (pages.write_links), so they are the
same as linking every page again."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np

from dipnet.consolidate.minhash import BANDS, band_keys, candidates, fold, same_band, shingles, signature, similarity
from dipnet.consolidate.pages import NEAR_DUPLICATE, Edges, Prepared, Stories, _like, teaser_text, write_links
from dipnet.consolidate.sigtable import SigTable
from dipnet.store import lookups

LINK_COLUMNS = {
    "page_bands": (("kind", "string"), ("band", "int8"), ("key", "uint64"), ("doc_id", "string"), ("idx", "int32")),
    "page_heads": (("head", "string"), ("doc_id", "string"), ("idx", "int32")),
    "story_edges": (("kind", "string"), ("doc_a", "string"), ("idx_a", "int32"), ("doc_b", "string"),
                    ("score", "float64"), ("head", "string")),
}


def _table(name: str, cols: dict[str, list[Any]]) -> Any:
    import pyarrow as pa

    return pa.table({c: pa.array(cols[c], getattr(pa, t)()) for c, t in LINK_COLUMNS[name]})


def usable(con: Any) -> bool:
    """Whether the store keeps the band keys of every page it has signatures of (one consolidated
    before it did, or by a path that does not keep them: no)."""
    return lookups.link_state_usable(con)


def state_rows(docs: list[dict], briefs: list[dict], have: Prepared, edges: Edges | None,
               bands: bool = True) -> dict[str, Any]:
    """The rows these pages add to page_bands (unless not `bands`: the whole build stages them as it
    prepares the pages, band_rows) and page_heads (briefs: only those with a headline, as Edges reads),
    and story_edges whole when `edges` is given, as pyarrow Tables."""
    out = {"page_bands": band_rows([d["doc_id"] for d in docs], briefs, have)} if bands else {}
    heads: dict[str, list[Any]] = {"head": [], "doc_id": [], "idx": []}
    for d in docs:
        if t := fold(d["title"] or ""):
            heads["head"].append(t)
            heads["doc_id"].append(d["doc_id"])
            heads["idx"].append(-1)
    for b in briefs:
        if h := fold(b["headline"] or ""):
            heads["head"].append(h)
            heads["doc_id"].append(b["doc_id"])
            heads["idx"].append(b["idx"])
    out["page_heads"] = _table("page_heads", heads)
    if edges is not None:
        out["story_edges"] = edge_rows(edges)
    return out


def band_rows(ids: list[str], briefs: list[dict], have: Prepared) -> Any:
    """The rows of page_bands of these pages (main article, opening) and teasers (those with a headline),
    as one pyarrow Table."""
    import pyarrow as pa

    parts: list[Any] = []

    def add(kind: str, units: list[tuple[str, int]], table: SigTable, keys: list[Any]) -> None:
        """The band keys of these units (their signatures: `keys` of `table`), as one Arrow table (numpy
        columns: no Python int a key), the signatures read a chunk at a time (not stacked at once)."""
        if not units:
            return
        keys_of = np.concatenate([band_keys(sigs) for sigs in table.chunks(keys)])
        n = len(units)
        parts.append(pa.table({
            "kind": pa.array(np.full(n * BANDS, kind, dtype=object), pa.string()),
            "band": pa.array(np.tile(np.arange(BANDS, dtype=np.int8), n)),
            "key": pa.array(keys_of.ravel()),
            "doc_id": pa.array(np.repeat(np.array([u[0] for u in units], dtype=object), BANDS), pa.string()),
            "idx": pa.array(np.repeat(np.array([u[1] for u in units], dtype=np.int32), BANDS))}))

    add("m", [(d, -1) for d in ids], have.main, ids)
    add("p", [(d, -1) for d in ids], have.opening, ids)
    titled = [b for b in briefs if fold(b["headline"] or "")]
    units = [(b["doc_id"], b["idx"]) for b in titled]
    teasers = have.teasers
    if any(u not in teasers for u in units):  # as pages.edges_of: made here
        teasers = SigTable((u, _brief_sig(have, b)) for u, b in zip(units, titled, strict=True))
    add("b", units, teasers, units)
    return pa.concat_tables(parts) if parts else _table("page_bands", {c: [] for c, _ in LINK_COLUMNS["page_bands"]})


def _brief_sig(have: Prepared, b: dict) -> np.ndarray:
    sig = have.briefs.get((b["doc_id"], b["idx"]))
    return sig if sig is not None else signature(shingles(teaser_text(b), 3))  # as pages.edges_of


def edge_rows(edges: Edges) -> Any:
    rows: dict[str, list[Any]] = {c: [] for c, _ in LINK_COLUMNS["story_edges"]}

    def add(kind: str, a: str, i: int, b: str | None, score: float | None, head: str | None) -> None:
        for c, v in zip(("kind", "doc_a", "idx_a", "doc_b", "score", "head"), (kind, a, i, b, score, head), strict=True):
            rows[c].append(v)

    for a, b, s in edges.near:
        add("n", a, -1, b, s, None)
    for doc, idx, other in edges.titled:
        add("t", doc, idx, other, None, None)
    for doc, idx, other, s in edges.like:
        add("l", doc, idx, other, s, None)
    for head, units in edges.same.items():
        for doc, idx in units:
            add("s", doc, idx, None, None, head)
    return _table("story_edges", rows)


def stored_edges(con: Any) -> Edges:
    out = Edges()
    same: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for kind, a, i, b, s, head in lookups.story_edges(con):
        if kind == "n":
            out.near.append((a, b, s))
        elif kind == "t":
            out.titled.append((a, i, b))
        elif kind == "l":
            out.like.append((a, i, b, s))
        else:
            same[head].append((a, i))
    out.same = {h: sorted(u) for h, u in same.items()}
    return out


def _sigs(con: Any, kind: str, keys: list[tuple[str, int]]) -> dict[tuple[str, int], np.ndarray]:
    return {(d, i): np.frombuffer(b, dtype=np.uint64) for d, i, b in lookups.signatures(con, kind, keys)}


def links_added(con: Any, docs: list[dict], briefs: list[dict], fresh: Prepared) -> tuple[list[dict], Stories, dict]:
    """The links and stories of every page after adding `docs` (with their `briefs` and signatures
    `fresh`), and the rows they add to the link state (story_edges whole)."""
    edges = stored_edges(con)
    new = state_rows(docs, briefs, fresh, None)
    # stored units sharing a band key with a new one, of the kinds compared: main with main, teaser with opening
    hits = lookups.band_hits(con, new["page_bands"])
    old_main = _sigs(con, "m", sorted({(h[4], -1) for h in hits if h[3] == "m"}))
    old_open = _sigs(con, "p", sorted({(h[4], -1) for h in hits if h[3] == "p"}))
    old_brief = _sigs(con, "b", sorted({(h[4], h[5]) for h in hits if h[3] == "b"}))

    def key(kind: str, doc: str, idx: int) -> str:
        return f"b\t{doc}\t{idx}" if kind == "b" else f"p\t{doc}"

    def sig(kind: str, doc: str, idx: int, old: bool) -> np.ndarray:
        if kind == "m":
            return old_main[(doc, -1)] if old else fresh.pages[doc][0]
        if kind == "p":
            return old_open[(doc, -1)] if old else fresh.pages[doc][1]
        return old_brief[(doc, idx)] if old else _brief_sig(fresh, {"doc_id": doc, "idx": idx, **by_unit[(doc, idx)]})

    by_unit = {(b["doc_id"], b["idx"]): b for b in briefs}
    for nk, nd, ni, ok, od, oi in hits:
        a, b = sig(nk, nd, ni, False), sig(ok, od, oi, True)
        if not same_band(a, b):  # an equal key of unequal bands
            continue
        if nk == "m":
            score = similarity(a, b)
            if score >= NEAR_DUPLICATE:
                edges.near.append((min(nd, od), max(nd, od), score))
        elif like := _like(key(nk, nd, ni), key(ok, od, oi), {key(nk, nd, ni): a, key(ok, od, oi): b}):
            edges.like.append(like)
    # the new pages among themselves, as the whole build compares them
    mains = {d["doc_id"]: fresh.pages[d["doc_id"]][0] for d in docs}
    for x, y in candidates(mains):
        if (score := similarity(mains[x], mains[y])) >= NEAR_DUPLICATE:
            edges.near.append((x, y, score))
    heads = new["page_heads"].to_pylist()
    teasers = {key("p", d["doc_id"], -1): fresh.pages[d["doc_id"]][1] for d in docs}
    by_unit = {(b["doc_id"], b["idx"]): b for b in briefs}
    teasers |= {key("b", h["doc_id"], h["idx"]): _brief_sig(fresh, by_unit[(h["doc_id"], h["idx"])])
                for h in heads if h["idx"] >= 0}
    for ka, kb in candidates(teasers):
        if like := _like(ka, kb, teasers):
            edges.like.append(like)
    # teasers whose headline is a page's title, and headlines teasers share, with the stored pages
    stored = lookups.heads_of(con, sorted({h["head"] for h in heads}))
    titles: dict[str, list[str]] = defaultdict(list)
    units: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for h, d, i in [*stored, *((h["head"], h["doc_id"], h["idx"]) for h in heads)]:
        (titles[h].append(d) if i < 0 else units[h].append((d, i)))
    new_docs = {d["doc_id"] for d in docs}
    for h, us in units.items():
        for doc, idx in us:
            edges.titled.extend((doc, idx, other) for other in titles.get(h, ())
                                if other != doc and (doc in new_docs or other in new_docs))
        if len(us) > 1:
            edges.same[h] = sorted(us)
    links, stories = write_links(edges)
    new["story_edges"] = edge_rows(edges)
    return links, stories, new
