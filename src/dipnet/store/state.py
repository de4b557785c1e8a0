"""The merge state of event consolidation, kept in the store so that adding pages re-merges only
what they can touch: every report (a page's event) with the event it was merged into, its place in
the clustering order, the blocks it is filed under, and what it read of the resolver (the names it
gives, the entity ids it refers to); event_blocks is the same blocks one row each, to find the
reports of a block without reading the others; name_index, the resolver's name -> entity map, to
tell which names resolve otherwise after an add; rule_names, the names of the rule-found entity
rows without a KB match by type (what their canonical names depend on: consolidate.added); and
LINK_TABLES, what page links are found by after an add (consolidate.links)."""

from __future__ import annotations

import hashlib
from typing import Any

import duckdb

from dipnet.store.dropstate import drop_reports
from dipnet.store.ranges import BLOCK_PART_ROWS, REPORT_PART_ROWS, insert_sorted

STATE = """
CREATE TABLE IF NOT EXISTS event_reports (
    mention_id VARCHAR, event_id VARCHAR USING COMPRESSION uncompressed, doc_id VARCHAR USING COMPRESSION uncompressed,
    idx INTEGER, okey VARCHAR, blocks VARCHAR, names VARCHAR[], refs VARCHAR[], countries VARCHAR[], root VARCHAR,
    rids VARCHAR, eh UBIGINT, erow BIGINT, cmp VARCHAR USING COMPRESSION uncompressed, brief INTEGER, coarse BOOLEAN);
CREATE TABLE IF NOT EXISTS event_blocks (block VARCHAR, okey VARCHAR, mention_id VARCHAR, event_id VARCHAR,
    bh UBIGINT, eh UBIGINT, coarse BOOLEAN);
CREATE TABLE IF NOT EXISTS name_index (name VARCHAR, entity_id VARCHAR);
CREATE TABLE IF NOT EXISTS rule_names (type VARCHAR, name VARCHAR);
CREATE TABLE IF NOT EXISTS page_bands (kind VARCHAR, band TINYINT, key UBIGINT, doc_id VARCHAR, idx INTEGER);
CREATE TABLE IF NOT EXISTS page_heads (head VARCHAR, doc_id VARCHAR, idx INTEGER);
CREATE TABLE IF NOT EXISTS story_edges (kind VARCHAR, doc_a VARCHAR, idx_a INTEGER, doc_b VARCHAR, score DOUBLE,
    head VARCHAR);
DROP TABLE IF EXISTS event_digests;
"""
STATE_TABLES = ("event_reports", "event_blocks", "name_index", "rule_names")
LINK_TABLES = ("page_bands", "page_heads", "story_edges")  # the page links' state (consolidate.links)
# written in this order, so that zone maps skip what a lookup by block or by event cannot match
# event_reports in the clustering order (okey: type, date): a replay wave's reads (near) are of one type
# and about one date, so they sit in a few row groups, not spread over all of them as in event order
# (random ids): at 100,000 pages a lookup of 5-60 blocks ~35% less CPU
# event_blocks in its blocks' keys' order (bh): a lookup by keys skips all row groups but those holding them (a text's
# zone map keeps 8 bytes, STATEMEN… for every STATEMENT block: 100,000 pages, near's 60 lookups' hits 1.06 -> 0.54 s)
STATE_SORTED = {"event_reports": "okey", "event_blocks": "bh, okey", "name_index": "name", "rule_names": "type, name"}
# a report's blocks as one text, joined by BLOCK_SEP (below any character of a block): a waves' read
# of the reports of the events hit decodes them for every row it scans, a list column costs twice as much
BLOCK_SEP = "\x1e"
UNNEST_BLOCKS = "unnest(string_split(nullif(blocks, ''), chr(30)))"
# rids: the entity each of `names` resolved to on the report's page, joined by BLOCK_SEP (what a
# report the add does not touch resolves them to again: Resolver.pinned, without reading its page's
# links); NULL in a store consolidated before it was kept (consolidate.backfill fills it)
# cmp: what the replay compares of the report (consolidate.compared), NULL in a store consolidated
# before it was kept (filled once before an add)
# brief: the brief of the report's unit, -1 for none (its events row's, as events.Report.unit has it): the
# add compares each report's root with its unit's now without joining every report with its events row
# (stateupgrade fills it in an older store)
# coarse: whether the report is (events._coarse: dated by its page or to a year; NULL: not known, a store
# consolidated before it was kept and without cmp), in event_blocks too: a fine report looks up only the
# coarse reports of its year-wide country block (COARSE_PART), the others are never its candidates (replay)
REPORT_COLUMNS = ("mention_id", "event_id", "doc_id", "idx", "okey", "blocks", "names", "refs", "countries", "root",
                  "rids", "cmp", "brief", "coarse")
