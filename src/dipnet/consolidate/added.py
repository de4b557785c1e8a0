"""Entities after an add, merged from the new pages' rows and what the store keeps, not from every
entity row: the same kb_entities, entity_links and resolver as entities.merge_entities over all rows.

A row's entity is its KB id or KB match (its own), or its type and canonical name, which depend on
the rule-found names of its type (kept in rule_names). So an add changes the entity of its own rows
and of the stored rows whose canonical name it changes (通伦 once a page writes 通伦·西苏里), and
only the entities these rows leave or join are merged again: their tallies (names, countries, pages,
first row) are summed in DuckDB over their rows, not read into Python. The name index changes only
in those entities' names; each page's names resolve as its stored links say (a Resolver reads them
a batch of pages at a time), but the pages relinked, whose links are computed here."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from dipnet.consolidate.entities import (
    COLUMNS,
    Resolver,
    _canonical_names,
    _kb_match,
    normalize,
    rule_id,
)
from dipnet.kb import KnowledgeBase
from dipnet.store import lookups, state


@dataclass
class Added:
    """The entities an add merged again (kb_entities rows of those left; `gids` all of them, gone
    ones too), the entity_links rows of the pages relinked (`docs`), the resolver, the names whose
    entity changed and the entities whose name, type or country changed or that are gone."""

    rows: list[dict[str, Any]]
    gids: list[str]
    links: list[dict[str, Any]]
    docs: list[str]
    res: Resolver
    names: list[str]
    refs: list[str]
    rule_names: list[tuple[str, str]] = field(default_factory=list)  # rule-found names the add brings


class StoredLocal:
    """(page, normalized name) -> entity id, read from the stored links a batch of pages at a time,
    but for the pages whose links were computed anew (`fresh`). Kept as page -> name -> entity, each
    name and entity id one string however many pages hold it (a wave of an add reads the links of
    thousands of pages, hundreds of thousands of rows: a tuple and a string of each was most of the
    memory an add took at 100,000 pages)."""

    def __init__(self, con: Any, fresh: dict[tuple[str, str], str], fresh_docs: set[str]) -> None:
        self.con, self.loaded = con, set(fresh_docs)
        self.map: dict[str, dict[str, str]] = {}
        self._norm: dict[str, str] = {}  # a name as written -> normalized, that one string for every page
        self._ids: dict[str, str] = {}  # an entity id, one string
        for (doc, name), gid in fresh.items():
            self.map.setdefault(doc, {})[name] = gid

    def prefetch(self, docs: set[str] | list[str]) -> None:
        cur = state.unread(self.con, docs, self.loaded)
        if cur is None:
            return
        texts: dict[str, list[str]] = {}
        norm, ids, pages = self._norm, self._ids, self.map
        last, names = None, None
        for doc, name, m, gid in lookups.page_links(cur):  # in the order of the rows: the last row giving a name wins
            if doc != last:  # the rows come by page
                last = doc
                names = pages.setdefault(doc, {})
            assert names is not None
            mentions = (texts[m] if m in texts else texts.setdefault(m, json.loads(m))) if m else []
            gid = ids.setdefault(gid, gid)
            for n in (name, *mentions):
                k = norm.get(n)
                if k is None:
                    k = norm[n] = normalize(n)
                names[k] = gid

    def __contains__(self, key: tuple[str, str]) -> bool:
        if key[0] not in self.loaded:
            self.prefetch([key[0]])
        names = self.map.get(key[0])
        return names is not None and key[1] in names

    def __getitem__(self, key: tuple[str, str]) -> str:
        return self.map[key[0]][key[1]]


def usable(con: Any) -> bool:
    """Whether the store keeps what merge_added reads (a store consolidated before it did: no)."""
    return lookups.entity_state_usable(con)


def _read(store: Any, docs: list[str]) -> list[dict[str, Any]]:
    """The entity rows of these pages in store.rows' order, each with its mention list parsed (`parsed`)."""
    texts: dict[str, list[str]] = {}
    out = store.rows("entities", COLUMNS, docs)
    for r in out:
        m = r["mentions"]
        r["parsed"] = (texts[m] if m in texts else texts.setdefault(m, json.loads(m))) if isinstance(m, str) else (m or [])
    return out


def _gids(rows: list[dict[str, Any]], kb: KnowledgeBase) -> tuple[dict[tuple[str, str], str], dict[str, list[dict]]]:
    """Each row's KB id or match by (page, local id), and the rule-found rows without one by type."""
    global_of: dict[tuple[str, str], str] = {}
    pending: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        gid = r["kb_id"] or _kb_match(kb, r["type"], [r["name"], *r["parsed"]])
        if gid:
            global_of[(r["doc_id"], r["entity_id"])] = gid
        else:
            pending[r["type"]].append(r)
    return global_of, pending


