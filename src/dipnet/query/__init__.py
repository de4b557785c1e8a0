"""The one query module every interface (CLI, REST API, exports) reads the knowledge base through.

At its centre `registry`: a country's foreign relations as of a date. Around it: events filtered
by actor, country, type, channel, dates and text; a person's profile; a country's dossier; a pair
of countries; a timeline; full-text search over pages (a bigram index, LIKE as the fallback)."""

from __future__ import annotations

import datetime as dt
import json
import re
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import duckdb

from dipnet.errors import NotFound, QueryError
from dipnet.query import names
from dipnet.query.params import CHANNELS, EVENT_TYPES, MAX_LIMIT, STATUSES, bound_day, page, period_filters
from dipnet.query.registry import (
    COUNTED,
    claims_against,
    count_at,
    counted_levels,
    exchanges_sql,
    party_kind,
    split_partners,
)
from dipnet.store import Store
from dipnet.textsig import gram_mask, mask

__all__ = ["CHANNELS", "EVENT_COLUMNS", "EVENT_TYPES", "MAX_LIMIT", "READS", "STATUSES", "NotFound", "Query",
           "page", "period_filters", "snapshot"]

# The tables the statements of one answer read, when someone asks (the API's answer cache sets a
# set here for each request it may keep: dipnet.serve.cache); every statement goes through _all.
READS: ContextVar[set[str] | None] = ContextVar("dipnet_reads", default=None)
_READ = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)", re.IGNORECASE)


JSON_COLUMNS = {"participants", "participant_ids", "source_actors", "target_actors", "attributes", "external",
                "variants", "doc_ids", "value", "mentions", "record"}
EVENT_COLUMNS = ("event_id, type, status, date, date_precision, end_date, participants, participant_ids, "
                 "source_actors, target_actors, location, location_id, channel, attributes, cameo, plover, "
                 "n_mentions, n_pages")


