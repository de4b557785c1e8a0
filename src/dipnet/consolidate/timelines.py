"""Timelines across pages: the positions each person is seen holding, the relationship levels of
each country pair (from relation statements and RELATION_CHANGE events), and the dated claims of
facts, kept side by side when they change (190 countries in 2022, 193 later)."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from dipnet.consolidate.entities import Resolver
from dipnet.consolidate.events import interval
from dipnet.extract.facts import load_data
from dipnet.extract.relations import level_names, level_pattern
from dipnet.kb import KnowledgeBase


def _earliest(values: list[str]) -> str | None:
    """The earliest of partial ISO dates; within the earliest year the most precise one."""
    vals = [v for v in values if v]
    if not vals:
        return None
    year = min(v[:4] for v in vals)
    return max((v for v in vals if v.startswith(year)), key=lambda v: (len(v), "~" if len(v) == 0 else v))


@lru_cache(maxsize=1)
def role_words() -> dict[str, Any]:
    """The words of `data/roles.toml`: `prefixes`, `folds` and `rank_marks` (the UI's person view
    tells posts apart with the same words)."""
    with open(Path(__file__).parent / "data" / "roles.toml", "rb") as f:
        return tomllib.load(f)


def _role_words() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    data = role_words()
    return tuple(data["prefixes"]), tuple((a, b) for a, b in data["folds"])


@lru_cache(maxsize=65536)  # titles repeat across pages: a hub person's thousands of rows give a few posts
def post_of(title: str) -> str:
    """The post a written title names: 新任越共中央总书记 and 越南共产党中央委员会总书记 are 越共中央总书记."""
    prefixes, folds = _role_words()
    t = title.strip()
    for p in prefixes:
        if t.startswith(p) and len(t) > len(p) + 1:
            t = t[len(p):]
            break
    for a, b in folds:
        t = t.replace(a, b)
    return t


# rows of a stream read at once (their pages prefetched together) by the timelines
PART = 20_000


def _parts(rows: Iterable[dict], res: Resolver) -> Iterator[dict]:
    """The rows, the pages of each part prefetched (Resolver.prefetch) before its rows are read: a list
    whole (an add's groups), a stream PART rows at a time (the whole build's: store.iter_rows)."""
    if isinstance(rows, list):
        res.prefetch({r["doc_id"] for r in rows})
        yield from rows
        return
    it = iter(rows)
    while part := list(islice(it, PART)):
        res.prefetch({r["doc_id"] for r in part})
        yield from part


def role_timeline(rows: Iterable[dict], res: Resolver, kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Each person's posts as pages write them, each post once (titles folded to their post), then
    the knowledge base's positions of that person. `rows`: a list, or a stream (_parts: each post's
    rows folded as read, never all of them in memory)."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in _parts(rows, res):
        pid = res.resolve(r["person"], r["doc_id"])
        if pid and res.type(pid) == "PERSON":
            key = (pid, post_of(r["title"]))
            if (g := groups.get(key)) is None:  # the post's first row: its person and evidence
                g = groups[key] = {"person": r["person"], "evidence": r["evidence"], "seen": [], "docs": set(), "body": None, "country": None}
            if r["as_of"]:
                g["seen"].append(r["as_of"])
            g["docs"].add(r["doc_id"])
            g["body"] = g["body"] or r["body"] or None  # the first row's that has one
            g["country"] = g["country"] or r["country"] or None
    out = []
    people = set()
    for (pid, title), g in sorted(groups.items(), key=lambda kv: kv[0]):
        people.add(pid)
        seen = sorted(g["seen"])
        out.append({"person_id": pid, "person": res.name(pid, g["person"]), "title": title,
                    "body": g["body"], "country": g["country"],
                    "first_seen": seen[0] if seen else None, "last_seen": seen[-1] if seen else None,
                    "n_docs": len(g["docs"]), "doc_ids": json.dumps(sorted(g["docs"])), "evidence": g["evidence"],
                    "origin": "pages"})
    for pid in sorted(people):
        for p in kb.positions(pid):
            out.append({"person_id": pid, "person": res.name(pid), "title": p.title, "body": p.body,
                        "country": p.country, "first_seen": p.start, "last_seen": p.end, "n_docs": 0,
                        "doc_ids": "[]", "evidence": None, "origin": "kb"})
    return out


def _stated(since: str | None, evidence: str | None) -> bool:
    """Whether the sentence itself gives the start: its year is written there (2008年建立), or an
    anniversary dates it (建交65周年). A start taken from the page's date is no start: a mention
    attests the level on that day, nothing more."""
    if not since or not evidence:
        return False
    return since[:4] in evidence or "周年" in evidence


def _as_written(since: str, evidence: str | None) -> str:
    """A stated start at the precision the sentence writes it: 建交70周年 gives the year, no more
    (a day known elsewhere is no page's evidence); 1967年6月24日 gives the day."""
    parts = since.split("-")
    text = evidence or ""
    if since[:4] not in text:
        return since[:4]
    # as numbers of their own: the 2月 of a start is not the end of 12月
    if len(parts) >= 2 and not re.search(rf"(?<!\d)0?{int(parts[1])}月", text):
        return parts[0]
    if len(parts) == 3 and not re.search(rf"(?<!\d)0?{int(parts[2])}日", text):
        return "-".join(parts[:2])
    return since


def party_kind(entity_id: str | None) -> str | None:
    """'state', 'body' (ASEAN, the EU …) or None: what may be a party to a state's relations."""
    if not entity_id:
        return None
    non_states, bodies = _parties()
    if entity_id.startswith("country:"):
        return None if entity_id.split(":", 1)[1] in non_states else "state"
    return "body" if entity_id in bodies else None


def level_of(name: str) -> str:
    return dict(level_names())[name]


@lru_cache(maxsize=1)
def _parties() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("relations.toml")
    return frozenset(data["non_states"]), frozenset(data["party_orgs"])


_PERFECT = re.compile(r"已经?(?:与|同|和)?[^,。;]{0,16}?(?:建立|提升|升级)")  # 已建立: a state, not an act
_WHEN = re.compile(r"\d{4}年|\d{1,2}月|\d{1,2}日|今年|本月|今天|当天|同日|去年|上月")


def _event_level(e: dict[str, Any]) -> tuple[str | None, str | None]:
    """The level a RELATION_CHANGE event set and the report saying so: its `level` attribute, else
    the level its sentence names (建交 names diplomatic relations). A sentence saying the level is
    already held (两国已建立…), with no time of its own, reports a state, not the event."""
    level = (json.loads(e["attributes"]) or {}).get("level")
    for evidence in (e["evidence"] or "").split(" | "):
        if _PERFECT.search(evidence) and not _WHEN.search(evidence):
            continue
        hit = level_pattern().search(evidence)
        if level and (hit is None or level_of(hit.group()) == level):
            return level, evidence
        if not level and hit:
            return level_of(hit.group()), evidence
    return None, None


def event_pairs(e: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    """(first party, other party, level, evidence) of each pair a RELATION_CHANGE event moves to a
    level (none for another event, one not occurred, undated or of no level)."""
    if e["type"] != "RELATION_CHANGE" or e["status"] != "occurred" or not e["date"]:
        return []
    level, evidence = _event_level(e)
    ids = [i for i in json.loads(e["participant_ids"]) if party_kind(i)]
    if not level or len(ids) < 2:
        return []
    return [(ids[0], other, level, evidence) for other in ids[1:]]


def relation_timeline(rows: Iterable[dict], events: list[dict], res: Resolver,
                      published: dict[tuple[str, int], str | None]) -> list[dict[str, Any]]:
    """One row per pair and level: `since` from a start the text states or the upgrade event that
    set it (the earliest), `attested` from the first page that mentions it, the evidence (the
    sentence that set it before one that merely mentions it) and the event. `rows`: a list or a stream (_parts)."""
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(a_id: str, b_id: str, level: str, since: str | None, attested: str | None, doc: str | None,
            evidence: str | None, event_id: str | None) -> None:
        if a_id == b_id or not level or not (party_kind(a_id) and party_kind(b_id)):
            return
        pa, pb = sorted((a_id, b_id))
        g = groups.setdefault((pa, pb, level), {"stated": [], "attested": [], "docs": set(), "evidence": None,
                                                "set_by": None, "event_id": None, "event_since": None})
        g["attested"].append(attested)
        if doc:
            g["docs"].add(doc)
        if event_id:
            if g["event_id"] is None or (since or "~") < (g["event_since"] or "~"):
                g["event_id"], g["event_since"], g["set_by"] = event_id, since, evidence
        elif _stated(since, evidence):
            g["stated"].append((since, evidence))
        elif g["evidence"] is None:
            g["evidence"] = evidence

    for r in _parts(rows, res):
        a = res.country(res.resolve(r["a"], r["doc_id"])) or res.resolve(r["a"], r["doc_id"])
        b = res.country(res.resolve(r["b"], r["doc_id"])) or res.resolve(r["b"], r["doc_id"])
        if a and b:
            pub = published.get((r["doc_id"], r["brief"] if r["brief"] is not None else -1))
            add(a, b, r["level"], r["since"], pub, r["doc_id"], r["evidence"], None)
    for e in events:
        for first, other, level, evidence in event_pairs(e):
            add(first, other, level, e["date"], None, None, evidence, e["event_id"])
    out = []
    for (pa, pb, level), g in sorted(groups.items()):
        stated = sorted(g["stated"], key=lambda x: (x[0][:4], -len(x[0])))
        since, evidence = stated[0] if stated else (g["event_since"], g["set_by"])
        if stated and since:
            since = _as_written(since, evidence)
        event_id = g["event_id"] if since and (g["event_since"] or "")[:4] == since[:4] else None
        if since and g["event_since"] and g["event_since"][:4] < since[:4]:
            since, evidence = g["event_since"], g["set_by"]
        attested = _earliest([a for a in g["attested"] if a])
        span = interval(since or attested)
        out.append({"pair_a": pa, "pair_b": pb, "a": res.name(pa, pa), "b": res.name(pb, pb), "level": level,
                    "since": since, "attested": attested, "in_force": span[0] if span else None,
                    "event_id": event_id, "doc_ids": json.dumps(sorted(g["docs"])),
                    "evidence": evidence or g["evidence"] or g["set_by"]})
    return out


def fact_claims(rows: Iterable[dict], res: Resolver, published: dict[tuple[str, int], str | None]) -> list[dict[str, Any]]:
    """Each claim (subject, predicate, unit, value, as of) once, with its pages. `rows`: a list or a stream (_parts)."""
    groups: dict[tuple, dict[str, Any]] = {}
    for r in _parts(rows, res):
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