def merge_added(store: Any, kb: KnowledgeBase, new_docs: set[str]) -> Added | None:
    """The entities after adding the pages `new_docs` (see the module's docstring); None when the
    store does not keep what this reads (the whole merge must run)."""
    con = store.con
    if not usable(con):
        return None
    rows = _read(store, sorted(new_docs))
    global_of, pending = _gids(rows, kb)
    old_names: dict[str, set[str]] = defaultdict(set)
    for t, n in lookups.rule_names_of(con, pending):
        old_names[t].add(n)
    moved: dict[tuple[str, str], tuple[str, str]] = {}  # (type, name) -> (entity before, now)
    fresh_names: list[tuple[str, str]] = []
    for t, group in pending.items():
        names = {r["name"] for r in group}
        fresh_names += [(t, n) for n in sorted(names - old_names[t])]
        before, now = _canonical_names(old_names[t]), _canonical_names(old_names[t] | names)
        for n in old_names[t]:
            if before[n] != now[n]:
                moved[(t, n)] = (rule_id(t, before[n]), rule_id(t, now[n]))
        for r in group:
            global_of[(r["doc_id"], r["entity_id"])] = rule_id(t, now[r["name"]])
    # the stored rows whose entity the add moves, and every row of their pages
    relinked = sorted(lookups.pages_moved(con, moved) - new_docs)
    old_rows = _read(store, relinked) if relinked else []
    stored = lookups.links_of_pages(con, relinked)
    last: dict[tuple[str, str], dict[str, Any]] = {}
    for r in old_rows:
        last[(r["doc_id"], r["entity_id"])] = r
    for key, r in last.items():  # a page's local id takes its last row's entity (as merge_entities)
        gid = stored[key]
        hit = moved.get((r["type"], r["name"]))
        global_of[key] = hit[1] if hit and hit[0] == gid else gid
    affected = {global_of[(r["doc_id"], r["entity_id"])] for r in rows}
    affected |= {g for v in moved.values() for g in v}

    links = [{"doc_id": r["doc_id"], "local_id": r["entity_id"], "entity_id": global_of[(r["doc_id"], r["entity_id"])]}
             for r in [*rows, *old_rows]]
    links.sort(key=lambda r: (r["doc_id"], r["local_id"]))
    local: dict[tuple[str, str], str] = {}
    for r in sorted([*rows, *old_rows], key=lambda r: r["doc_id"]):  # stable: each page's rows in order
        for n in (r["name"], *r["parsed"]):
            local[(r["doc_id"], normalize(n))] = global_of[(r["doc_id"], r["entity_id"])]

    # an entity none of whose stored rows leaves it or is read again only gains the add's rows
    leaving = set(stored.values()) | {v[0] for v in moved.values()}
    tallies = _tallies(con, [r for r in [*rows, *old_rows]], global_of, affected, set(relinked), kb, leaving)
    merged = {gid: _entity(gid, t, kb) for gid, t in tallies.items()}
    entities = {e[0]: {"entity_id": e[0], "name": e[1], "type": e[2], "country": e[3], "kb_id": e[4],
                       "variants": json.loads(e[5])} for e in lookups.kb_entity_rows(con)}
    refs = sorted(g for g in affected if (g in entities) != (g in merged) or (
        g in merged and tuple(entities[g][c] for c in ("name", "type", "country"))
        != tuple(merged[g][c] for c in ("name", "type", "country"))))
    touched_names = {normalize(n) for g in affected for n in
                     [*(entities[g]["variants"] if g in entities else []), *(merged[g]["variants"] if g in merged else [])]}
    for g in affected:
        entities.pop(g, None)
    entities.update(merged)
    by_name = state.name_index(con)
    renamed = _names(con, entities, touched_names, by_name, tallies)
    res = Resolver(kb, entities, StoredLocal(con, local, {*new_docs, *relinked}), by_name)  # type: ignore[arg-type]
    res.relinked = {*new_docs, *relinked}
    out = [{**merged[g], "external": json.dumps(merged[g]["external"], ensure_ascii=False),
            "variants": json.dumps(merged[g]["variants"], ensure_ascii=False)} for g in sorted(merged)]
    return Added(out, sorted(affected), links, sorted(res.relinked), res, renamed, refs, fresh_names)