def _value(k: str, v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if k in JSON_COLUMNS and isinstance(v, str):
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


# The tables of each open store, read once: a Query is made per API request, and the catalog of an
# open store does not change under it (a writable store creates every table when it opens; a
# read-only one cannot be written). Weak keys: a closed store's entry goes with it.
# (and GRAMS when event_text keeps the signature of runs of 3 and 4 characters: a store made before
# and opened read-only has the pairs' signature alone)
GRAMS = "event_text.g"
SIG_WORDS = 5  # signature words (columns) a text filter reads at most
_TABLES: weakref.WeakKeyDictionary[Store, frozenset[str]] = weakref.WeakKeyDictionary()


def store_tables(store: Store) -> frozenset[str]:
    tables = _TABLES.get(store)
    if tables is None:
        cur = store.cursor()
        try:
            tables = frozenset(r[0] for r in cur.execute(
                f"SELECT table_name FROM information_schema.tables UNION ALL SELECT '{GRAMS}' FROM duckdb_columns() "
                "WHERE table_name = 'event_text' AND column_name = 'g0' AND database_name = current_database() "
                "AND schema_name = 'main'").fetchall())
        finally:
            cur.close()
        _TABLES[store] = tables
    return tables


class Query:
    """`Query(store)`: one cursor of its own, so one Query per thread (per API request)."""

    def __init__(self, store: Store) -> None:
        self.table_names = store_tables(store)
        if "kb_events" not in self.table_names:
            raise QueryError("the store has no knowledge base yet: run `dipnet consolidate --db PATH`")
        self.store = store
        self.con = store.cursor()
        self._entities: dict[str, dict[str, Any]] = {}  # looked up in this Query (one answer, one state)

    def close(self) -> None:
        self.con.close()

    def _all(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        if (reads := READS.get()) is not None:
            reads.update(t.lower() for t in _READ.findall(sql))
        try:
            cur = self.con.execute(sql, params or [])
        except duckdb.Error as exc:
            raise QueryError(f"query failed: {exc}") from exc
        names = [d[0] for d in cur.description]
        return [{k: _value(k, v) for k, v in zip(names, row, strict=True)} for row in cur.fetchall()]

    def _one(self, sql: str, params: list[Any] | None = None) -> dict[str, Any] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    # ---- entities -------------------------------------------------------------------------------
    def entity(self, ref: str) -> dict[str, Any]:
        """An entity by id (country:VN, person:to-lam), ISO code (VN, VNM), or any name it goes by."""
        ref = (ref or "").strip()
        if not ref:
            raise QueryError("no entity named")
        if ref in self._entities:  # a dossier names its country again for its events: one lookup
            return dict(self._entities[ref])
        row = self._one("SELECT * FROM kb_entities WHERE entity_id = ?", [ref])
        if row is None and ref.isascii() and len(ref) in (2, 3):
            row = self._one("SELECT * FROM kb_entities WHERE type = 'COUNTRY' AND (country = ? OR "
                            "json_extract_string(external, '$.iso3166_alpha3') = ?)", [ref.upper(), ref.upper()])
        if row is None:
            name = names.simplified(ref)
            row = self._one("SELECT * FROM kb_entities WHERE name = ? OR list_contains(CAST(variants AS VARCHAR[]), ?) "
                            "ORDER BY kb_id IS NULL, n_docs DESC, entity_id LIMIT 1", [name, name])
        if row is None:  # a name in any language, script or spelling (query.names)
            row = names.resolve(self, ref)
        row = names.with_names(row)
        self._entities[ref] = self._entities[row["entity_id"]] = row
        return dict(row)

    def entities(self, q: str | None = None, type: str | None = None, limit: int | None = None,
                 offset: int | None = None) -> dict[str, Any]:
        limit, offset = page(limit, offset)
        where, params = ["1=1"], []
        if q:
            # contains(), not LIKE: a user's % and _ are characters to find, not wildcards
            # or any of the entries the knowledge base finds by a name in any language (query.names)
            where.append("(contains(name, ?) OR contains(CAST(variants AS VARCHAR), ?) OR "
                         "entity_id IN (SELECT unnest(?)) OR kb_id IN (SELECT unnest(?)))")
            ids = [q, *names.kb_ids(q)]
            params += [names.simplified(q)] * 2 + [ids, ids]
        if type:
            where.append("type = ?")
            params.append(type.upper())
        w = " AND ".join(where)
        total = self._one(f"SELECT count(*) AS n FROM kb_entities WHERE {w}", params)
        items = [names.with_names(r) for r in self._all(
            f"SELECT * FROM kb_entities WHERE {w} ORDER BY n_docs DESC, entity_id LIMIT ? OFFSET ?",
            [*params, limit, offset])]
        return {"total": total["n"] if total else 0, "limit": limit, "offset": offset, "items": items}

    # ---- events ---------------------------------------------------------------------------------
    def events(self, actor: str | None = None, country: str | None = None, type: str | None = None,
               channel: str | None = None, date_from: str | None = None, date_to: str | None = None,
               text: str | None = None, limit: int | None = None, offset: int | None = None,
               order: str = "desc", sources: bool = True, status: str | None = None) -> dict[str, Any]:
        limit, offset = page(limit, offset)
        where, params = period_filters(date_from, date_to, type)  # columns of event_actors and kb_events
        where.insert(0, "1=1")
        refs = [ref for ref in (actor, country) if ref]
        if status:
            if status not in STATUSES:
                raise QueryError(f"no such status: {status} (one of {', '.join(STATUSES)})")
            # read from kb_events itself, a column; through event_actors, a lookup in kb_events
            where.append("status = ?" if not refs else "event_id IN (SELECT event_id FROM kb_events WHERE status = ?)")
            params.append(status)
        if channel:
            if channel not in CHANNELS:
                raise QueryError(f"no such channel: {channel} (one of {', '.join(CHANNELS)})")
            where.append("channel = ?")
            params.append(channel)
        if text:
            cond, cond_params = self._text_filter(names.simplified(text))
            where.append(cond)
            params += cond_params
        refs = []  # (the same test as above: any actor or country reads through event_actors)
        for ref, must_be_country in ((actor, False), (country, True)):
            if ref:
                eid = self.entity(ref)["entity_id"]
                if must_be_country and not eid.startswith("country:"):
                    raise QueryError(f"not a country: {ref}")
                refs.append(eid)
        w = " AND ".join(where)
        if refs:  # through event_actors, sorted by actor: only that actor's rows are read
            sel = " INTERSECT ".join(f"SELECT event_id, day_lo FROM event_actors WHERE entity_id = ? AND {w}"
                                     for _ in refs)
            sel_params = [x for r in refs for x in (r, *params)]
        else:
            sel, sel_params = f"SELECT event_id, day_lo FROM kb_events WHERE {w}", params
        direction = "ASC" if order == "asc" else "DESC"
        paged = f"FROM ({sel}) ORDER BY day_lo {direction} NULLS LAST, event_id LIMIT ? OFFSET ?"
        count = f"SELECT count(*) AS n FROM ({sel})"  # one row per actor and event
        if text:  # the text test is the cost: run it once, counting the matches beside the page
            rows = self._all(f"SELECT event_id, count(*) OVER () AS n {paged}", [*sel_params, limit, offset])
            total = {"n": rows[0]["n"]} if rows else (self._one(count, sel_params) if offset else {"n": 0})
        else:  # a filter read through the sorted tables: a count and a top-N beat one materialized set
            total = self._one(count, sel_params)
            rows = self._all(f"SELECT event_id {paged}", [*sel_params, limit, offset])
        ids = [r["event_id"] for r in rows]
        items = self._by_ids(ids)
        if sources:
            self._attach_sources(items)
        return {"total": total["n"] if total else 0, "limit": limit, "offset": offset, "items": items}

    def _text_filter(self, needle: str) -> tuple[str, list[Any]]:
        """The condition on event_id of the events whose evidence, participants or location contain
        `needle`: through event_text, where the bigram signature rules most events out before the
        exact test (dipnet.textsig), or, on a store without it, by reading kb_events whole."""
        if "event_text" not in self.table_names or "\x1f" in needle:  # U+001F separates the parts of event_text
            return ("event_id IN (SELECT event_id FROM kb_events WHERE contains(evidence, ?) OR "
                    "contains(CAST(participants AS VARCHAR), ?) OR contains(location, ?))", [needle] * 3)
        runs = [(f"g{w}", v) for w, v in enumerate(gram_mask(needle)) if v] if GRAMS in self.table_names else []
        pairs = [(f"s{w}", v) for w, v in enumerate(mask(needle)) if v]
        # the words of most bits first, the runs' (fewer texts have each bit) before the pairs'; at most
        # SIG_WORDS of them: each is a column read whole, and past a few the rows left are the matches
        by_bits = lambda x: -x[1].bit_count()  # noqa: E731
        words = (sorted(runs, key=by_bits) + sorted(pairs, key=by_bits))[:SIG_WORDS]
        bits = " AND ".join(f"({c} & {v}::UBIGINT) = {v}::UBIGINT" for c, v in words)
        if not bits:  # one character: no pair to look for
            return "event_id IN (SELECT event_id FROM event_text WHERE contains(text, ?))", [needle]
        # the signatures first, the text of the rows they leave after (rowid: one table, one statement).
        # contains() of the text and the rowid, not of the text alone: a test of one column DuckDB runs
        # in the scan, on every row of each row group holding a candidate (~120,000 texts each), before
        # the join keeps the few candidates; a test of two runs after it, on theirs only
        return (f"event_id IN (SELECT event_id FROM event_text WHERE rowid IN (SELECT rowid FROM event_text "
                f"WHERE {bits}) AND contains(CASE WHEN rowid >= 0 THEN text END, ?))", [needle])

    def _by_ids(self, ids: list[str]) -> list[dict[str, Any]]:
        if not ids:
            return []
        rows = {r["event_id"]: r for r in self._all(
            f"SELECT {EVENT_COLUMNS} FROM kb_events WHERE event_id IN (SELECT unnest(?))", [ids])}
        return [rows[i] for i in ids if i in rows]

    def _attach_sources(self, items: list[dict[str, Any]]) -> None:
        if not items:
            return
        ids = [e["event_id"] for e in items]
        rows = self._all("SELECT event_id, doc_id, source, url, brief, evidence, start_char, end_char, date, published "
                         "FROM event_mentions WHERE event_id IN (SELECT unnest(?)) ORDER BY doc_id, start_char", [ids])
        by: dict[str, list[dict]] = {}
        for r in rows:
            by.setdefault(r.pop("event_id"), []).append(r)
        for e in items:
            e["sources"] = by.get(e["event_id"], [])

    def event(self, event_id: str) -> dict[str, Any]:
        rows = self._all(f"SELECT {EVENT_COLUMNS} FROM kb_events WHERE event_id = ?", [event_id])
        if not rows:
            raise NotFound(f"no such event: {event_id}")
        self._attach_sources(rows)
        return rows[0]

    # ---- people and countries -------------------------------------------------------------------
    def person(self, ref: str, limit: int | None = None) -> dict[str, Any]:
        ent = self.entity(ref)
        if ent["type"] != "PERSON":
            raise QueryError(f"not a person: {ref}")
        pid = ent["entity_id"]
        positions = self._all("SELECT title, body, country, first_seen, last_seen, n_docs, doc_ids, evidence, origin "
                              "FROM role_timeline WHERE person_id = ? ORDER BY first_seen NULLS LAST, title", [pid])
        by_type = self._all("SELECT type, sum(n) AS n FROM actor_stats WHERE entity_id = ? "
                            "GROUP BY type ORDER BY n DESC, type", [pid])
        return {"entity": ent, "positions": positions, "events_by_type": by_type,
                "events": self.events(actor=pid, limit=limit or 20)}

    def _pair_rows(self, cid: str) -> dict[str, list[dict[str, Any]]]:
        rows = self._all("SELECT * FROM relation_timeline WHERE pair_a = ? OR pair_b = ? ORDER BY in_force, level",
                         [cid, cid])
        pairs: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            other = r["pair_b"] if r["pair_a"] == cid else r["pair_a"]
            pairs.setdefault(other, []).append(r)
        return pairs

    def _country(self, ref: str) -> dict[str, Any]:
        ent = self.entity(ref)
        if not ent["entity_id"].startswith("country:"):
            raise QueryError(f"not a country: {ref}")
        return ent

    def country(self, ref: str, limit: int | None = None) -> dict[str, Any]:
        ent = self._country(ref)
        cid = ent["entity_id"]
        levels = [{"partner": o, "partner_name": rows[0]["b"] if rows[0]["pair_a"] == cid else rows[0]["a"],
                   "level": r["level"], "since": r["since"], "in_force": r["in_force"], "event_id": r["event_id"]}
                  for o, rows in sorted(self._pair_rows(cid).items()) for r in rows]
        by_type_year = self._all("SELECT type, year, sum(n) AS n FROM actor_stats "
                                 "WHERE entity_id = ? GROUP BY ALL ORDER BY year NULLS LAST, type", [cid])
        facts = self._all("SELECT claim_id, predicate, value, unit, as_of, as_of_day, first_published, n_docs, doc_ids, "
                          "evidence FROM fact_claims WHERE subject_id = ? ORDER BY predicate, as_of_day NULLS LAST, claim_id",
                          [cid])
        return {"entity": ent, "relations": levels, "events_by_type_year": by_type_year, "facts": facts,
                "events": self.events(country=cid, limit=limit or 20)}

    def pair(self, a: str, b: str, limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
        ea, eb = self._country(a), self._country(b)
        ia, ib = ea["entity_id"], eb["entity_id"]
        levels = self._pair_rows(ia).get(ib, [])
        channels = self._all("SELECT e.channel, e.type, count(*) AS n FROM kb_events e WHERE e.event_id IN "
                             "(SELECT event_id FROM event_actors WHERE entity_id = ? INTERSECT "
                             "SELECT event_id FROM event_actors WHERE entity_id = ?) GROUP BY ALL "
                             "ORDER BY n DESC, e.channel NULLS LAST, e.type",  # ties in a fixed order: one answer
                             [ia, ib])
        limit, offset = page(limit, offset)
        items = self._all(f"SELECT {EVENT_COLUMNS} FROM kb_events WHERE event_id IN (SELECT event_id FROM event_actors "
                          "WHERE entity_id = ? INTERSECT SELECT event_id FROM event_actors WHERE entity_id = ?) "
                          "ORDER BY day_lo DESC NULLS LAST, event_id LIMIT ? OFFSET ?", [ia, ib, limit, offset])
        self._attach_sources(items)
        return {"a": ea, "b": eb, "levels": levels, "exchanges": channels, "events": items}

    def timeline(self, ref: str, date_from: str | None = None, date_to: str | None = None,
                 limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
        ent = self.entity(ref)
        out = self.events(actor=ent["entity_id"], date_from=date_from, date_to=date_to, limit=limit, offset=offset,
                          order="asc", sources=False)
        out["entity"] = ent
        return out

    # ---- the registry of foreign relations ------------------------------------------------------
    def registry(self, country: str = "VN", as_of: str | None = None) -> dict[str, Any]:
        ent = self._country(country)
        cid = ent["entity_id"]
        day = bound_day(as_of, "as_of", upper=True) or dt.date.today().isoformat()
        pairs = self._pair_rows(cid)
        exchanges = self._all(*exchanges_sql(self.table_names, cid, day))
        by_partner: dict[str, dict[str, int]] = {}
        for r in exchanges:
            by_partner.setdefault(r["partner"], {})[r["channel"] or "other"] = r["n"]
        partner_names = {r["entity_id"]: r["name"] for r in self._all(
            "SELECT entity_id, name FROM kb_entities WHERE entity_id IN (SELECT unnest(?))",
            [sorted(set(pairs) | set(by_partner))])}
        partners, bodies = split_partners(pairs, by_partner, day, lambda o: partner_names.get(o) or names.kb_name(o))
        pairs = {o: rows for o, rows in pairs.items() if party_kind(o) == "state"}
        claims = claims_against(pairs, self._all(
            "SELECT * FROM fact_claims WHERE subject_id = ? AND as_of_day <= CAST(? AS DATE) "
            "ORDER BY predicate, as_of_day, claim_id", [cid, day]))
        counts = {p: count_at(pairs, day, counted_levels(p) or set()) for p in COUNTED}
        return {"country": ent, "as_of": day, "partners": partners, "bodies": bodies, "counts": counts,
                "claims": claims}

    # ---- full-text search -----------------------------------------------------------------------
    def search(self, q: str, limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
        from dipnet.consolidate.minhash import grams

        limit, offset = page(limit, offset)
        terms = [t for t in names.simplified(q or "").split() if t]
        if not terms:
            raise QueryError("empty search")
        gs = sorted(set().union(*(grams(t) for t in terms)))
        where = " AND ".join(["(contains(d.text, ?) OR contains(d.title, ?))"] * len(terms))  # literal, as above
        params: list[Any] = [x for t in terms for x in (t, t)]
        method = "like"
        if gs and self._one("SELECT 1 AS x FROM page_grams LIMIT 1"):
            method = "bigram"
            where = ("d.doc_id IN (SELECT doc_id FROM page_grams WHERE gram IN (SELECT unnest(?)) GROUP BY doc_id "
                     "HAVING count(DISTINCT gram) = ?) AND ") + where
            params = [gs, len(gs), *params]
        # one scan: the matches counted beside the page (a count apart only for a page past the end)
        rows = self._all(f"SELECT d.doc_id, d.source, d.url, d.title, d.published_text AS published, "
                         f"instr(d.text, ?) AS pos, substr(d.text, greatest(instr(d.text, ?) - 30, 1), 90) AS snippet, "
                         f"count(*) OVER () AS _n FROM documents d WHERE {where} "
                         f"ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?",
                         [terms[0], terms[0], *params, limit, offset])
        total = [r.pop("_n") for r in rows][0] if rows else (
            (self._one(f"SELECT count(*) AS n FROM documents d WHERE {where}", params) or {"n": 0})["n"] if offset else 0)
        return {"q": q, "method": method, "total": total, "limit": limit, "offset": offset, "items": rows}

    def tables(self) -> list[dict[str, Any]]:
        from dipnet.store import TABLES

        present = [t for t in TABLES if t in self.table_names]
        # one statement for every count (a statement each cost a round trip each: 25 of them)
        counts = {r["t"]: r["n"] for r in self._all(" UNION ALL ".join(
            f"SELECT '{t}' AS t, count(*) AS n FROM {t}" for t in present))} if present else {}
        return [{"table": t, "rows": counts.get(t, 0)} for t in TABLES]


@contextmanager
def snapshot(store: Store) -> Iterator[Query]:
    """A Query whose statements all read one committed state of the store (one transaction on its
    own cursor), so an answer made of several statements never mixes the states before and after a
    concurrent write; the cursor is closed at the end, which ends the transaction."""
    q = Query(store)
    try:
        q.con.execute("BEGIN TRANSACTION")
        yield q
    finally:
        q.close()