# a block of the replay's (consolidate.parts) that is one part of a stored block: the rows of its coarse
# reports, or of its fine ones
COARSE_PART, FINE_PART = "\x1dC", "\x1dF"
# whether a block (SQL, of column block) is a year-wide country one: events.blocks' (type, "c", ...)
COUNTRY_YEAR = "split_part(block, chr(31), 2) = 'c'"
# A wave of the replay looks up the events filed under a set of blocks and then every report of
# those events: each lookup is a semi-join scanning a whole table (an index would fetch the
# thousands of rows a wave finds one at a time), so it joins on a 64-bit key of the text, not on
# the text: event_blocks keeps each block's key (bh) and its event's (eh), event_reports its
# event's (eh). The key is md5's (the same in every DuckDB, unlike hash()); two texts of one key
# only make a lookup read an event more, never fewer.
KEY = "md5_number_lower({})"
EH = KEY.format("event_id")
# near looks blocks up by their texts (constants) up to this many, else by their keys as one list (bh = ANY, which
FEW_BLOCKS = 0  # skips the row groups whose zone maps hold none of them); 0: always by keys (texts: the tests')
# touched looks up at most this many names (or refs) as constants, each a list_contains of the scan (a name a
# few reports give: at 100,000 pages 0.07 -> 0.015 s); more: their lists unnested and semi-joined
FEW_VALUES = 4
# event_blocks' rows of a query giving (block, okey, mention_id, event_id)
BLOCK_ROWS = f"(SELECT block, okey, mention_id, event_id, {KEY.format('block')} AS bh, {EH} AS eh, coarse FROM ({{rows}}))"
_UNNESTED = f"SELECT {UNNEST_BLOCKS} AS block, okey, mention_id, event_id, coarse FROM {{src}}"
BLOCKS_OF = ("INSERT INTO event_blocks SELECT * FROM " + BLOCK_ROWS.format(
    rows=_UNNESTED.format(src="event_reports WHERE mention_id IN (SELECT mention_id FROM {src})"))
    + f" ORDER BY {STATE_SORTED['event_blocks']}")
# the same from {src} itself, a table of the rows written (whole, or an add's): no semi-join of every
# report's id (at 100,000 pages this statement ran out of the 256 MB DuckDB has while consolidating;
# alone, either form fits at 1.3 million reports: the transaction's other data counts too)
BLOCKS_ALL = f"INSERT INTO event_blocks SELECT * FROM {BLOCK_ROWS.format(rows=_UNNESTED)} ORDER BY {STATE_SORTED['event_blocks']}"
# event_reports' rows of a table of REPORT_COLUMNS (and eh, unset when staged), each with the rowid
# of its events row (erow: rows_at fetches a few rows by it, not by a scan of every page's; a page's
# (doc_id, idx) names one events row, as rows_at's join has it); inserted BY NAME (an upgraded
# store may have gained eh after erow)
REPORT_ROWS = (f"(SELECT {', '.join('r.' + c for c in REPORT_COLUMNS)}, {EH.replace('event_id', 'r.event_id')} AS eh, "
               "e.rowid AS erow FROM {src} r LEFT JOIN events e ON e.doc_id = r.doc_id AND e.idx = r.idx)")


