"""Loading the knowledge base from the packaged TSV files in `dipnet/kb/data/` plus an optional
user directory (the same file names extend and override the packaged ones)."""

from __future__ import annotations

import functools
import hashlib
import pickle
import sys
from importlib import resources
from pathlib import Path

from dipnet.cachedir import cache_dir, write_whole
from dipnet.kb.base import (
    COUNTRY,
    LOCATION,
    ORG,
    PERSON,
    PERSPECTIVES,
    PLACE_KINDS,
    SECTORS,
    TITLE_KINDS,
    Entry,
    KnowledgeBase,
    Position,
    TitleInfo,
)
from dipnet.kb.tsv import KnowledgeBaseError, Row, normalize, read_rows

__all__ = [
    "COUNTRY", "LOCATION", "ORG", "PERSON", "Entry", "KnowledgeBase", "KnowledgeBaseError",
    "Position", "TitleInfo", "build_kb", "load_kb",
]


def _src(row: Row) -> str:
    return f"{row.where} ({row['source'] or 'unspecified'})"



# ---- loading ------------------------------------------------------------------------------
_FILES = (
    "countries.tsv", "country_short.tsv", "orgs.tsv", "people.tsv", "places.tsv",
    "generic_bodies.tsv", "titles.tsv", "positions.tsv", "region_short.tsv", "state_styles.tsv",
)


def _check(row: Row, key: str, allowed: frozenset[str], optional: bool = True) -> str | None:
    v = row.get(key)
    if v is None and optional:
        return None
    if v not in allowed:
        raise row.error(f"{key} {v!r} not one of {', '.join(sorted(allowed))}")
    return v


_KNOWN = frozenset({"id", "name", "aliases", "country", "sector", "parent", "kind", "wikidata", "source"})


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
                      r["iso2"], "state", None, r.get("kind") or "country", ext, names, _src(r))
            kb._add(e, r, seen)
    elif base in ("orgs.tsv", "people.tsv", "places.tsv"):
        prefix, typ = {"orgs.tsv": ("org", ORG), "people.tsv": ("person", PERSON),
                       "places.tsv": ("place", LOCATION)}[base]
        for r in read_rows(text, name, ("id", "name", "aliases", "country", "source")):
            cells = r.values  # (the cells read straight: some 6,000 rows at every start)
            rid, rname = cells.get("id", ""), cells.get("name", "")
            if not rid or not rname:
                raise r.error("empty id or name")
            sector = _check(r, "sector", SECTORS) if typ == ORG else None
            kind = cells.get("kind") or None
            if typ == LOCATION:
                kind = _check(r, "kind", PLACE_KINDS, optional=False)
                _check(r, "perspective", PERSPECTIVES)
            wikidata = cells.get("wikidata")
            ext = {"wikidata": wikidata} if wikidata else {}
            extra = {k: x for k, x in cells.items() if x and k not in _KNOWN}
            if "same_as" in extra:
                extra["same_as"] = f"place:{extra['same_as'].removeprefix('place:')}"
            parent = cells.get("parent") or None
            if parent and ":" not in parent:
                parent = f"{prefix}:{parent}"
            e = Entry(f"{prefix}:{rid}", typ, rname, r.multi("aliases"),
                      cells.get("country") or None, sector, parent, kind, ext, extra,
                      f"{r.file}:{r.line} ({cells.get('source') or 'unspecified'})")
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
    elif base == "region_short.tsv":
        for r in read_rows(text, name, ("short", "names", "source")):
            names = r.multi("names")
            if len(r["short"]) != 1 or not names:
                raise r.error(f"short form {r['short']!r} is not one character with names")
            kb._region_short[normalize(r["short"])] = (tuple(normalize(n) for n in names), normalize(r.get("place") or "") or None)
    elif base == "state_styles.tsv":
        kb._state_styles = tuple(normalize(r["word"]) for r in read_rows(text, name, ("word", "source")))
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
        # (a row shifted by a tab puts its English name here: 'Volodymyr Groysman' as a country)
        if e.country and f"country:{e.country}" not in kb.entries:
            raise KnowledgeBaseError(f"{e.source}: {e.id} has unknown country {e.country!r} (an ISO 3166 code "
                                     "of countries.tsv; is a column shifted?)")
    for positions in kb._positions.values():
        for p in positions:
            if p.country and f"country:{p.country}" not in kb.entries:
                raise KnowledgeBaseError(f"{p.source}: {p.person_id} has unknown country {p.country!r}")


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


def _cache_key(texts: list[tuple[str, str]]) -> str:
    """A digest of everything the built base depends on: the files' labels and texts, the source of
    this package (the code that builds and the classes it holds) and the Python that pickles it."""
    h = hashlib.sha256(f"{sys.version}\0{pickle.HIGHEST_PROTOCOL}\0".encode())
    for code in sorted(Path(__file__).parent.glob("*.py")):
        h.update(code.name.encode() + b"\0" + code.read_bytes() + b"\0")
    for label, text in texts:
        h.update(f"{label}\0{len(text)}\0{text}\0".encode())
    return h.hexdigest()[:32]


_UNREADABLE = (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError, ValueError)


def _built(texts: list[tuple[str, str]]) -> KnowledgeBase:
    """build_kb(texts), from the cache where the same texts were built before by the same code (a
    pickle of the base as built: some 4x cheaper than parsing the files and building the indexes,
    which every process paid at its start); anything amiss with the cache (none, unreadable, not
    writable, another version's) and the base is built as before."""
    where = cache_dir()
    path = where / f"kb-{_cache_key(texts)}.pickle" if where else None
    if path is not None:
        try:
            with open(path, "rb") as f:
                kb = pickle.load(f)
            if isinstance(kb, KnowledgeBase):
                return kb
        except _UNREADABLE:
            pass
    kb = build_kb(texts)
    if path is not None:
        _keep(kb, path)
    return kb


def _keep(kb: KnowledgeBase, path: Path) -> None:
    """Writes the pickle, and leaves at most the eight newest bases in the directory (one for each
    version of the data a user has run)."""
    if not write_whole(path, pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL)):
        return
    try:
        old = sorted(path.parent.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[8:]
        for p in old:
            p.unlink(missing_ok=True)
    except OSError:  # another process pruning at the same time
        pass


@functools.lru_cache(maxsize=8)
def _load_cached(extra_dir: str | None) -> KnowledgeBase:
    return _built(_read_all(Path(extra_dir) if extra_dir else None))


def load_kb(extra_dir: str | Path | None = None) -> KnowledgeBase:
    """The knowledge base (cached): the packaged data, extended and overridden by the TSVs of
    the same names in `extra_dir`."""
    return _load_cached(str(Path(extra_dir).resolve()) if extra_dir else None)
