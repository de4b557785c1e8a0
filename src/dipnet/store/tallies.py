"""The entities' tallies kept as stored totals (what lookups.entity_tallies sums over an entity's
rows: its rows, pages and first row; each name's and mention's count; each country's count and first
row), so that an add reads a hub entity's totals, not its hundred thousand links. They are derived
from entity_links joined to the entity rows: made whole when entity_links is written whole (or a
store lacks them: the upgrade), and by difference when an add rewrites the links of some pages
(the pages' rows before are taken off, and after added). A first row is a least value, which a
difference cannot take off: an entity whose first row (or a country's first row) is on a page
rewritten is summed again from all its rows (rare: one page in thousands)."""

from __future__ import annotations

import duckdb

# store.rows' order of the entity columns (lookups.ENTITY_ORDER), mentions as JSON text
FIRST = "struct_pack(doc_id, entity_id, type, name, kb_id, country, sector, mentions)"
FIRST_TYPE = ("STRUCT(doc_id VARCHAR, entity_id VARCHAR, type VARCHAR, name VARCHAR, kb_id VARCHAR, "
              "country VARCHAR, sector VARCHAR, mentions VARCHAR)")
TABLES_SQL = f"""
CREATE TABLE IF NOT EXISTS entity_tally (entity_id VARCHAR, n_rows BIGINT, n_docs BIGINT, first {FIRST_TYPE});
CREATE TABLE IF NOT EXISTS entity_tally_names (entity_id VARCHAR, name VARCHAR, n BIGINT);
CREATE TABLE IF NOT EXISTS entity_tally_countries (entity_id VARCHAR, country VARCHAR, n BIGINT, first {FIRST_TYPE});
CREATE TABLE IF NOT EXISTS relation_pairs (pair_a VARCHAR, pair_b VARCHAR, level VARCHAR, event_id VARCHAR,
    date VARCHAR, evidence VARCHAR);
"""
TALLY_TABLES = ("entity_tally", "entity_tally_names", "entity_tally_countries")
# relation_pairs: each (pair, level) a stored RELATION_CHANGE event moves to a level (timelines.event_pairs),
# made by the consolidation (consolidate.relevents) and kept with kb_events: the relation timeline reads
# the earliest event of each pair of a few groups from it, not every event naming a hub country


def joined(links: str = "entity_links", docs: str | None = None, gids: str | None = None) -> str:
    """The entity rows with the entity their link gives (gid), as lookups.entity_tallies reads them:
    of the pages whose ids the table `docs` holds (column doc_id), of the entities `gids` holds (k)."""
    where = [f"doc_id IN (SELECT doc_id FROM {docs})"] if docs else []
    where += [f"entity_id IN (SELECT k FROM {gids})"] if gids else []
    cond = f" WHERE {' AND '.join(where)}" if where else ""
    edocs = f" WHERE e.doc_id IN (SELECT doc_id FROM {docs})" if docs else ""
    return ("SELECT e.doc_id, e.entity_id, e.type, e.name, e.kb_id, e.country, e.sector, "
            "CAST(e.mentions AS VARCHAR) AS mentions, l.entity_id AS gid FROM entities e JOIN "
            f"(SELECT DISTINCT doc_id, local_id, entity_id FROM {links}{cond}) l "
            f"ON l.doc_id = e.doc_id AND l.local_id = e.entity_id{edocs}")


def sums(rows: str, sign: int = 1) -> dict[str, str]:
    """The queries of the tallies (tally, names, countries: the columns of each tally table) of the rows of `rows`
    (a table or a parenthesized query of joined's columns), counts times `sign`."""
    return {"tally": f"SELECT gid AS entity_id, {sign} * count(*) AS n_rows, {sign} * count(DISTINCT doc_id) AS n_docs, "
                     f"min({FIRST}) AS first FROM {rows} GROUP BY gid",
            "names": f"SELECT gid AS entity_id, n AS name, {sign} * count(*) AS n FROM (SELECT gid, unnest(list_prepend("
                     f"name, coalesce(CAST(CAST(mentions AS JSON) AS VARCHAR[]), []))) AS n FROM {rows}) GROUP BY ALL",
            "countries": f"SELECT gid AS entity_id, country, {sign} * count(*) AS n, min({FIRST}) AS first FROM {rows} "
                         "WHERE country <> '' GROUP BY ALL"}


