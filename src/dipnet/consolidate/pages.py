"""Pages across the store: near-duplicates (MinHash/LSH over character shingles), a teaser of one
page that is the main article of another, the same teaser under several pages; and the story
groups these links make, which event consolidation reads."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dipnet.consolidate.minhash import candidates_of, fold, shingles, signature, similarity
from dipnet.consolidate.sigtable import SigTable

NEAR_DUPLICATE = 0.8  # estimated Jaccard of the main articles' 5-shingles
TEASER_OF = 0.5  # a teaser (headline + summary) against a page's opening (title + lead)
Unit = tuple[str, int]  # (doc_id, brief index); -1 is the main article


class Stories:
    """Union-find over page units: two units in one story report the same news."""

    def __init__(self) -> None:
        self.parent: dict[Unit, Unit] = {}

    def find(self, u: Unit) -> Unit:
        self.parent.setdefault(u, u)
        while self.parent[u] != u:
            self.parent[u] = self.parent[self.parent[u]]
            u = self.parent[u]
        return u

    def union(self, a: Unit, b: Unit) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def same(self, a: Unit, b: Unit) -> bool:
        return self.find(a) == self.find(b)


def _main_texts(docs: list[dict], segments: list[dict]) -> dict[str, tuple[str, str]]:
    """doc_id -> (main article text, opening: title and lead)."""
    main: dict[str, list[str]] = defaultdict(list)
    lead: dict[str, list[str]] = defaultdict(list)
    for s in segments:
        if s["brief"] is None and s["kind"] not in ("endmark", "attribution", "dateline", "caption"):
            main[s["doc_id"]].append(s["text"] or "")
            if s["kind"] in ("lead",) or (s["kind"] == "body" and len(lead[s["doc_id"]]) < 1):
                lead[s["doc_id"]].append(s["text"] or "")
    out = {}
    for d in docs:
        text = "\n".join(main.get(d["doc_id"], [])) or (d["text"] or "")
        opening = (d["title"] or "") + "\n" + ("\n".join(lead.get(d["doc_id"], [])) or text[:300])
        out[d["doc_id"]] = (text, opening)
    return out


def teaser_text(brief: dict) -> str:
    return (brief["headline"] or "") + (brief.get("summary") or "")


def prepare(docs: list[dict], segments: list[dict], briefs: list[dict], into: Prepared | None = None) -> Prepared:
    """The per-page part of linking: each page's signatures (main article, opening) and each teaser's,
    added to `into` (else to a new Prepared). A function of each page's own rows only, so it runs once
    per page, anywhere (on Dask workers)."""
    out = into if into is not None else Prepared()
    for d, (t, o) in _main_texts(docs, segments).items():
        out.main.add(d, signature(shingles(t)))
        out.opening.add(d, signature(shingles(o, 3)))
    for b in briefs:
        out.teasers.add((b["doc_id"], b["idx"]), signature(shingles(teaser_text(b), 3)))
    return out


class _Pages(Mapping[str, tuple[np.ndarray, np.ndarray]]):
    """Prepared.pages: doc_id -> (main article's signature, opening's), read from the two tables."""

    def __init__(self, p: Prepared) -> None:
        self.p = p

    def __getitem__(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        return self.p.main[doc], self.p.opening[doc]

    def __iter__(self) -> Iterator[str]:
        return iter(self.p.main)

    def __len__(self) -> int:
        return len(self.p.main)

    def __contains__(self, doc: object) -> bool:
        return doc in self.p.main


class Prepared:
    """Signatures by page, (main article's 5-shingles, opening's 3-shingles), and by teaser, each kind
    held as one table of uint32 rows (sigtable.SigTable: a fraction of an array and dict entry a
    signature); `pages` and `briefs` read them as mappings of uint64 arrays."""

    def __init__(self, pages: Mapping[str, tuple[np.ndarray, np.ndarray]] | None = None,
                 briefs: Mapping[Unit, np.ndarray] | None = None) -> None:
        self.main, self.opening, self.teasers = SigTable(), SigTable(), SigTable()
        for d, (m, o) in (pages or {}).items():
            self.main.add(d, m)
            self.opening.add(d, o)
        for k, s in (briefs or {}).items():
            self.teasers.add(k, s)

    @property
    def pages(self) -> _Pages:
        return _Pages(self)

    @property
    def briefs(self) -> SigTable:
        return self.teasers

    def update(self, other: Prepared) -> None:
        self.main.update(other.main)
        self.opening.update(other.opening)
        self.teasers.update(other.teasers)

    def copy(self) -> Prepared:
        out = Prepared()
        out.update(self)
        return out


@dataclass
class Edges:
    """What links pages, before the order of linking decides which links are written: near-duplicate
    pairs (a, b, score), teasers whose headline is another page's title (page, brief, other page),
    teasers like another page's opening (page, brief, other page, score; only those scoring enough,
    of other pages), and the units of each headline two teasers or more share, in order."""

    near: list[tuple[str, str, float]] = field(default_factory=list)
    titled: list[tuple[str, int, str]] = field(default_factory=list)
    like: list[tuple[str, int, str, float]] = field(default_factory=list)
    same: dict[str, list[Unit]] = field(default_factory=dict)


def link_pages(docs: list[dict], segments: list[dict], briefs: list[dict],
               prepared: Prepared | None = None) -> tuple[list[dict[str, Any]], Stories]:
    """Links between pages and the stories they make; `prepared` holds the signatures already
    computed (the rest are computed here), so that the result is the same either way."""
    return write_links(edges_of(docs, segments, briefs, prepared))


def edges_of(docs: list[dict], segments: list[dict], briefs: list[dict], prepared: Prepared | None = None) -> Edges:
    """The Edges between these pages (consolidate.links finds those an add brings instead)."""
    have = prepared or Prepared()
    todo = [d for d in docs if d["doc_id"] not in have.pages]
    if todo:
        ids = {d["doc_id"] for d in todo}
        have.update(prepare(todo, [s for s in segments if s["doc_id"] in ids],
                            [b for b in briefs if b["doc_id"] in ids]))
    out = Edges()
    mains = list(dict.fromkeys(d["doc_id"] for d in docs))
    rows = have.main.rows(mains)
    for a, b in sorted(candidates_of(mains, lambda lo, hi: have.main.wide(rows, lo, hi))):
        score = similarity(have.main[a], have.main[b])
        if score >= NEAR_DUPLICATE:
            out.near.append((a, b, score))
    titles: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if fold(d["title"] or ""):
            titles[fold(d["title"])].append(d["doc_id"])
    # the teasers' keys ("p\tdoc": a page's opening, "b\tdoc\tidx": a teaser) and where each signature is held
    teasers = _Teasers()
    for doc in mains:
        teasers.put(f"p\t{doc}", have.opening, doc)
    by_headline: dict[str, list[Unit]] = defaultdict(list)
    for br in briefs:
        doc, idx, head = br["doc_id"], br["idx"], fold(br["headline"] or "")
        if not head:
            continue
        by_headline[head].append((doc, idx))
        out.titled.extend((doc, idx, other) for other in titles.get(head, []) if other != doc)
        if (doc, idx) in have.teasers:
            teasers.put(f"b\t{doc}\t{idx}", have.teasers, (doc, idx))
        else:
            teasers.extra.add((doc, idx), signature(shingles(teaser_text(br), 3)))
            teasers.put(f"b\t{doc}\t{idx}", teasers.extra, (doc, idx))
    for ka, kb in teasers.candidates():
        if like := _like(ka, kb, teasers):
            out.like.append(like)
    out.same = {h: units for h, units in by_headline.items() if len(units) > 1}
    return out


class _Teasers:
    """The signatures pages.edges_of compares teasers by, by key, each read from the table holding it."""

    def __init__(self) -> None:
        self.where: dict[str, tuple[SigTable, Any]] = {}
        self.extra = SigTable()  # teasers not prepared: their signatures made here

    def put(self, name: str, table: SigTable, key: Any) -> None:
        self.where[name] = (table, key)

    def __getitem__(self, name: str) -> np.ndarray:
        table, key = self.where[name]
        return table[key]

    def candidates(self) -> set[tuple[str, str]]:
        names = list(self.where)
        parts: dict[int, tuple[SigTable, list[int], list[Any]]] = {}
        for i, name in enumerate(names):
            table, key = self.where[name]
            part = parts.setdefault(id(table), (table, [], []))
            part[1].append(i)
            part[2].append(key)
        order = [i for _, at, _ in parts.values() for i in at]
        held = [(t, t.rows(keys)) for t, _, keys in parts.values()]
        return candidates_of([names[i] for i in order],
                             lambda lo, hi: np.concatenate([t.wide(r, lo, hi) for t, r in held]))


def _like(ka: str, kb: str, sigs: Any) -> tuple[str, int, str, float] | None:
    """A teaser (key "b\tdoc\tidx") and another page's opening (key "p\tdoc") alike enough."""
    pa, pb = ka.split("\t"), kb.split("\t")
    if {pa[0], pb[0]} != {"b", "p"}:
        return None
    teaser, page = (pa, pb) if pa[0] == "b" else (pb, pa)
    doc, idx, other = teaser[1], int(teaser[2]), page[1]
    if other == doc:
        return None
    score = similarity(sigs[ka], sigs[kb])
    return (doc, idx, other, score) if score >= TEASER_OF else None