def key(text: str) -> int:
    """KEY of a text, as DuckDB's md5_number_lower gives it (the lower 64 bits of its md5, little-endian)."""
    return int.from_bytes(hashlib.md5(text.encode()).digest()[8:], "little")


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def register_keys(cur: duckdb.DuckDBPyConnection, name: str, values: list[str] | set[str]) -> None:
    """`values` as a one-column table `name` (column k) on this cursor, for `IN (SELECT k FROM name)`."""
    import pyarrow as pa

    cur.register(name, pa.table({"k": pa.array(sorted(set(values)), pa.string())}))


def unread(con: duckdb.DuckDBPyConnection, docs: set[str] | list[str],
           loaded: set[str]) -> duckdb.DuckDBPyConnection | None:
    """A cursor with the pages of `docs` not in `loaded` registered as `_d` (and added to `loaded`),
    or None when every one was read already: the prefetchers read a batch of pages once."""
    todo = sorted(set(docs) - loaded)
    if not todo:
        return None
    loaded.update(todo)
    cur = con.cursor()
    register_keys(cur, "_d", todo)
    return cur


Pins = tuple[list[str], list[str]]  # the names a stored report resolved and their entities (rids)


def near(con: duckdb.DuckDBPyConnection, blocks: list[str],
         events: list[str]) -> list[tuple[str, str, str, list[str], str, int, int | None, Pins | None, str | None, bool | None]]:
    """(mention_id, event_id, okey, blocks, doc_id, idx, erow, pins, cmp, coarse) of the stored reports filed under
    these blocks (or a part of one: COARSE_PART, FINE_PART) or of these events, and of every report of their
    events, in one query: the events hit are read from event_blocks itself (each row keeps its report's event),
    then their reports from
    event_reports, both joined on the 64-bit keys (KEY) of the blocks and events, not their texts
    (but a few blocks: FEW_BLOCKS);
    the rows found by their keys first (one column scanned), then read (the other columns decoded
    only where a row was found: at 100,000 pages a lookup of 30 events 0.12 -> 0.05 s CPU)."""
    # the keys as parameters, not registered pyarrow tables: a wave's lookup has a fixed cost of a few ms (1.3 ms less)
    params: list[Any] = [sorted(set(events))]  # $1, then the blocks
    hits = block_hits(blocks, params)
    rows = con.cursor().execute(
        f"WITH hit AS ({' UNION '.join([*hits, ''])}SELECT {KEY.format('k')} AS eh FROM (SELECT unnest($1::VARCHAR[]) AS k)) "
        f"{NEAR_READ} (SELECT rowid FROM event_reports WHERE eh IN (SELECT eh FROM hit))", params).fetchall()
    return near_rows(con, rows)


NEAR_READ = f"SELECT {(NEAR_COLS := 'mention_id, event_id, okey, blocks, doc_id, idx, erow, cmp, coarse')} FROM event_reports WHERE rowid IN"


def block_hits(blocks: list[str], params: list[Any]) -> list[str]:
    """near's queries of the events' keys (eh) filed under these blocks, their parameters appended to `params`."""
    few = sorted(set(blocks))
    # whole blocks, and the parts (a scan each, its rows of coarse or of fine reports only: one scan with the
    # parts' conditions after an OR keeps the blocks' filter out of the scan, ~3 times the CPU at 100,000 pages)
    groups = [(g, cond) for g, cond in (([b for b in few if not b.endswith((COARSE_PART, FINE_PART))], ""),
                                        ([b[:-2] for b in few if b.endswith(COARSE_PART)], " AND coarse"),
                                        ([b[:-2] for b in few if b.endswith(FINE_PART)], " AND NOT coarse")) if g]
    hits = []
    for g, cond in groups:
        if len(few) <= FEW_BLOCKS:  # by their texts, one constant each (FEW_BLOCKS)
            hits.append(f"SELECT eh FROM event_blocks WHERE block IN "
                        f"({', '.join(f'${i}' for i in range(len(params) + 1, len(params) + len(g) + 1))}){cond}")
            params += g
        else:  # by their 64-bit keys, computed here (a list of keys the scan compares, no semi-join)
            hits.append(f"SELECT eh FROM event_blocks WHERE bh = ANY(${len(params) + 1}::UBIGINT[]){cond}")
            params.append(sorted({key(b) for b in g}))
    return hits


