"""Timelines across pages: the positions each person is seen holding, the relationship levels of
each country pair (from relation statements and RELATION_CHANGE events), and the dated claims of
facts, kept side by side when they change (190 countries in 2022, 193 later)."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from typing import Any

from dipnet.consolidate.entities import Resolver
from dipnet.consolidate.events import interval
from dipnet.kb import KnowledgeBase


def _earliest(values: list[str]) -> str | None:
    """The earliest of partial ISO dates; within the earliest year the most precise one."""
    vals = [v for v in values if v]
    if not vals:
        return None
    year = min(v[:4] for v in vals)
    return max((v for v in vals if v.startswith(year)), key=lambda v: (len(v), "~" if len(v) == 0 else v))


def role_timeline(rows: list[dict], res: Resolver, kb: KnowledgeBase) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        pid = res.resolve(r["person"], r["doc_id"])
        if pid and res.type(pid) == "PERSON":
            groups[(pid, r["title"])].append(r)
    out = []
    people = set()
    for (pid, title), rs in sorted(groups.items()):
        people.add(pid)
        seen = sorted(r["as_of"] for r in rs if r["as_of"])
        docs = sorted({r["doc_id"] for r in rs})
        out.append({"person_id": pid, "person": res.name(pid, rs[0]["person"]), "title": title,
                    "body": next((r["body"] for r in rs if r["body"]), None),
                    "country": next((r["country"] for r in rs if r["country"]), None),
                    "first_seen": seen[0] if seen else None, "last_seen": seen[-1] if seen else None,
                    "n_docs": len(docs), "doc_ids": json.dumps(docs), "evidence": rs[0]["evidence"], "origin": "pages"})
    for pid in sorted(people):
        for p in kb.positions(pid):
            out.append({"person_id": pid, "person": res.name(pid), "title": p.title, "body": p.body,
                        "country": p.country, "first_seen": p.start, "last_seen": p.end, "n_docs": 0,
                        "doc_ids": "[]", "evidence": None, "origin": "kb"})
    return out


def relation_timeline(rows: list[dict], events: list[dict], res: Resolver,
                      published: dict[tuple[str, int], str | None]) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(a_id: str, b_id: str, level: str, since: str | None, attested: str | None, doc: str | None,
            evidence: str | None, event_id: str | None) -> None:
        if a_id == b_id or not level:
            return
        pa, pb = sorted((a_id, b_id))
        g = groups.setdefault((pa, pb, level), {"since": [], "attested": [], "docs": set(), "evidence": evidence,
                                                "event_id": None, "event_since": None})
        g["since"].append(since)
        g["attested"].append(attested)
        if doc:
            g["docs"].add(doc)
        if event_id and (g["event_id"] is None or (since or "") < (g["event_since"] or "~")):
            g["event_id"], g["event_since"] = event_id, since

    for r in rows:
        a = res.country(res.resolve(r["a"], r["doc_id"])) or res.resolve(r["a"], r["doc_id"])
        b = res.country(res.resolve(r["b"], r["doc_id"])) or res.resolve(r["b"], r["doc_id"])
        if a and b:
            pub = published.get((r["doc_id"], r["brief"] if r["brief"] is not None else -1))
            add(a, b, r["level"], r["since"], pub, r["doc_id"], r["evidence"], None)
    for e in events:
        level = (json.loads(e["attributes"]) or {}).get("level") if e["type"] == "RELATION_CHANGE" else None
        ids = [i for i in json.loads(e["participant_ids"]) if i.startswith("country:")]
        if level and len(ids) >= 2 and e["status"] == "occurred":
            for other in ids[1:]:
                add(ids[0], other, level, e["date"], e["date"], None, e["evidence"].split(" | ")[0], e["event_id"])
    out = []
    for (pa, pb, level), g in sorted(groups.items()):
        since, attested = _earliest(g["since"]), _earliest(g["attested"])
        if g["event_id"] and not since:
            since = g["event_since"]
        span = interval(since or attested)
        out.append({"pair_a": pa, "pair_b": pb, "a": res.name(pa, pa), "b": res.name(pb, pb), "level": level,
                    "since": since, "attested": attested, "in_force": span[0] if span else None,
                    "event_id": g["event_id"], "doc_ids": json.dumps(sorted(g["docs"])), "evidence": g["evidence"]})
    return out


def fact_claims(rows: list[dict], res: Resolver, published: dict[tuple[str, int], str | None]) -> list[dict[str, Any]]:
    groups: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        sid = res.resolve(r["subject"], r["doc_id"]) or r["subject"]
        value = json.loads(r["value"]) if isinstance(r["value"], str) else r["value"]
        key = (sid, r["predicate"], r["unit"], json.dumps(value), r["as_of"] or "")
        g = groups.setdefault(key, {"subject": res.name(sid, r["subject"]), "value": value, "docs": set(),
                                    "pubs": [], "evidence": r["evidence"]})
        g["docs"].add(r["doc_id"])
        g["pubs"].append(published.get((r["doc_id"], r["brief"] if r["brief"] is not None else -1)))
    out = []
    for (sid, pred, unit, vjson, as_of), g in sorted(groups.items()):
        pub = _earliest(g["pubs"])
        span = interval(as_of or pub)
        day = span[1] if span else None
        pub_span = interval(pub)
        if day and pub_span and pub_span[1] < day:  # a count "in 2022" on a page of 2022-08 is as of that page
            day = pub_span[1]
        v = g["value"]
        out.append({"claim_id": hashlib.sha1("|".join(map(str, (sid, pred, unit, vjson, as_of))).encode()).hexdigest()[:16],
                    "subject": g["subject"], "subject_id": sid, "predicate": pred, "value": vjson,
                    "value_num": float(v) if isinstance(v, int | float) else None, "unit": unit,
                    "as_of": as_of or None, "as_of_day": day, "first_published": pub, "n_docs": len(g["docs"]),
                    "doc_ids": json.dumps(sorted(g["docs"])), "evidence": g["evidence"]})
    return out