def _sums(con: duckdb.DuckDBPyConnection, rows: str, into: str, sign: int) -> None:
    """The tallies of the rows of the table `rows` (joined's columns), counts times `sign`, into the
    temporary tables {into}_tally, {into}_names, {into}_countries (made anew)."""
    for t, q in sums(rows, sign).items():
        con.execute(f"CREATE OR REPLACE TEMP TABLE {into}_{t} AS {q}")


def recount_differs() -> str:
    """A query of the rows of the tally tables that differ from a recount of entity_links and the entity rows
    (as (table, entity id): each row stored but not recounted, or recounted but not stored); none in a sound
    store (nor in one without tallies yet: made when it is next opened to write)."""
    recount = sums(f"({joined()})")
    return " UNION ALL ".join(
        f"SELECT '{table}', entity_id FROM ((FROM {table} EXCEPT ALL {recount[t]}) UNION ALL "
        f"({recount[t]} EXCEPT ALL FROM {table})) WHERE EXISTS (FROM entity_tally)"
        for table, t in zip(TALLY_TABLES, ("tally", "names", "countries"), strict=True))


def _write_whole(con: duckdb.DuckDBPyConnection, src: str) -> None:
    """Insert the sums of {src}_* into the tally tables, in entity order."""
    con.execute(f"INSERT INTO entity_tally SELECT * FROM {src}_tally ORDER BY entity_id")
    con.execute(f"INSERT INTO entity_tally_names SELECT * FROM {src}_names ORDER BY entity_id, name")
    con.execute(f"INSERT INTO entity_tally_countries SELECT * FROM {src}_countries ORDER BY entity_id, country")
    for t in ("tally", "names", "countries"):
        con.execute(f"DROP TABLE {src}_{t}")


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """The tally tables made again whole from entity_links and the entity rows."""
    for t in TALLY_TABLES:
        con.execute(f"DELETE FROM {t}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE _trows AS {joined()}")
    _sums(con, "_trows", "_tw", 1)
    con.execute("DROP TABLE _trows")
    _write_whole(con, "_tw")