def write_links(edges: Edges) -> tuple[list[dict[str, Any]], Stories]:
    """The links edges make and their stories: near-duplicates, then teasers by title, then teasers
    by likeness (in the order of their keys, each unless its teaser and page are one story
    already), then teasers sharing a headline (each joins the headline's first)."""
    stories = Stories()
    links: list[dict[str, Any]] = []
    for a, b, score in sorted(edges.near):
        links.append({"doc_a": a, "doc_b": b, "kind": "near_duplicate", "brief": None, "score": score})
        stories.union((a, -1), (b, -1))
    for doc, idx, other in edges.titled:
        links.append({"doc_a": doc, "doc_b": other, "kind": "teaser_of", "brief": idx, "score": 1.0})
        stories.union((doc, idx), (other, -1))
    for doc, idx, other, score in sorted(edges.like, key=lambda e: (f"b\t{e[0]}\t{e[1]}", f"p\t{e[2]}")):
        if not stories.same((doc, idx), (other, -1)):
            links.append({"doc_a": doc, "doc_b": other, "kind": "teaser_of", "brief": idx, "score": score})
            stories.union((doc, idx), (other, -1))
    for _head, units in sorted(edges.same.items()):
        first = units[0]
        for u in units[1:]:
            if u[0] != first[0]:
                links.append({"doc_a": u[0], "doc_b": first[0], "kind": "same_teaser", "brief": u[1], "score": 1.0})
            stories.union(first, u)
    links.sort(key=lambda r: (r["doc_a"], r["doc_b"], r["kind"], r["brief"] if r["brief"] is not None else -1))
    return links, stories
