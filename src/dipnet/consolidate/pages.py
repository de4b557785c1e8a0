"""Pages across the store: near-duplicates (MinHash/LSH over character shingles), a teaser of one
page that is the main article of another, the same teaser under several pages; and the story
groups these links make, which event consolidation reads."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from dipnet.consolidate.minhash import candidates, fold, shingles, signature, similarity

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


def link_pages(docs: list[dict], segments: list[dict], briefs: list[dict]) -> tuple[list[dict[str, Any]], Stories]:
    texts = _main_texts(docs, segments)
    stories = Stories()
    links: list[dict[str, Any]] = []
    sigs = {d: signature(shingles(t)) for d, (t, _) in texts.items()}
    for a, b in sorted(candidates(sigs)):
        score = similarity(sigs[a], sigs[b])
        if score >= NEAR_DUPLICATE:
            links.append({"doc_a": a, "doc_b": b, "kind": "near_duplicate", "brief": None, "score": score})
            stories.union((a, -1), (b, -1))

    titles: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if fold(d["title"] or ""):
            titles[fold(d["title"])].append(d["doc_id"])
    teaser_sigs: dict[str, Any] = {}
    for d, (_, opening) in texts.items():
        teaser_sigs[f"p\t{d}"] = signature(shingles(opening, 3))
    by_headline: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for br in briefs:
        doc, idx, head = br["doc_id"], br["idx"], fold(br["headline"] or "")
        if not head:
            continue
        by_headline[head].append((doc, idx))
        for other in titles.get(head, []):
            if other != doc:
                links.append({"doc_a": doc, "doc_b": other, "kind": "teaser_of", "brief": idx, "score": 1.0})
                stories.union((doc, idx), (other, -1))
        teaser_sigs[f"b\t{doc}\t{idx}"] = signature(shingles((br["headline"] or "") + (br["summary"] or ""), 3))
    for ka, kb in sorted(candidates(teaser_sigs)):
        pa, pb = ka.split("\t"), kb.split("\t")
        if {pa[0], pb[0]} != {"b", "p"}:
            continue
        teaser, page = (pa, pb) if pa[0] == "b" else (pb, pa)
        doc, idx, other = teaser[1], int(teaser[2]), page[1]
        score = similarity(teaser_sigs[ka], teaser_sigs[kb])
        if other != doc and score >= TEASER_OF and not stories.same((doc, idx), (other, -1)):
            links.append({"doc_a": doc, "doc_b": other, "kind": "teaser_of", "brief": idx, "score": score})
            stories.union((doc, idx), (other, -1))
    for _head, units in sorted(by_headline.items()):
        first = units[0]
        for u in units[1:]:
            if u[0] != first[0]:
                links.append({"doc_a": u[0], "doc_b": first[0], "kind": "same_teaser", "brief": u[1], "score": 1.0})
            stories.union(first, u)
    links.sort(key=lambda r: (r["doc_a"], r["doc_b"], r["kind"], r["brief"] if r["brief"] is not None else -1))
    return links, stories