def missing(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store lacks its tallies (made before they were kept): links but no tally."""
    return bool(con.execute("SELECT NOT EXISTS (FROM entity_tally) AND EXISTS (FROM entity_links)").fetchall()[0][0])


def taken_off(con: duckdb.DuckDBPyConnection, docs: str) -> None:
    """Before the links of the pages of the table `docs` (column doc_id) are deleted: their rows'
    tallies, negated, into _td_* ; and into _tlost the entities whose first row, or a country's
    first row, is on one of these pages (summed again whole once the new links are in)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _trows AS {joined(docs=docs)}")
    _sums(con, "_trows", "_td", -1)
    con.execute("DROP TABLE _trows")
    for t in ("tally", "countries"):  # a least value is not taken off (see _tlost)
        con.execute(f"UPDATE _td_{t} SET first = NULL")
    con.execute("CREATE OR REPLACE TEMP TABLE _tlost AS SELECT DISTINCT t.entity_id AS k FROM ("
                "SELECT entity_id, first FROM entity_tally WHERE entity_id IN (SELECT entity_id FROM _td_tally) "
                "UNION ALL SELECT entity_id, first FROM entity_tally_countries "
                "WHERE entity_id IN (SELECT entity_id FROM _td_tally)) t "
                f"WHERE t.first.doc_id IN (SELECT doc_id FROM {docs})")


def added_on(con: duckdb.DuckDBPyConnection, docs: str) -> None:
    """After the new links of the pages of `docs` are in: their rows' tallies added to _td_* (from
    taken_off), applied to the stored totals (a count 0 gone; a first row the least of the stored
    and the new one), and the entities of _tlost summed again from all their rows."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _trows AS {joined(docs=docs)}")
    _sums(con, "_trows", "_ta", 1)
    con.execute("DROP TABLE _trows")
    for t in ("tally", "names", "countries"):
        con.execute(f"INSERT INTO _td_{t} SELECT * FROM _ta_{t}")
        con.execute(f"DROP TABLE _ta_{t}")
    lost = "entity_id NOT IN (SELECT k FROM _tlost)"
    specs = (("entity_tally", "_td_tally", ("entity_id",), "n_rows, n_docs", "n_rows"),
             ("entity_tally_names", "_td_names", ("entity_id", "name"), "n", "n"),
             ("entity_tally_countries", "_td_countries", ("entity_id", "country"), "n", "n"))
    for table, delta, keys, counts, total in specs:
        cols = ", ".join(keys)
        same = " AND ".join(f"t.{k} = d.{k}" for k in keys)
        has_first = table != "entity_tally_names"
        sums = ", ".join(f"sum({c}) AS {c}" for c in counts.split(", "))
        firsts = ", min(first) AS first" if has_first else ""
        con.execute(f"CREATE OR REPLACE TEMP TABLE _tsum AS SELECT {cols}, {sums}{firsts} FROM {delta} "
                    f"WHERE {lost} GROUP BY ALL")
        # the stored totals plus the differences; a first row the least of the stored one and those
        # added (the aggregate's order; those taken off carry none: a lost one is in _tlost)
        con.execute(f"CREATE OR REPLACE TEMP TABLE _tnew AS SELECT {cols}, {sums}{firsts} FROM ("
                    f"SELECT t.* FROM {table} t SEMI JOIN _tsum d ON {same} UNION ALL SELECT * FROM _tsum) "
                    "GROUP BY ALL")
        con.execute(f"DELETE FROM {table} t USING _tsum d WHERE {same}")
        con.execute(f"INSERT INTO {table} SELECT * FROM _tnew WHERE {total} > 0 ORDER BY {cols}")
        con.execute(f"DELETE FROM {table} WHERE entity_id IN (SELECT k FROM _tlost)")
        con.execute(f"DROP TABLE _tsum; DROP TABLE _tnew; DROP TABLE {delta}")
    if con.execute("SELECT EXISTS (FROM _tlost)").fetchall()[0][0]:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _trows AS {joined(gids='_tlost')}")
        _sums(con, "_trows", "_tw", 1)
        con.execute("DROP TABLE _trows")
        _write_whole(con, "_tw")
    con.execute("DROP TABLE _tlost")


def usable(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store keeps its tallies (it does once opened: Store's upgrade makes them)."""
    return not missing(con)


def read(cur: duckdb.DuckDBPyConnection, whole: str) -> tuple[list, list, list]:
    """lookups.entity_tallies' three lists over the rows of the entities `_aff` (registered on `cur`,
    column k): their stored totals, less the rows of the pages `_rel` (k) relinked, plus the rows of
    `_fresh` (joined's columns); `whole` (a query of such rows, of the entities of the table {aff}) for the entities
    whose stored first row, or a country's, is on a page relinked (a least value not taken off)."""
    cur.execute("CREATE OR REPLACE TEMP TABLE _reld AS SELECT DISTINCT k AS doc_id FROM _rel")
    cur.execute("CREATE OR REPLACE TEMP TABLE _tl AS SELECT DISTINCT entity_id AS k FROM ("
                "SELECT entity_id, first FROM entity_tally WHERE entity_id IN (SELECT k FROM _aff) UNION ALL "
                "SELECT entity_id, first FROM entity_tally_countries WHERE entity_id IN (SELECT k FROM _aff)) "
                "WHERE first.doc_id IN (SELECT doc_id FROM _reld)")
    cur.execute("CREATE OR REPLACE TEMP TABLE _tk AS SELECT k FROM _aff WHERE k NOT IN (SELECT k FROM _tl)")
    cur.execute(f"CREATE OR REPLACE TEMP TABLE _trows AS {joined(docs='_reld', gids='_tk')}")
    _sums(cur, "_trows", "_rs", -1)
    for t in ("tally", "countries"):
        cur.execute(f"UPDATE _rs_{t} SET first = NULL")
    cur.execute("CREATE OR REPLACE TEMP TABLE _trows AS SELECT * FROM _fresh WHERE gid IN (SELECT k FROM _tk)")
    _sums(cur, "_trows", "_rf", 1)
    cur.execute("DROP TABLE _trows")

    def parts(t: str, table: str) -> str:
        return (f"SELECT * FROM {table} WHERE entity_id IN (SELECT k FROM _tk) UNION ALL "
                f"SELECT * FROM _rs_{t} UNION ALL SELECT * FROM _rf_{t}")
    first = [(g, f["type"], f["sector"], f["doc_id"], f["entity_id"], n) for g, f, n in cur.execute(
        f"SELECT entity_id, min(first), sum(n_docs) FROM ({parts('tally', 'entity_tally')}) GROUP BY entity_id "
        "HAVING sum(n_rows) > 0").fetchall()]
    names = cur.execute(f"SELECT entity_id, name, sum(n) FROM ({parts('names', 'entity_tally_names')}) "
                        "GROUP BY ALL HAVING sum(n) > 0").fetchall()
    countries = cur.execute(
        "SELECT entity_id, country, k, row_number() OVER (PARTITION BY entity_id ORDER BY o) FROM "
        f"(SELECT entity_id, country, sum(n) AS k, min(first) AS o FROM ({parts('countries', 'entity_tally_countries')}) "
        "GROUP BY ALL HAVING sum(n) > 0)").fetchall()
    for t in ("tally", "names", "countries"):
        cur.execute(f"DROP TABLE _rs_{t}; DROP TABLE _rf_{t}")
    if cur.execute("SELECT EXISTS (FROM _tl)").fetchall()[0][0]:
        f2, n2, c2 = whole_tallies(cur, whole.format(aff="_tl"))
        first, names, countries = first + f2, names + n2, countries + c2
    for t in ("_reld", "_tl", "_tk"):
        cur.execute(f"DROP TABLE {t}")
    return first, names, countries


def whole_tallies(cur: duckdb.DuckDBPyConnection, rows: str) -> tuple[list, list, list]:
    """lookups.entity_tallies' three lists summed over the rows `rows` gives (joined's columns)."""
    cur.execute(f"CREATE OR REPLACE TEMP TABLE _erows AS {rows}")
    first = [(g, m["type"], m["sector"], m["doc_id"], m["entity_id"], n) for g, m, n in cur.execute(
        f"SELECT gid, min({FIRST}), count(DISTINCT doc_id) FROM _erows GROUP BY gid").fetchall()]
    names = cur.execute("SELECT gid, n, count(*) FROM (SELECT gid, unnest(list_prepend(name, "
                        "coalesce(CAST(CAST(mentions AS JSON) AS VARCHAR[]), []))) AS n FROM _erows) GROUP BY ALL"
                        ).fetchall()
    countries = cur.execute("SELECT gid, country, k, row_number() OVER (PARTITION BY gid ORDER BY o) FROM "
                            f"(SELECT gid, country, count(*) AS k, min({FIRST}) AS o FROM _erows WHERE country <> '' "
                            "GROUP BY gid, country)").fetchall()
    cur.execute("DROP TABLE _erows")
    return first, names, countries
