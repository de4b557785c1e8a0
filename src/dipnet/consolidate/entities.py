"""Entities across documents: one real-world entity, one id. Knowledge-base ids are global already;
a rule-found entity joins the KB entry its name or a variant names, or else the other rule-found
entities of its type whose names are variants of one name (通伦 / 通伦·西苏里)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from dipnet.kb import KnowledgeBase
from dipnet.kb import normalize as _normalize

# names recur across pages by the thousand: each is normalized once
normalize = lru_cache(maxsize=1 << 18)(_normalize)
LINK_CHUNK = 100_000  # links made before they are given to merge_entities' sink (3 strings each)


def rule_id(type_: str, name: str) -> str:
    """The id the recognizer gives a rule-found entity (dipnet.recognize.link), so that a group of one
    keeps its page-level id."""
    return f"{type_.lower()}:~{hashlib.sha1(name.encode('utf-8')).hexdigest()[:10]}"


def _canonical_names(names: set[str]) -> dict[str, str]:
    """Each name's canonical form: a dotted name stands for itself; a plain name of two or more
    characters joins the longest dotted name (then the first in order) that opens or ends with it
    (通伦 → 通伦·西苏里), else stands for itself. An index of the dotted names' first and last parts
    keeps this linear in the number of names."""
    by_part: dict[str, str] = {}
    for d in sorted((n for n in names if "·" in n), key=lambda n: (-len(n), n)):
        parts = d.split("·")
        for part in (parts[0], parts[-1]):
            by_part.setdefault(part, d)
    return {n: n if "·" in n or len(n) < 2 else by_part.get(n, n) for n in names}


def _kb_match(kb: KnowledgeBase, type_: str, names: list[str]) -> str | None:
    for n in names:
        hits = {e.id for e in kb.by_name(n) if e.type == type_}
        if len(hits) == 1:
            return hits.pop()
    return None


class Resolver:
    """Names and page-level ids to global entity ids, and entity ids to their country."""

    def __init__(self, kb: KnowledgeBase, entities: dict[str, dict[str, Any]],
                 local: dict[tuple[str, str], str], by_name: dict[str, str]) -> None:
        self.kb, self.entities, self.local, self.by_name = kb, entities, local, by_name
        self._countries: dict[str, str | None] = {}  # the resolver does not change: each id looked up once
        self.relinked: set[str] | None = None  # merge_entities after an add: the pages that may link elsewhere
        self.rule_names: list[tuple[str, str]] = []  # (type, name) of the rule-found rows without a KB match

        self.hooks: list[Any] = []  # more to read a batch of pages at a time (consolidate.pageinfo)
        # (page, normalized name) -> entity, as a stored report the add does not touch resolved it
        # (its page links as before, the name's entry in the index as before: changes.remerge), so
        # that its page's links need not be read
        self.pinned: dict[tuple[str, str], str] = {}

    def prefetch(self, docs: set[str] | list[str], links: bool = True) -> None:
        """Read at once what resolving names on these pages reads (a resolver reading the store's
        links; not `links`: their names are pinned), and what the hooks read of them."""
        if links and hasattr(self.local, "prefetch"):
            self.local.prefetch(docs)
        for hook in self.hooks:
            hook(docs)

    def pin(self, doc_id: str, names: list[str], ids: list[str]) -> None:
        """What these (normalized) names resolve to on this page (see `pinned`)."""
        for n, i in zip(names, ids, strict=True):
            self.pinned[(doc_id, n)] = i

    def resolve(self, name: str | None, doc_id: str | None = None) -> str | None:
        if not name:
            return None
        return self.resolve_key(normalize(name), doc_id)

    def resolve_key(self, key: str, doc_id: str | None = None) -> str:
        """`resolve` of a name normalized already."""
        if doc_id and self.pinned and (hit := self.pinned.get((doc_id, key))) is not None:
            return hit
        if doc_id and (doc_id, key) in self.local:
            return self.local[(doc_id, key)]
        if key in self.by_name:
            return self.by_name[key]
        hits = self.kb.by_name(key)
        if hits:
            return hits[0].id
        return rule_id("actor", key)

    def name(self, entity_id: str, fallback: str = "") -> str:
        e = self.entities.get(entity_id)
        if e:
            return e["name"]
        k = self.kb.get(entity_id)
        return k.name if k else fallback

    def type(self, entity_id: str) -> str | None:
        e = self.entities.get(entity_id)
        if e:
            return e["type"]
        k = self.kb.get(entity_id)
        return k.type if k else None

    def country(self, entity_id: str | None) -> str | None:
        """The country id (country:XX) an entity belongs to, or is."""
        if not entity_id:
            return None
        if entity_id.startswith("country:"):
            return entity_id
        if entity_id not in self._countries:
            self._countries[entity_id] = self._country(entity_id)
        return self._countries[entity_id]

    def _country(self, entity_id: str) -> str | None:
        e = self.entities.get(entity_id)
        iso = e["country"] if e else None
        if iso is None:
            k = self.kb.get(entity_id)
            iso = k.country if k else None
        return f"country:{iso}" if iso and self.kb.get(f"country:{iso}") else None


# the columns of the entities table merge_entities reads (not `external`: a KB entity's come from the KB);
# rows that differ in the others only are read alike, so their order among themselves does not matter
COLUMNS = ("doc_id", "entity_id", "type", "name", "kb_id", "country", "sector", "mentions")


class PageNames:
    """(page, normalized name) -> entity id, kept as page -> name -> entity: no tuple a name and page
    (at 10,000 pages ~350,000 of them, most of what the whole build's resolver holds)."""

    def __init__(self) -> None:
        self.map: dict[str, dict[str, str]] = {}

    def __setitem__(self, key: tuple[str, str], gid: str) -> None:
        names = self.map.get(key[0])
        if names is None:
            names = self.map[key[0]] = {}
        names[key[1]] = gid

    def __contains__(self, key: object) -> bool:
        names = self.map.get(key[0]) if isinstance(key, tuple) else None
        return names is not None and key[1] in names  # type: ignore[index]

    def __getitem__(self, key: tuple[str, str]) -> str:
        return self.map[key[0]][key[1]]

    def __len__(self) -> int:
        return sum(map(len, self.map.values()))


Rule = tuple[str, str]  # a rule-found row's (type, name): its id once the canonical names are known


def _gid_of(seen: dict[str, str | Rule] | None, gid: str | None, rule: Rule) -> str | Rule:
    """A (page, local id)'s entity after one more of its rows: a rule-found row's wins over KB ones,
    and of those the last of the greatest type (the order merge_entities assigned them in before)."""
    if gid:
        return seen if isinstance(seen, tuple) else gid  # type: ignore[return-value]
    return seen if isinstance(seen, tuple) and seen[0] > rule[0] else rule


def merge_entities(rows: list[dict[str, Any]] | Callable[[], Iterable[dict[str, Any]]], kb: KnowledgeBase,
                   new_docs: set[str] | None = None, arrow: bool = False,
                   sink: Callable[[Any], None] | None = None) -> tuple[list[dict], Any, Resolver]:
    """Entity rows of every page -> (kb_entities rows, entity_links rows, a Resolver). `rows` may be a
    function giving them anew (read twice, a chunk at a time: never every row in memory at once).
    `new_docs` (after an add, the pages it stored): Resolver.relinked is then the pages whose entities
    may link elsewhere than before the add (relinked). `arrow`: entity_links as a pyarrow Table, not
    row dicts (the whole build's: ~65 MB of dicts at 10,000 pages). `sink`: the links are given to it as
    pyarrow Tables, unsorted, LINK_CHUNK at a time (the whole build stages them: consolidate.bounded), and
    None is returned for them."""
    read: Callable[[], Iterable[dict[str, Any]]] = rows if callable(rows) else lambda: rows  # type: ignore[assignment,return-value]
    # (page -> local id -> KB id, or the (type, name) of a rule-found row): strings, no tuple a row
    global_of: dict[str, dict[str, Any]] = {}
    pending: dict[str, set[str]] = defaultdict(set)  # type -> names of the rule-found rows without a KB match
    pending_rows: dict[str, list[dict]] = defaultdict(list)  # and those rows, after an add (relinked)
    # the same mention lists recur on page after page: each text parsed once (the lists are only read)
    texts: dict[str, list[str]] = {}
    one: dict[str, str] = {}  # local ids recur on every page: one string each

    def parse(m: Any) -> list[str]:
        return (texts[m] if m in texts else texts.setdefault(m, json.loads(m))) if isinstance(m, str) else (m or [])

    matched: dict[tuple[str, ...], str | None] = {}  # the same names recur on page after page: looked up once
    grouped, at = True, None  # whether each page's rows come together (as the store reads them)
    closed: set[str] = set()
    rules: dict[Rule, Rule] = {}  # one (type, name) tuple however many rows hold it (163,000 rows at 10,000 pages)
    for r in read():
        r["doc_id"] = sys.intern(r["doc_id"])  # one string a page, not one a row (kept in every key below)
        if r["doc_id"] != at:
            grouped = grouped and r["doc_id"] not in closed
            if at is not None:
                closed.add(at)
            at = r["doc_id"]
        # a name or type recurs on page after page: one string each, whatever keys and tallies keep it
        r["type"], r["name"] = one.setdefault(r["type"], r["type"]), one.setdefault(r["name"], r["name"])
        mentions = parse(r["mentions"])
        gid = r["kb_id"] and one.setdefault(r["kb_id"], r["kb_id"])  # one string an entity, not one a row
        if not gid:
            key = (r["type"], r["name"], *mentions)
            if key not in matched:
                matched[key] = _kb_match(kb, r["type"], [r["name"], *mentions])
            gid = matched[key]
        if not gid:  # what canonical names and relinked read of it
            pending[r["type"]].add(r["name"])
            if new_docs is not None:
                pending_rows[r["type"]].append({"doc_id": r["doc_id"], "entity_id": r["entity_id"], "name": r["name"]})
        page = global_of.setdefault(r["doc_id"], {})
        local_id = one.setdefault(r["entity_id"], r["entity_id"])
        rule = (r["type"], r["name"])
        page[local_id] = _gid_of(page.get(local_id), gid, rules.setdefault(rule, rule) if not gid else rule)
    canon = {t: _canonical_names(names) for t, names in pending.items()}
    rule_ids: dict[Rule, str] = {}  # each rule-found (type, name)'s id, one string
    moved = None if new_docs is None else relinked(pending_rows, new_docs)
    del pending_rows

    def gid_of(doc: str, local_id: str) -> str:
        g = global_of[doc][local_id]
        if isinstance(g, str):
            return g
        if g not in rule_ids:
            rule_ids[g] = rule_id(g[0], canon[g[0]][g[1]])
        return rule_ids[g]

    merged: dict[str, dict[str, Any]] = {}
    # each entity's pages: counted as they come when each page's rows come together, else as sets
    # (at 10,000 pages ~27,000 sets, 18 MB)
    docs: dict[str, set[str]] = defaultdict(set)
    n_docs: Counter[str] = Counter()
    last: dict[str, str] = {}
    names: dict[str, Counter] = defaultdict(Counter)
    countries: dict[str, Counter] = defaultdict(Counter)
    local = PageNames()
    link_cols: tuple[list[str], list[str], list[str]] = ([], [], [])
    for r in read():
        r["doc_id"] = sys.intern(r["doc_id"])
        r["type"], r["name"] = one.setdefault(r["type"], r["type"]), one.setdefault(r["name"], r["name"])
        mentions = parse(r["mentions"])
        local_id = one.setdefault(r["entity_id"], r["entity_id"])
        gid = gid_of(r["doc_id"], local_id)
        for col, v in zip(link_cols, (r["doc_id"], local_id, gid), strict=True):
            col.append(v)
        if sink is not None and len(link_cols[0]) >= LINK_CHUNK:
            sink(_links(link_cols, True, False))
        if not grouped:
            docs[gid].add(r["doc_id"])
        elif last.get(gid) != r["doc_id"]:
            last[gid] = r["doc_id"]
            n_docs[gid] += 1
        names[gid].update([r["name"], *mentions])
        if r["country"]:
            countries[gid][r["country"]] += 1
        for n in (r["name"], *mentions):
            local[(r["doc_id"], normalize(n))] = gid
        if gid not in merged:
            merged[gid] = {"entity_id": gid, "type": r["type"], "kb_id": gid if kb.get(gid) else None,
                           "sector": r["sector"], "external": {}}
    for done in (global_of, texts, matched, last, closed, rules):  # freed before the entities' rows are made
        done.clear()
    by_name: dict[str, str] = {}
    for gid, m in merged.items():
        entry = kb.get(gid)
        if entry:
            m.update(name=entry.name, country=entry.country, sector=entry.sector or m["sector"],
                     external=dict(entry.external))
        else:
            dotted = [n for n in names[gid] if "·" in n]
            m["name"] = max(dotted or names[gid], key=lambda n: (names[gid][n] if not dotted else len(n), n))
            m["country"] = countries[gid].most_common(1)[0][0] if countries[gid] else None
        m["variants"] = sorted(set(names[gid]) | ({entry.name, *entry.aliases} if entry else set()))
        m["n_docs"] = n_docs[gid] if grouped else len(docs[gid])
    for from_kb in (True, False):  # a KB entity's names win over a rule-found one's
        for gid, m in merged.items():
            if (m["kb_id"] is not None) == from_kb:
                for n in m["variants"]:
                    by_name.setdefault(normalize(n), gid)
    out = []
    for gid in sorted(merged):
        m = merged[gid]
        out.append({**m, "external": json.dumps(m["external"], ensure_ascii=False),
                    "variants": json.dumps(m["variants"], ensure_ascii=False)})
    res = Resolver(kb, merged, local, by_name)  # type: ignore[arg-type]
    res.relinked = moved
    res.rule_names = sorted((t, n) for t, group in pending.items() for n in group)
    if sink is not None:
        sink(_links(link_cols, True, False))
    return out, None if sink is not None else _links(link_cols, arrow), res


def _links(cols: tuple[list[str], list[str], list[str]], arrow: bool, ordered: bool = True) -> Any:
    """entity_links' rows by page and local id (a stable sort: a page's rows of one local id in order),
    as row dicts or (`arrow`) a pyarrow Table (not `ordered`: as made); the columns are emptied."""
    d, loc, g = cols
    if not arrow:
        order = sorted(range(len(d)), key=lambda i: (d[i], loc[i]))
        out: Any = [{"doc_id": d[i], "local_id": loc[i], "entity_id": g[i]} for i in order]
    else:  # sorted by Arrow (stable; UTF-8 bytes order as code points do): no key tuple a row in Python
        import pyarrow as pa
        import pyarrow.compute as pc

        out = pa.table({n: pa.array(c, pa.string()) for n, c in (("doc_id", d), ("local_id", loc), ("entity_id", g))})
        if ordered:
            out = out.take(pc.sort_indices(out, [("doc_id", "ascending"), ("local_id", "ascending")]))
    for c in cols:
        c.clear()
    return out


def relinked(pending: dict[str, list[dict]], new_docs: set[str]) -> set[str]:
    """The pages whose entities may link elsewhere after an add: its own, and those of a rule-found
    name whose canonical name the add changed (通伦 joins 通伦·西苏里 once a page writes it).
    Every other row links as before: a KB id or KB match is the row's own, and a rule-found id is
    its type and canonical name, which depend on the names of the rule-found rows of its type."""
    out = set(new_docs)
    for group in pending.values():
        before = _canonical_names({r["name"] for r in group if r["doc_id"] not in new_docs})
        now = _canonical_names({r["name"] for r in group})
        out.update(r["doc_id"] for r in group if r["doc_id"] not in new_docs and before[r["name"]] != now[r["name"]])
    return out