def _tallies(con: Any, rows: list[dict[str, Any]], global_of: dict[tuple[str, str], str], affected: set[str],
             relinked: set[str], kb: KnowledgeBase, leaving: set[str]) -> dict[str, dict[str, Any]]:
    """Per entity of `affected`, over its rows (stored ones by their links, but those of the pages
    relinked, and `rows` by `global_of`): first row's type and sector and (page, local id), pages,
    name counts, and country counts with the first row giving each."""
    import pyarrow as pa

    cols = {c: [r[c] for r in rows] for c in COLUMNS}
    cols["gid"] = [global_of[(r["doc_id"], r["entity_id"])] for r in rows]
    fresh = pa.table({c: pa.array(v, pa.string()) for c, v in cols.items()})
    grown = _grown(con, {g for g in affected if kb.get(g) is not None and g not in leaving} & set(cols["gid"]))
    out = _tally_rows(*lookups.entity_tallies(con, fresh, affected - set(grown), relinked))
    if grown:  # the KB entities with rows stored: their new rows only, added to what the store keeps
        for gid, t in _tally_rows(*lookups.entity_tallies(con, fresh, set(grown), relinked, stored=False)).items():
            kept = grown[gid]
            t["names"] = dict.fromkeys([*t["names"], *kept["names"]], 1)  # a KB entity reads their set only
            t["n_docs"] += kept["n_docs"]  # the new rows' pages are none of the stored rows'
            if kept["first"] < t["first"]:
                t.update(type=kept["type"], sector=kept["sector"], first=kept["first"])
            out[gid] = t
    return out


def _tally_rows(first: list[tuple[Any, ...]], names: list[tuple[Any, ...]],
                countries: list[tuple[Any, ...]]) -> dict[str, dict[str, Any]]:
    """lookups.entity_tallies' rows as the tallies of each entity."""
    out: dict[str, dict[str, Any]] = {}
    for gid, type_, sector, doc, loc, n_docs in first:
        out[gid] = {"type": type_, "sector": sector, "first": (doc, loc), "n_docs": n_docs, "names": {},
                    "countries": []}
    for gid, n, k in names:
        out[gid]["names"][n] = k
    for gid, c, k, rn in countries:
        out[gid]["countries"].append((-k, rn, c))
    return out


def _grown(con: Any, gids: set[str]) -> dict[str, dict[str, Any]]:
    """The tallies the store keeps of these KB entities, those of them it has: their first row's
    type, sector and (page, local id), pages, names (their variants: the KB's names are among
    them either way). A KB entity's name and country are the KB's: it needs no counts. Its stored
    sector is the first row's unless the KB gives one (which wins again)."""
    if not gids:
        return {}
    first = lookups.first_links(con, gids)
    return {gid: {"type": type_, "sector": sector, "first": first[gid], "n_docs": n_docs,
                  "names": json.loads(variants)}
            for gid, type_, sector, n_docs, variants in lookups.kb_entity_tallies(con, gids) if gid in first}


def _entity(gid: str, t: dict[str, Any], kb: KnowledgeBase) -> dict[str, Any]:
    """An entity's kb_entities row (JSON columns as Python values) from its tallies, as merge_entities
    makes it from its rows."""
    entry = kb.get(gid)
    names: dict[str, int] = t["names"]
    m: dict[str, Any] = {"entity_id": gid, "type": t["type"], "kb_id": gid if entry else None, "sector": t["sector"],
                         "external": {}}
    if entry:
        m.update(name=entry.name, country=entry.country, sector=entry.sector or m["sector"],
                 external=dict(entry.external))
    else:
        dotted = [n for n in names if "·" in n]
        m["name"] = max(dotted or names, key=lambda n: (names[n] if not dotted else len(n), n))
        m["country"] = min(t["countries"])[2] if t["countries"] else None  # most rows, then the first
    m["variants"] = sorted(set(names) | ({entry.name, *entry.aliases} if entry else set()))
    m["n_docs"] = t["n_docs"]
    return m


def _names(con: Any, entities: dict[str, dict[str, Any]], touched: set[str], by_name: dict[str, str],
           tallies: dict[str, dict[str, Any]]) -> list[str]:
    """Bring `by_name` up to date in the names `touched` (the names of the entities merged again,
    before and now); returns those whose entity changed. A name goes to the first entity giving it,
    KB entities first, then by their first row (merge_entities' order)."""
    holders: dict[str, set[str]] = defaultdict(set)
    for gid, e in entities.items():
        for n in e["variants"]:
            if (k := normalize(n)) in touched:
                holders[k].add(gid)
    first = lookups.first_links(con, {g for gs in holders.values() for g in gs if g not in tallies})
    first.update({g: t["first"] for g, t in tallies.items()})
    changed = []
    for k in sorted(touched):
        gs = holders.get(k)
        now = min(gs, key=lambda g: (entities[g]["kb_id"] is None, first[g])) if gs else None
        if by_name.get(k) != now:
            changed.append(k)
            if now is None:
                del by_name[k]
            else:
                by_name[k] = now
    return changed
