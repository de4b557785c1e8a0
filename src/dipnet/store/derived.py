"""The tables derived from the consolidated ones in SQL, rebuilt whole or for the entities an
incremental consolidation touched, and the text an event filter searches."""

from __future__ import annotations

from typing import Any

import duckdb

from dipnet.store import tallies

# derived from event_actors whenever it is written: the counts dossiers and profiles show
ACTOR_STATS = ("INSERT INTO actor_stats SELECT entity_id, type, year, channel, count(*) AS n FROM event_actors "
               "GROUP BY ALL ORDER BY entity_id, year, type, channel")
# The registry's exchanges: the events two countries share, by channel and by the first day the
# country's own rows give (an event counts up to a date when one of them starts by then), so that
# "exchanges up to DATE" sums the whole years before DATE's year and the days of that year, instead
# of joining every event of the country. Same counts as the join (tests/test_query.py checks it).
PAIR_EXCHANGES = ("INSERT INTO pair_exchanges WITH c AS (SELECT event_id, entity_id, min(day_lo) AS day "
                  "FROM event_actors WHERE entity_id >= 'country:' AND entity_id < 'country;' GROUP BY ALL), "
                  "p AS (SELECT DISTINCT event_id, entity_id, channel FROM event_actors "
                  "WHERE entity_id >= 'country:' AND entity_id < 'country;') "
                  "SELECT c.entity_id, p.entity_id, p.channel, c.day, count(*) FROM c JOIN p "
                  "ON p.event_id = c.event_id AND p.entity_id <> c.entity_id WHERE c.day IS NOT NULL "
                  "GROUP BY ALL ORDER BY 1, 4, 2, 3")
PAIR_EXCHANGES_YEARS = ("INSERT INTO pair_exchanges_years SELECT country, partner, channel, year(day), sum(n) "
                        "FROM pair_exchanges GROUP BY ALL ORDER BY ALL")
_COUNTRY = "WHERE entity_id >= 'country:' AND entity_id < 'country;'"
# The same tables after an incremental consolidation, by difference: each count is a sum over events
# of what one event's rows give, so the counts of the events it replaces (the table _changed, read
# before their rows are deleted) are taken off and those of the events merged anew (_merged) added,
# in the table _delta_<name>; a hub country's counts are not summed again over every event naming it.
# Each reads the events' event_actors rows from _acts, taken from event_actors in one scan (a scan
# of event_actors, ~3.7M rows at 100,000 pages, is ~0.18 s CPU; each delta scanned it again).
_ACTS = ("CREATE OR REPLACE TEMP TABLE _acts AS SELECT rowid AS _row, * FROM event_actors "
         "WHERE event_id IN (SELECT event_id FROM {src})")
_DELTA_OF = {
    "actor_stats": "SELECT entity_id, type, year, channel, {sign} * count(*) AS n FROM _acts GROUP BY ALL",
    "pair_exchanges": f"WITH c AS (SELECT event_id, entity_id, min(day_lo) AS day FROM _acts {_COUNTRY} "
                      f"GROUP BY ALL), p AS (SELECT DISTINCT event_id, entity_id, channel FROM _acts "
                      f"{_COUNTRY}) SELECT c.entity_id AS country, p.entity_id AS partner, p.channel, c.day, "
                      "{sign} * count(*) AS n FROM c JOIN p ON p.event_id = c.event_id AND p.entity_id <> c.entity_id "
                      "WHERE c.day IS NOT NULL GROUP BY ALL",
}
_KEYS = {"actor_stats": ("entity_id", "type", "year", "channel"),
         "pair_exchanges": ("country", "partner", "channel", "day"),
         "pair_exchanges_years": ("country", "partner", "channel", "year")}
_ORDER = {"actor_stats": "entity_id, year, type, channel", "pair_exchanges": "country, day, partner, channel",
          "pair_exchanges_years": "ALL"}


def derived_taken_off(con: duckdb.DuckDBPyConnection) -> None:
    """The counts of the events of _changed, negated, into the tables _delta_<name> (made anew):
    inside the caller's transaction, before the rows of those events are deleted; and the rowids of
    their event_actors rows into _gone_actors (made anew), which the caller deletes them by (at
    100,000 pages ~0.015 s CPU, not ~0.18 s for a semi-join of every row's event id)."""
    con.execute(_ACTS.format(src="_changed"))
    for name, sql in _DELTA_OF.items():
        con.execute(f"CREATE OR REPLACE TEMP TABLE _delta_{name} AS {sql.format(sign=-1)}")
    con.execute("CREATE OR REPLACE TEMP TABLE _gone_actors AS SELECT _row FROM _acts")
    con.execute("DROP TABLE _acts")


