"""The knowledge base: entries (countries, organizations, people, places), titles and positions,
loaded from the packaged TSV files in `dipnet/kb/data/` plus an optional user directory."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from dipnet.kb.fold import display_names, fold
from dipnet.kb.tsv import KnowledgeBaseError, Row, normalize, read_rows, undotted

COUNTRY, ORG, PERSON, LOCATION = "COUNTRY", "ORG", "PERSON", "LOCATION"
SECTORS = frozenset(
    "party state government legislature military security people business media "
    "international judiciary diplomatic".split()
)
TITLE_KINDS = frozenset({"post", "rank", "honorific"})
PLACE_KINDS = frozenset(
    "capital city province region sea island island-group landmark airport district "
    "country-part river port border-gate".split()
)
PERSPECTIVES = frozenset({"vn", "cn", "tw"})

__all__ = [
    "COUNTRY", "LOCATION", "ORG", "PERSON", "Entry", "KnowledgeBase", "KnowledgeBaseError",
    "Position", "TitleInfo", "load_kb",
]


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    parent: str | None
    kind: str | None
    external: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def display(self) -> dict[str, str]:
        """name_en and name_vi where known (see kb.fold.display_names)."""
        return display_names(self.extra, self.country)

    def lookup_keys(self) -> list[str]:
        """The folded keys a user's query finds this entry by: every name and alias, the English and
        Vietnamese names, and the id's slug (person:pham-minh-chinh -> phamminhchinh)."""
        names = [*self.names, *self.display.values(), self.id.partition(":")[2]]
        names += [str(v) for k, v in self.extra.items() if k.endswith("_name") and v]
        return [k for k in dict.fromkeys(fold(n) for n in names) if k]


@dataclass(frozen=True)
class Position:
    person_id: str
    title: str
    body: str | None
    country: str | None
    start: str | None
    end: str | None
    source: str


@dataclass(frozen=True)
class TitleInfo:
    title: str
    core: str
    kind: str
    sector: str | None
    source: str


def _src(row: Row) -> str:
    return f"{row.where} ({row['source'] or 'unspecified'})"


def _date_bound(value: str | None, upper: bool) -> str | None:
    """Pad a partial ISO date to the first (or last) day it can denote."""
    if not value:
        return None
    parts = value.split("-")
    if upper:
        parts += ["12", "31"][len(parts) - 1 :]
    else:
        parts += ["01", "01"][len(parts) - 1 :]
    return "-".join(parts[:3])