def near_rows(con: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]]) -> list[Any]:
    """near's rows of event_reports' rows read by NEAR_READ."""
    # the names and their entities only of the reports without cmp (with it: pins_of, when merged again), read apart: a
    # CASE on cmp decoded names and rids in every row group a hit falls in, for none (100,000 pages: ~0.25 s CPU)
    bare = [r[0] for r in rows if r[7] is None]
    got = pins_of(con, bare) if bare else {}
    return [(m, e, o, b.split(BLOCK_SEP) if b else [], d, i, r, got.get(m) if c is None else None, c, k)
            for m, e, o, b, d, i, r, c, k in rows]


def coarse_known(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether every stored report's coarse is kept (the replay looks blocks up by parts only then)."""
    return not con.cursor().execute("SELECT EXISTS (FROM event_reports WHERE coarse IS NULL)").fetchall()[0][0]


def pins_of(con: duckdb.DuckDBPyConnection, mention_ids: list[str]) -> dict[str, Pins | None]:
    """The names these stored reports resolved and their entities (pins), by mention id."""
    rows = con.cursor().execute("SELECT mention_id, names, rids FROM event_reports WHERE mention_id IN "
                                "(SELECT unnest($1::VARCHAR[]))", [sorted(set(mention_ids))]).fetchall()
    return {m: pins(names, rids) for m, names, rids in rows}


def pins(names: list[str] | None, rids: str | None) -> Pins | None:
    """A state row's names and the entities they resolved to (None: the row does not keep them)."""
    if rids is None or names is None:
        return None
    ids = rids.split(BLOCK_SEP) if rids else []
    return (names, ids) if len(ids) == len(names) else None


def report_rows(con: duckdb.DuckDBPyConnection, mention_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The events rows of these stored reports, by mention id."""
    cur = con.cursor()
    register_keys(cur, "_want", mention_ids)
    rows = _dicts(cur.execute("SELECT r.mention_id AS _mention_id, e.* FROM event_reports r JOIN events e "
                              "ON e.doc_id = r.doc_id AND e.idx = r.idx WHERE r.mention_id IN (SELECT k FROM _want)"))
    return {r.pop("_mention_id"): r for r in rows}


def rows_at(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str, int, int | None]],
            cols: str = "e.*") -> dict[str, dict[str, Any]]:
    """The events rows of these stored reports, by mention id, given each one's (mention id, page,
    index, rowid of its events row) as near read them: fetched by their rowids (a join on rowid reads
    only the rows asked: at 100,000 pages 3 rows in 8 ms, where a join on the page scans every
    events row's page, ~100-200 ms however few), each checked to be the row of its page and index;
    those whose rowid is unknown or names another row (the table rewritten since) by a join on
    (page, index). `cols`: the columns read (with doc_id and idx)."""
    import pyarrow as pa

    cur = con.cursor()
    out: dict[str, dict[str, Any]] = {}
    by_row = [k for k in keys if k[3] is not None]
    if by_row:
        cur.register("_at", pa.table({"m": pa.array([k[0] for k in by_row], pa.string()),
                                      "erow": pa.array([k[3] for k in by_row], pa.int64())}))
        # no other condition in the join: one on the page too makes it scan every row again
        want = {k[0]: (k[1], k[2]) for k in by_row}
        for r in _dicts(cur.execute(f"SELECT k.m AS _mention_id, {cols} FROM events e JOIN _at k ON e.rowid = k.erow")):
            m = r.pop("_mention_id")
            if want[m] == (r["doc_id"], r["idx"]):
                out[m] = r
        cur.unregister("_at")
    rest = [k for k in keys if k[0] not in out]
    if rest:
        cur.register("_at", pa.table({"m": pa.array([k[0] for k in rest], pa.string()),
                                      "doc_id": pa.array([k[1] for k in rest], pa.string()),
                                      "idx": pa.array([k[2] for k in rest], pa.int32())}))
        # the semi-join on the page alone: a few pages' values filter the scan, skipping most row groups
        rows = _dicts(cur.execute(f"SELECT k.m AS _mention_id, {cols} FROM events e JOIN _at k "
                                  "ON e.doc_id = k.doc_id AND e.idx = k.idx WHERE e.doc_id IN (SELECT doc_id FROM _at)"))
        out.update((r.pop("_mention_id"), r) for r in rows)
    return out


def events_of_reports(con: duckdb.DuckDBPyConnection, mention_ids: list[str]) -> set[str]:
    """The events these stored reports are merged into."""
    cur = con.cursor()
    register_keys(cur, "_want", mention_ids)
    return {r[0] for r in cur.execute("SELECT DISTINCT event_id FROM event_reports "
                                      "WHERE mention_id IN (SELECT k FROM _want)").fetchall()}


def unmerged_events(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The events rows of pages no consolidation has merged yet."""
    return _dicts(con.cursor().execute(
        "SELECT e.* FROM events e ANTI JOIN event_reports r ON e.doc_id = r.doc_id AND e.idx = r.idx ORDER BY ALL"))


def touched(con: duckdb.DuckDBPyConnection, docs: list[str], names: list[str], refs: list[str]) -> list[str]:
    """The stored reports that read what changed: on a page whose entities link elsewhere now, giving
    a name that resolves otherwise, or referring to an entity whose name, type or country changed."""
    cur = con.cursor()
    parts, params = [], []
    if docs:
        register_keys(cur, "_docs", docs)
        parts.append("SELECT mention_id FROM event_reports WHERE doc_id IN (SELECT k FROM _docs)")
    for col, keys in (("names", sorted(set(names))), ("refs", sorted(set(refs)))):
        if 0 < len(keys) <= FEW_VALUES:  # each a constant: the lists compared in the scan, not unnested
            parts.append(f"SELECT mention_id FROM event_reports WHERE {' OR '.join(f'list_contains({col}, ?)' for _ in keys)}")
            params += keys
        elif keys:  # the lists unnested and semi-joined on their values: list_has_any against a list of the
            # keys compares every row's list to it (at 100,000 pages ~3 s CPU; this ~0.3 s)
            register_keys(cur, f"_{col}", keys)
            parts.append(f"SELECT mention_id FROM (SELECT mention_id, unnest({col}) AS n FROM event_reports) "
                         f"WHERE n IN (SELECT k FROM _{col})")
    return [r[0] for r in cur.execute(f"SELECT DISTINCT mention_id FROM ({' UNION ALL '.join(parts)})", params).fetchall()
            ] if parts else []


def rerooted(con: duckdb.DuckDBPyConnection, now: dict[tuple[str, int], str]) -> list[str]:
    """The stored reports whose story root kept is not their unit's (page, brief or -1) now: `now`'s
    for the units it lists, else the unit (compared here, not over the linked pages' reports in Python)."""
    return unmerged_rerooted(con, now)[1]


def unmerged_rerooted(con: duckdb.DuckDBPyConnection,
                      now: dict[tuple[str, int], str]) -> tuple[list[dict[str, Any]], list[str]]:
    """unmerged_events and rerooted at once, neither joining every report with its events row (at
    100,000 pages that join of 1.5 million rows each was ~0.6 s CPU): the pages with fewer reports
    than events rows (an add's new pages: none) by counts a page, their rows unmerged read then;
    and each report's root compared with its unit's now (its brief kept with it) in event_reports alone."""
    import pyarrow as pa

    cur = con.cursor()
    # the events rows are only ever added, a page's all at once, and every one is merged: a page whose
    # rows outnumber its reports is new (no report), else its rows no report joins are looked up
    pages = cur.execute(
        "SELECT e.doc_id, r.n IS NULL FROM (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id) e "
        "LEFT JOIN (SELECT doc_id, count(*) AS n FROM event_reports GROUP BY doc_id) r ON r.doc_id = e.doc_id "
        "WHERE r.n IS DISTINCT FROM e.n").fetchall()
    register_keys(cur, "_none", [d for d, none in pages if none])
    register_keys(cur, "_part", [d for d, none in pages if not none])
    # the new pages' rows found by their page first (one column scanned), then read by rowid (a semi-join reading
    # every column decodes every row group's: at 100,000 pages 0.19 -> 0.01 s)
    new = _dicts(cur.execute(
        "SELECT * FROM (SELECT e.* FROM events e WHERE rowid IN (SELECT rowid FROM events WHERE doc_id IN (SELECT k FROM _none)) "
        "UNION ALL SELECT e.* FROM events e ANTI JOIN (SELECT doc_id, idx FROM event_reports WHERE doc_id IN (SELECT k FROM _part)) r "
        "ON e.doc_id = r.doc_id AND e.idx = r.idx WHERE e.doc_id IN (SELECT k FROM _part)) ORDER BY ALL"
        if any(not none for _, none in pages) else
        "SELECT e.* FROM events e WHERE rowid IN (SELECT rowid FROM events WHERE doc_id IN (SELECT k FROM _none)) ORDER BY ALL"))
    cur.register("_now", pa.table({"doc": pa.array([u[0] for u in now], pa.string()),
                                   "brief": pa.array([u[1] for u in now], pa.int32()),
                                   "root": pa.array(list(now.values()), pa.string())}))
    # their rowids first (the few rerooted read after: a join carrying every report's mention id costs more)
    moved = [r[0] for r in cur.execute(
        "SELECT r.rowid FROM event_reports r LEFT JOIN _now n ON n.doc = r.doc_id AND n.brief = r.brief "
        "WHERE r.root <> coalesce(n.root, r.doc_id || chr(31) || CAST(r.brief AS VARCHAR))").fetchall()]
    if not moved:
        return new, []
    cur.register("_rr", pa.table({"k": pa.array(moved, pa.int64())}))
    return new, [r[0] for r in cur.execute("SELECT mention_id FROM event_reports WHERE rowid IN (SELECT k FROM _rr)").fetchall()]


def country_counts(con: duckdb.DuckDBPyConnection,
                   leave_out: list[str]) -> tuple[dict[str, int], int, dict[str, int], int]:
    """How many stored reports name each country, and how many there are: of all of them, then
    without `leave_out` (one scan of the reports for both)."""
    cur = con.cursor()
    if not leave_out:  # the same counts twice, without a semi-join of every report's id (100,000 pages: 0.11 -> 0.05 s)
        n = cur.execute("SELECT count(*) FROM event_reports").fetchall()[0][0]
        counts = dict(cur.execute("SELECT c, count(*) FROM (SELECT unnest(countries) AS c FROM event_reports) GROUP BY c").fetchall())
        return counts, int(n), dict(counts), int(n)
    register_keys(cur, "_out", leave_out)
    src = "(SELECT *, mention_id IN (SELECT k FROM _out) AS _left FROM event_reports)"
    n, n_rest = cur.execute(f"SELECT count(*), count(*) FILTER (WHERE NOT _left) FROM {src}").fetchall()[0]
    rows = cur.execute(f"SELECT c, count(*), count(*) FILTER (WHERE NOT _left) FROM (SELECT unnest(countries) AS c, "
                       f"_left FROM {src}) GROUP BY c").fetchall()
    return ({c: k for c, k, _ in rows}, int(n), {c: k for c, _, k in rows if k}, int(n_rest))


def name_index(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.cursor().execute("SELECT name, entity_id FROM name_index").fetchall())


def entity_fields(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[Any, ...]]:
    """What events read of each consolidated entity: name, type, country."""
    return {r[0]: r[1:] for r in con.cursor().execute("SELECT entity_id, name, type, country FROM kb_entities").fetchall()}


def write_reports(con: duckdb.DuckDBPyConnection, rows: Any, drop: list[str] | None) -> None:
    """Replace the state rows of the reports `drop` by `rows` (column lists, a pyarrow Table of
    reports_table's columns, or a Staged table), event_blocks with
    them; inside the caller's transaction. `drop` None: the tables are empty (the caller made them again)."""

    if drop is not None:
        register_keys(con, "_drop", drop)
        drop_reports(con)  # event_blocks' rows found by their events' keys (store.dropstate)
        con.unregister("_drop")
    if not isinstance(rows, dict) and not hasattr(rows, "num_rows"):  # staged while merged (Store.stage)
        insert_sorted(con, "event_reports BY NAME", REPORT_ROWS.format(src=rows.table), STATE_SORTED["event_reports"],
                      rows=rows.rows, part_rows=REPORT_PART_ROWS)
        if drop is not None:
            con.execute(BLOCKS_OF.format(src=rows.table))
        else:  # a range of keys at a time (store.ranges)
            blocks_sorted(con, rows.table)
        con.execute(f"DROP TABLE {rows.table}")
        return
    con.register("_reports", rows if hasattr(rows, "num_rows") else reports_table(rows))  # a pyarrow Table as it is
    con.execute(f"INSERT INTO event_reports BY NAME SELECT * FROM {REPORT_ROWS.format(src='_reports')} "
                f"ORDER BY {STATE_SORTED['event_reports']}")
    # their blocks unnested from the rows written (their own table), not found again among every report
    con.execute(BLOCKS_ALL.format(src="_reports"))
    con.unregister("_reports")


def blocks_sorted(con: duckdb.DuckDBPyConnection, src: str) -> None:  # the keys made once, not for each range
    """event_blocks' rows of the reports of table `src` inserted in STATE_SORTED's order, by ranges of their keys."""
    con.execute(f"CREATE TEMP TABLE _blocks AS SELECT * FROM {BLOCK_ROWS.format(rows=_UNNESTED.format(src=src))}")
    insert_sorted(con, "event_blocks", "_blocks", STATE_SORTED["event_blocks"], part_rows=BLOCK_PART_ROWS)
    con.execute("DROP TABLE _blocks")


def reports_table(rows: dict[str, list[Any]]) -> Any:
    """State rows of reports (column lists) as a pyarrow Table of event_reports' types."""
    import pyarrow as pa

    lists = pa.list_(pa.string())
    types = {"idx": pa.int32(), "brief": pa.int32(), "coarse": pa.bool_(), "names": lists, "refs": lists, "countries": lists}
    return pa.table({c: pa.array(rows[c], types.get(c, pa.string())) for c in REPORT_COLUMNS})


def event_types(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The types of the events rows, in order."""
    return [r[0] for r in con.cursor().execute("SELECT DISTINCT type FROM events ORDER BY type").fetchall()]


def missing(con: duckdb.DuckDBPyConnection) -> bool:
    """Events merged but no state kept of them (a store consolidated before it was kept)."""
    return bool(con.cursor().execute("SELECT NOT EXISTS (FROM event_reports) AND EXISTS (FROM kb_events)").fetchall()[0][0])
