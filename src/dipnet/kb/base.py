"""The knowledge base as data: entries (countries, organizations, people, places), titles and
positions, with the indexes recognition asks by name, title and date. `kb.loader` fills it from
the TSV files."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from dipnet.kb.fold import display_names, fold
from dipnet.kb.tsv import Row, normalize, undotted

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
    "COUNTRY", "LOCATION", "ORG", "PERSON", "PLACE_KINDS", "PERSPECTIVES", "SECTORS", "TITLE_KINDS", "Entry",
    "KnowledgeBase", "Position", "TitleInfo",
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
    def international(self) -> bool:
        """An international body (东盟, 联合国, 亚太经合组织): no land's, a party of its own."""
        return self.sector == "international"

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


def _other_spellings(entries: Mapping[str, Entry], styles: tuple[str, ...]) -> dict[str, str]:
    """A body named with its country's name, under the country's other names (纽西兰工党, 坦尚尼亚革命党 on
    Taiwan's pages for 新西兰工党, 坦桑尼亚革命党): normalized form -> the body's id. Only a country's own
    names of two characters or more that no other country shares and that hold no word of a state's style
    (`styles`, from state_styles.tsv: the formal name, whose bodies' full names are read by rule), nor a
    one-character form + 国 (星国 + 外交部: the form is read as the country, the bare word as its body)."""
    owners: dict[str, set[str]] = {}
    for e in entries.values():
        if e.type == COUNTRY:
            for a in e.aliases:
                owners.setdefault(normalize(a), set()).add(e.id)
    out: dict[str, str] = {}
    for e in entries.values():
        land = entries.get(f"country:{e.country}") if e.type == ORG and e.country else None
        if land is None:
            continue
        others = [a for a in map(normalize, land.aliases)
                  if len(a) >= 2 and owners.get(a) == {land.id} and not any(w in a for w in styles)
                  and not (len(a) == 2 and a.endswith("国"))]  # (星国, 寮国: read as a country of their own)
        own = normalize(land.name)
        for n in map(normalize, e.names):
            if n.startswith(own) and len(n) > len(own):
                for a in others:
                    out.setdefault(a + n[len(own):], e.id)
    return out


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
        self._region_short: dict[str, tuple[tuple[str, ...], str | None]] = {}
        self._generic: dict[tuple[str, str], str] = {}
        self._state_styles: tuple[str, ...] = ()  # state_styles.tsv
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
        for form, eid in _other_spellings(self.entries, self._state_styles).items():
            names.setdefault(form, [eid])  # (a name of its own keeps its entries)
        self._names = names
        self._undotted: dict[str, list[str]] = {}
        for n, ids in names.items():
            if "·" in n or "-" in n:
                self._undotted.setdefault(undotted(n), []).extend(ids)
        self._keys: dict[str, list[str]] | None = None  # built by the first lookup or search
        # each entry with its folded keys joined by a newline (no key holds one: fold keeps letters and
        # digits only): search rules an entry out by one substring test (built with _keys)
        self._hays: list[tuple[Entry, str]] = []
        self._ids_of: dict[str, list[str]] = {}  # by_name's answers (ids) by the name asked
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
            self._hays = [(e, "\n".join(keys[e.id])) for e in self.entries.values()]
            self._folded, self._keys = folded, keys
        return self._keys, self._folded

    # ---- queries --------------------------------------------------------------------------
    def get(self, id: str) -> Entry | None:
        return self.entries.get(id)

    def by_name(self, name: str) -> list[Entry]:
        # the ids remembered by the name as asked: recognition asks for the same names (most of them
        # in no entry) thousands of times a page
        ids = self._ids_of.get(name)
        if ids is None:
            key = _lookup_key(name)
            ids = self._names.get(key) or self._undotted.get(undotted(key), [])
            if len(self._ids_of) > 100_000:  # names as pages write them: bounded all the same
                self._ids_of.clear()
            self._ids_of[name] = ids
        return [self.entries[i] for i in ids] if ids else []  # (most names are in no entry)

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

    def region_short_forms(self) -> Mapping[str, tuple[tuple[str, ...], str | None]]:
        """A region's one character (欧, 非) -> its names, most preferred first, and the place the
        recognizer reads it as in a pair before a word of relations (None: it leaves the pair alone)."""
        return MappingProxyType(self._region_short)

    def region_in_pair(self, pair: str) -> str | None:
        """The one rule for a pair of short forms whose second is a region's character (中非, 越非, 中拉, 越欧):
        after a country's short form the character names its region (非洲, 拉美), never the country it also
        shortens (非 南非, 拉 拉脱维亚: a pair with those writes 中南, or the name in full). Returns the place the
        region is read as, else None. The recognizer's regionpairs asks it; extract's shortpairs.pair_leaders keeps
        a check of its own (a region's character on either side of a leaders' pair, 中非领导人), and the other
        extract readers of short_forms() ask neither yet."""
        if len(pair) != 2 or pair[0] not in self._short:
            return None
        region = self._region_short.get(pair[1])
        return region[1] if region else None

    def generic_body(self, word: str, country: str | None) -> Entry | None:
        key = _lookup_key(word)
        org = self._generic.get((key, country or "")) or self._generic.get((key, ""))
        return self.entries.get(org) if org else None

    def generic_words(self) -> frozenset[str]:
        return self._generic_words

    def name_heads(self, head: str) -> frozenset[str]:
        """The two characters after `head` in every name filed that opens with it (as filed, and
        undotted), remembered by head: a name `head` + text is filed only where they open the text,
        when all are Chinese characters (which normalizing leaves as they are)."""
        heads: dict[str, frozenset[str]] = self.__dict__.setdefault("_name_heads", {})
        got = heads.get(head)
        if got is None:
            k = len(head)
            got = heads[head] = frozenset(n[k:k + 2] for names in (self._names, self._undotted) for n in names
                                          if n.startswith(head))
        return got

    def generic_countries_of(self, word: str) -> frozenset[str] | set[str]:
        """Every country c for which generic_body(word, c) may be a body of c: those the word is filed
        under, and the countries of its bodies (one filed under none answers for its own). A superset,
        asked before generic_body for each of some two hundred countries (indexed once)."""
        index: dict[str, set[str]] | None = self.__dict__.get("_generic_under")
        if index is None:
            index = {}
            for (key, country), org in self._generic.items():
                e = self.entries.get(org)
                index.setdefault(key, set()).update((country, e.country) if e is not None and e.country else (country,))
            self.__dict__["_generic_under"] = index
        return index.get(_lookup_key(word), frozenset())

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
        own = query.strip()
        for e, joined in self._hays:
            # a folded query holds no newline: it is in the joined keys only where one key contains it,
            # so the entries that match nothing (nearly all) cost one test each (the KB has ~7,000)
            if q not in joined and e.id != own:
                continue
            hay = keys[e.id]
            if e.id == own or q in hay:
                rank = 0
            elif any(h.startswith(q) for h in hay):
                rank = 1
            else:  # q is in the joined keys: some key contains it
                rank = 2
            scored.append((rank, len(e.name), e.id))
        scored.sort()
        return [self.entries[i] for _, _, i in scored[:limit]]


@functools.lru_cache(maxsize=65536)
@functools.lru_cache(maxsize=65536)
def _lookup_key(name: str) -> str:
    """A name as the KB files it (NFKC, dots folded): recognition asks by_name and generic_body
    for the same few thousand names on every page, and NFKC is not free (remembered)."""
    return normalize(name)