class KnowledgeBase:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._names: dict[str, list[str]] = {}
        self._short: dict[str, tuple[str, bool]] = {}
        self._generic: dict[tuple[str, str], str] = {}
        self._titles: dict[str, TitleInfo] = {}
        self._positions: dict[str, list[Position]] = {}
        self._folded: dict[str, list[str]] = {}
        # built by _index at the end of loading: the pipeline asks these for every page
        self._generic_words: frozenset[str] = frozenset()
        self._by_core: dict[str, list[tuple[str, Position, str | None, str | None]]] = {}
        self._cores: dict[str, str] = {}  # title as written -> its core (title_core, remembered)

    # ---- building -------------------------------------------------------------------------
    def _add(self, entry: Entry, row: Row, seen: set[str]) -> None:
        if entry.id in seen:
            raise row.error(f"duplicate id {entry.id!r}")
        seen.add(entry.id)
        self.entries[entry.id] = entry

    def _index(self) -> None:
        names: dict[str, list[str]] = {}
        for e in self.entries.values():
            for n in e.names:
                ids = names.setdefault(normalize(n), [])
                if e.id not in ids:
                    ids.append(e.id)
        self._names = names
        self._undotted: dict[str, list[str]] = {}
        for n, ids in names.items():
            if "·" in n or "-" in n:
                self._undotted.setdefault(undotted(n), []).extend(ids)
        self._keys: dict[str, list[str]] | None = None  # built by the first lookup or search
        self._generic_words = frozenset(w for w, _ in self._generic)
        self._cores = {}
        # each position under its title's core, with its date bounds: holders reads only the
        # positions of one core instead of every person's
        by_core: dict[str, list[tuple[str, Position, str | None, str | None]]] = {}
        for pid, plist in self._positions.items():
            for p in plist:
                by_core.setdefault(self.title_core(p.title), []).append(
                    (pid, p, _date_bound(p.start, False), _date_bound(p.end, True)))
        self._by_core = by_core

    def _fold_index(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The folded index of what users type (any script, case, diacritics): id -> keys and
        key -> ids. Built on first use, not at load: the pipeline never needs it."""
        if self._keys is None:
            keys = {e.id: e.lookup_keys() for e in self.entries.values()}
            folded: dict[str, list[str]] = {}
            for eid, ks in keys.items():
                for k in ks:
                    folded.setdefault(k, []).append(eid)
            self._folded, self._keys = folded, keys
        return self._keys, self._folded

    # ---- queries --------------------------------------------------------------------------
    def get(self, id: str) -> Entry | None:
        return self.entries.get(id)

    def by_name(self, name: str) -> list[Entry]:
        key = _lookup_key(name)
        ids = self._names.get(key) or self._undotted.get(undotted(key), [])
        return [self.entries[i] for i in ids]

    def lookup(self, query: str) -> list[Entry]:
        """Entries a user means by `query`: its id, a name or alias as written, else any name in any
        script, case or diacritics (English, Vietnamese with or without marks, Traditional Chinese).
        Countries first where a name is shared, then in the files' order."""
        q = (query or "").strip()
        if not q:
            return []
        if q in self.entries:
            return [self.entries[q]]
        found = self.by_name(q) or [self.entries[i] for i in self._fold_index()[1].get(fold(q), [])]
        return sorted(found, key=lambda e: e.type != COUNTRY)

    def surface_forms(self) -> dict[str, list[str]]:
        return {n: list(ids) for n, ids in self._names.items() if len(n) > 1}

    def short_forms(self) -> Mapping[str, tuple[str, bool]]:
        """A read-only view (no copy: asked on every page)."""
        return MappingProxyType(self._short)

    def generic_body(self, word: str, country: str | None) -> Entry | None:
        key = _lookup_key(word)
        org = self._generic.get((key, country or "")) or self._generic.get((key, ""))
        return self.entries.get(org) if org else None

    def generic_words(self) -> frozenset[str]:
        return self._generic_words

    def titles(self) -> Mapping[str, TitleInfo]:
        """A read-only view (no copy: asked for every title on a page)."""
        return MappingProxyType(self._titles)

    def title_core(self, title: str) -> str:
        """The core of a title as written: itself if listed, else that of its longest listed
        suffix (越共中央总书记 -> 总书记), else the title itself."""
        core = self._cores.get(title)
        if core is None:
            core = self._title_core(title)
            if len(self._cores) > 100_000:  # titles as pages write them: bounded all the same
                self._cores.clear()
            self._cores[title] = core
        return core

    def _title_core(self, title: str) -> str:
        t = normalize(title)
        for i in range(len(t)):
            info = self._titles.get(t[i:])
            if info:
                return info.core
        return t

    def positions(self, person_id: str) -> list[Position]:
        pid = person_id if person_id.startswith("person:") else f"person:{person_id}"
        return list(self._positions.get(pid, []))

    def holders(self, title: str, on: str, country: str | None = None) -> list[Entry]:
        """The people who held a post of this title's core on the day, in the files' order."""
        day = _date_bound(on, upper=False) or ""
        out: list[Entry] = []
        found: set[str] = set()
        # a position whose title is this one has its core too: the core's list holds every match
        for pid, p, start, end in self._by_core.get(self.title_core(title), ()):
            if pid in found or (country and p.country != country):
                continue
            if (start is None or start <= day) and (end is None or day <= end):
                out.append(self.entries[pid])
                found.add(pid)
        return out

    def country_of_name(self, name: str) -> str | None:
        found = self.by_name(name)
        for e in found:
            if e.type == COUNTRY:
                return e.country
        if not found:
            short = self._short.get(normalize(name))
            return self.entries[short[0]].country if short else None
        return found[0].country

    def search(self, query: str, limit: int = 20) -> list[Entry]:
        """Entries whose id or any name (folded: any script, case, diacritics) is the query, starts
        with it or contains it, in that order."""
        q = fold(query)
        if not q:
            return []
        scored: list[tuple[int, int, str]] = []
        keys = self._fold_index()[0]
        for e in self.entries.values():
            hay = keys.get(e.id) or []
            if e.id == query.strip() or q in hay:
                rank = 0
            elif any(h.startswith(q) for h in hay):
                rank = 1
            elif any(q in h for h in hay):
                rank = 2
            else:
                continue
            scored.append((rank, len(e.name), e.id))
        scored.sort()
        return [self.entries[i] for _, _, i in scored[:limit]]


# ---- loading ------------------------------------------------------------------------------
_FILES = (
    "countries.tsv", "country_short.tsv", "orgs.tsv", "people.tsv", "places.tsv",
    "generic_bodies.tsv", "titles.tsv", "positions.tsv",
)


def _check(row: Row, key: str, allowed: frozenset[str], optional: bool = True) -> str | None:
    v = row.get(key)
    if v is None and optional:
        return None
    if v not in allowed:
        raise row.error(f"{key} {v!r} not one of {', '.join(sorted(allowed))}")
    return v


def _load_entries(kb: KnowledgeBase, name: str, text: str) -> None:
    seen: set[str] = set()
    base = Path(name).name
    if base == "countries.tsv":
        for r in read_rows(text, name, ("iso2", "iso3", "name", "aliases", "source")):
            ext = {"iso3166": r["iso2"], "iso3166_alpha3": r["iso3"]}
            if r.get("wikidata"):
                ext["wikidata"] = r["wikidata"]
            names = {k: v for k in ("en_name", "vi_name") if (v := r.get(k))}  # CLDR's, for lookups
            e = Entry(f"country:{r['iso2']}", COUNTRY, r["name"], r.multi("aliases"),
                      r["iso2"], "state", None, "country", ext, names, _src(r))
            kb._add(e, r, seen)
    elif base in ("orgs.tsv", "people.tsv", "places.tsv"):
        prefix, typ = {"orgs.tsv": ("org", ORG), "people.tsv": ("person", PERSON),
                       "places.tsv": ("place", LOCATION)}[base]
        for r in read_rows(text, name, ("id", "name", "aliases", "country", "source")):
            if not r["id"] or not r["name"]:
                raise r.error("empty id or name")
            sector = _check(r, "sector", SECTORS) if typ == ORG else None
            kind = r.get("kind")
            if typ == LOCATION:
                kind = _check(r, "kind", PLACE_KINDS, optional=False)
                _check(r, "perspective", PERSPECTIVES)
            ext = {"wikidata": r["wikidata"]} if r.get("wikidata") else {}
            known = {"id", "name", "aliases", "country", "sector", "parent", "kind",
                     "wikidata", "source"}
            extra = {k: v for k, v in r.values.items() if k not in known and v}
            if "same_as" in extra:
                extra["same_as"] = f"place:{extra['same_as'].removeprefix('place:')}"
            parent = r.get("parent")
            if parent and ":" not in parent:
                parent = f"{prefix}:{parent}"
            e = Entry(f"{prefix}:{r['id']}", typ, r["name"], r.multi("aliases"),
                      r.get("country"), sector, parent, kind, ext, extra, _src(r))
            kb._add(e, r, seen)


def _load_tables(kb: KnowledgeBase, name: str, text: str) -> None:
    base = Path(name).name
    if base == "country_short.tsv":
        seen: set[str] = set()
        for r in read_rows(text, name, ("short", "country", "ambiguous", "source")):
            if r["short"] in seen:
                raise r.error(f"duplicate short form {r['short']!r}")
            seen.add(r["short"])
            cid = f"country:{r['country']}"
            if cid not in kb.entries:
                raise r.error(f"unknown country {r['country']!r}")
            amb = _check(r, "ambiguous", frozenset({"yes", "no"}), optional=False) == "yes"
            kb._short[normalize(r["short"])] = (cid, amb)
    elif base == "generic_bodies.tsv":
        seen_g: set[tuple[str, str]] = set()
        for r in read_rows(text, name, ("word", "country", "org", "source")):
            if (r["word"], r["country"]) in seen_g:
                raise r.error(f"duplicate word/country {r['word']!r}/{r['country']!r}")
            seen_g.add((r["word"], r["country"]))
            oid = r["org"] if r["org"].startswith("org:") else f"org:{r['org']}"
            if oid not in kb.entries:
                raise r.error(f"unknown org {r['org']!r}")
            kb._generic[(normalize(r["word"]), r["country"])] = oid
    elif base == "titles.tsv":
        seen_t: set[str] = set()
        for r in read_rows(text, name, ("title", "core", "kind", "sector", "source")):
            if r["title"] in seen_t:
                raise r.error(f"duplicate title {r['title']!r}")
            seen_t.add(r["title"])
            kind = _check(r, "kind", TITLE_KINDS, optional=False) or "post"
            t = normalize(r["title"])
            kb._titles[t] = TitleInfo(t, r["core"] or t, kind,
                                      _check(r, "sector", SECTORS), _src(r))
    elif base == "positions.tsv":
        cols = ("person_id", "title", "body", "country", "start", "end", "source")
        for r in read_rows(text, name, cols):
            pid = f"person:{r['person_id'].removeprefix('person:')}"
            if pid not in kb.entries:
                raise r.error(f"unknown person {r['person_id']!r}")
            body = r.get("body")
            if body and ":" not in body:
                body = f"org:{body}"
            if body and body not in kb.entries:
                raise r.error(f"unknown body {r['body']!r}")
            for k in ("start", "end"):
                v = r[k]
                if v and not (len(v) in (4, 7, 10) and v[:4].isdigit()):
                    raise r.error(f"{k} {v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            pos = Position(pid, normalize(r["title"]), body, r.get("country"),
                           r.get("start"), r.get("end"), _src(r))
            kb._positions.setdefault(pid, []).append(pos)


def _check_links(kb: KnowledgeBase) -> None:
    for e in kb.entries.values():
        for ref in (e.parent, e.extra.get("same_as")):
            if ref and ref not in kb.entries:
                raise KnowledgeBaseError(f"{e.source}: {e.id} refers to unknown {ref!r}")


def build_kb(texts: list[tuple[str, str]]) -> KnowledgeBase:
    """Build from (file label, text) pairs; a later file of the same kind overrides ids."""
    kb = KnowledgeBase()
    for phase in (_load_entries, _load_tables):
        for label, text in texts:
            phase(kb, label, text)
    _check_links(kb)
    kb._index()
    return kb


def _read_all(extra_dir: Path | None) -> list[tuple[str, str]]:
    data = resources.files("dipnet.kb") / "data"
    texts = [(f, (data / f).read_text(encoding="utf-8")) for f in _FILES if (data / f).is_file()]
    if extra_dir is not None:
        if not extra_dir.is_dir():
            raise KnowledgeBaseError(f"{extra_dir}: not a directory")
        for f in _FILES:
            p = extra_dir / f
            if p.is_file():
                texts.append((str(p), p.read_text(encoding="utf-8")))
    return texts


@functools.lru_cache(maxsize=8)
def _load_cached(extra_dir: str | None) -> KnowledgeBase:
    return build_kb(_read_all(Path(extra_dir) if extra_dir else None))


def load_kb(extra_dir: str | Path | None = None) -> KnowledgeBase:
    """The knowledge base (cached): the packaged data, extended and overridden by the TSVs of
    the same names in `extra_dir`."""
    return _load_cached(str(Path(extra_dir).resolve()) if extra_dir else None)


@functools.lru_cache(maxsize=65536)
def _lookup_key(name: str) -> str:
    """A name as the KB files it (NFKC, dots folded): recognition asks by_name and generic_body
    for the same few thousand names on every page, and NFKC is not free."""
    return normalize(name)
