"""The role timeline's groups (a person's posts) after an add, merged from their stored rows and
the rows the add brings, instead of recounted over every page they cite: a head of state's group
cites a third of the pages of a large store.

A group the add only adds rows to (it cites none of the pages it touches and names no entity that
changed: regroup) is what recounting its stored rows and the new ones gives: pages and dates by
union, the first row (whose person and evidence it shows) the first in the rows' order (by page),
body and country the first given in that order. Only the last two need more than the stored row:
when both sides give one, the page of the stored one is read (the first page the group cites, one
page a group); when that page gives none and the new one comes after it, the group is recounted."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from dipnet.store import lookups

Rows = list[dict[str, Any]]
FIRST = ("body", "country")  # the first of the rows' values given


def _firsts(rows: Rows, compute: Callable[[Rows], Rows]) -> dict[tuple[str, str], dict[str, str]]:
    """(person, post) -> the first page (in order) giving each of FIRST, of these rows a page at a time."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    by_doc: dict[str, Rows] = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    compute(rows)  # all at once first: what resolving them reads is read at once (Resolver.prefetch), not a page at a time
    for doc in sorted(by_doc):
        for t in compute(by_doc[doc]):
            if t["origin"] == "pages":
                got = out.setdefault((t["person_id"], t["title"]), {})
                for c in FIRST:
                    if t[c] is not None:
                        got.setdefault(c, doc)
    return out


def merge_roles(store: Any, groups: set[str], new_rows: Rows, new: Rows,
                compute: Callable[[Rows], Rows]) -> tuple[Rows, set[str]]:
    """The role_timeline rows of these groups with the rows `new_rows` adds (`new`: their timeline
    rows, compute(new_rows)), and the groups that are to be recounted instead."""
    stored = lookups.timeline_rows(store.con, "role_timeline", "person_id", groups)
    old = {(r["person_id"], r["title"]): r for r in stored if r["origin"] == "pages"}
    added = {(r["person_id"], r["title"]): r for r in new if r["person_id"] in groups and r["origin"] == "pages"}
    both = [k for k in added if k in old and any(old[k][c] is not None and added[k][c] is not None for c in FIRST)]
    new_first = _firsts(new_rows, compute) if both else {}
    pages = sorted({json.loads(old[k]["doc_ids"])[0] for k in both})
    old_first = _firsts(store.rows("roles", None, pages), compute) if pages else {}
    out: Rows = []
    again: set[str] = set()
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for k, n in added.items():
        o = old.get(k)
        if o is None:
            merged[k] = n
            continue
        od, nd = json.loads(o["doc_ids"]), json.loads(n["doc_ids"])
        row = dict(n if nd[0] < od[0] else o)  # the first row's person and evidence
        for c in FIRST:
            if o[c] is None or n[c] is None:
                row[c] = n[c] if o[c] is None else o[c]
                continue
            mine = new_first.get(k, {}).get(c)
            theirs = od[0] if old_first.get(k, {}).get(c) == od[0] else None
            if mine is None or (theirs is None and mine > od[0]):
                again.add(k[0])  # where the stored one is given is not known
                break
            row[c] = n[c] if mine < od[0] else o[c]  # theirs unknown: mine is before the group's first page
        seen = sorted(s for s in (o["first_seen"], o["last_seen"], n["first_seen"], n["last_seen"]) if s)
        docs = sorted(set(od) | set(nd))
        row.update(first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None, n_docs=len(docs),
                   doc_ids=json.dumps(docs))
        merged[k] = row
    for r in stored:
        if r["person_id"] not in again and (r["origin"] != "pages" or (r["person_id"], r["title"]) not in merged):
            out.append(r)
    out += [r for k, r in merged.items() if k[0] not in again]
    # a group new to the store: its rows as computed (its knowledge-base rows with them)
    fresh = groups - {r["person_id"] for r in stored} - again
    out += [r for r in new if r["person_id"] in fresh and r["origin"] == "kb"]
    return out, again