def derived_by_difference(con: duckdb.DuckDBPyConnection, written: str | None = None) -> None:
    """Add the counts of the events of _merged (their rows written; `written`: a table holding their
    event_actors rows, read instead of event_actors) to the differences, and apply them: each key's
    count becomes the stored one plus its difference, gone when that is 0."""
    con.execute(_ACTS.format(src="_merged") if written is None else f"CREATE OR REPLACE TEMP TABLE _acts AS "
                f"SELECT * FROM {written}")
    for name, sql in _DELTA_OF.items():
        con.execute(f"INSERT INTO _delta_{name} {sql.format(sign=1)}")
    con.execute("DROP TABLE _acts")
    con.execute("CREATE OR REPLACE TEMP TABLE _delta_pair_exchanges_years AS SELECT country, partner, channel, "
                "year(day) AS year, n FROM _delta_pair_exchanges")
    for name, keys in _KEYS.items():
        cols = ", ".join(keys)
        same = " AND ".join(f"t.{k} IS NOT DISTINCT FROM d.{k}" for k in keys)
        con.execute(f"CREATE OR REPLACE TEMP TABLE _sum AS SELECT {cols}, sum(n) AS n FROM _delta_{name} "
                    "GROUP BY ALL HAVING sum(n) <> 0")
        con.execute(f"CREATE OR REPLACE TEMP TABLE _new AS SELECT {', '.join('d.' + k for k in keys)}, "
                    f"coalesce(t.n, 0) + d.n AS n FROM _sum d LEFT JOIN {name} t ON {same}")
        con.execute(f"DELETE FROM {name} t USING _sum d WHERE {same}")
        con.execute(f"INSERT INTO {name} SELECT {cols}, n FROM _new WHERE n > 0 ORDER BY {_ORDER[name]}")
        con.execute(f"DROP TABLE _sum; DROP TABLE _new; DROP TABLE _delta_{name}")


# The text an event filter searches, one string per event: evidence, participants and location
# joined by U+001F (a search for text without that character never matches across two of them),
# with its bigram signature (dipnet.textsig) to rule most events out before the exact test.
EVENT_TEXT = ("SELECT event_id, concat_ws(chr(31), coalesce(evidence, ''), coalesce(CAST(participants AS VARCHAR), "
              "''), coalesce(location, '')) AS text FROM kb_events")


TEXT_CHUNK = 5_000  # events whose text is in Python at once (a million events' would be gigabytes)


def _event_text(con: duckdb.DuckDBPyConnection, only: str | None = None, src: str = "kb_events") -> None:
    """event_text of every event, or of the events whose ids the table `only` holds, a chunk of
    TEXT_CHUNK events at a time in event order; `src`: a table of kb_events' columns holding their
    rows (the rows an add wrote). The chunks are ranges of event ids, their bounds found by numbering
    the ids alone: numbering the rows with their texts (a window over every text) ran out of the
    256 MB DuckDB has while a whole build of 100,000 pages writes (1.5 million events)."""
    import pyarrow as pa

    from dipnet.textsig import GRAM_WORDS, WORDS, gram_signatures, signatures

    gram_words = has_grams(con)  # a store opened read-only before its upgrade: the pairs' signature alone
    text = EVENT_TEXT if src == "kb_events" else EVENT_TEXT.removesuffix("FROM kb_events") + f"FROM {src}"
    where = "" if only is None else f" WHERE event_id IN (SELECT event_id FROM {only})"
    bounds = [r[0] for r in con.execute(
        f"SELECT event_id FROM (SELECT event_id, row_number() OVER (ORDER BY event_id) - 1 AS n FROM {src}{where}) "
        f"WHERE n % {TEXT_CHUNK} = 0 ORDER BY event_id").fetchall()]
    for i, lo in enumerate(bounds):
        upto = i + 1 < len(bounds)
        rel = con.sql(f"SELECT event_id, text FROM ({text}{where}) WHERE event_id >= $1"
                      f"{' AND event_id < $2' if upto else ''} ORDER BY event_id", params=[lo, bounds[i + 1]] if upto else [lo])
        tbl = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()
        texts = tbl.column("text").to_pylist()
        sig = signatures(texts)
        grams = gram_signatures(texts) if gram_words else None
        # not registered: inside the writes' transaction DuckDB would keep every chunk until the COMMIT
        made = pa.table({"event_id": tbl.column("event_id"), "text": tbl.column("text"),
                         **{f"s{w}": pa.array(sig[:, w], pa.uint64()) for w in range(WORDS)},
                         **{f"g{w}": pa.array(grams[:, w], pa.uint64()) for w in range(GRAM_WORDS) if grams is not None}})
        con.from_arrow(made).query("_text", "INSERT INTO event_text BY NAME SELECT * FROM _text")


def has_grams(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether event_text keeps the signature of runs of 3 and 4 characters (g0..; stores made before lack it)."""
    return bool(con.execute("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'event_text' AND column_name = 'g0' "
                            "AND database_name = current_database() AND schema_name = 'main'").fetchone()[0])  # type: ignore[index]


def text_upgrade(con: duckdb.DuckDBPyConnection) -> None:
    """Make event_text again, with the signature of runs (g0..), in a store made before it was kept
    (once, when the store is opened for writing: 232 s, 123 s CPU, at the 1.4 million events of
    100,000 pages)."""
    if has_grams(con):
        return
    from dipnet.store.schema import CONSOLIDATED

    create = next(s for s in CONSOLIDATED.split(";") if "TABLE IF NOT EXISTS event_text" in s)
    con.execute("SET memory_limit = '256MB'")  # (as the whole build writes: 1.3 GB peak without, at 100,000 pages)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DROP TABLE event_text")
        con.execute(create)
        _event_text(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("RESET memory_limit")


DERIVED: dict[str, tuple[tuple[str, Any], ...]] = {
    "event_actors": (("actor_stats", ACTOR_STATS), ("pair_exchanges", PAIR_EXCHANGES),
                     ("pair_exchanges_years", PAIR_EXCHANGES_YEARS)),
    "kb_events": (("event_text", _event_text),),
    "entity_links": (("entity_tally", tallies.rebuild),)}  # the three tally tables together
