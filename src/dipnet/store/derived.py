"""The tables derived from the consolidated ones in SQL, rebuilt whole or for the entities an
incremental consolidation touched, and the text an event filter searches."""

from __future__ import annotations

from typing import Any

import duckdb

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
# the same for the entities of the table _touched only (an incremental consolidation: the events it
# changed name them, so no other row can differ); a pair's rows depend only on the events of both
_ONLY = " AND entity_id IN (SELECT entity_id FROM _touched)"
_COUNTRY = "WHERE entity_id >= 'country:' AND entity_id < 'country;'"
DERIVED_TOUCHED = (
    "DELETE FROM actor_stats WHERE entity_id IN (SELECT entity_id FROM _touched)",
    ACTOR_STATS.replace(" FROM event_actors ", " FROM event_actors WHERE entity_id IN (SELECT entity_id FROM _touched) "),
    "DELETE FROM pair_exchanges WHERE country IN (SELECT entity_id FROM _touched) "
    "AND partner IN (SELECT entity_id FROM _touched)",
    PAIR_EXCHANGES.replace(_COUNTRY, _COUNTRY + _ONLY),
    "DELETE FROM pair_exchanges_years WHERE country IN (SELECT entity_id FROM _touched) "
    "AND partner IN (SELECT entity_id FROM _touched)",
    PAIR_EXCHANGES_YEARS.replace(" FROM pair_exchanges ", " FROM pair_exchanges WHERE country IN (SELECT entity_id "
                                 "FROM _touched) AND partner IN (SELECT entity_id FROM _touched) "))
# The text an event filter searches, one string per event: evidence, participants and location
# joined by U+001F (a search for text without that character never matches across two of them),
# with its bigram signature (dipnet.textsig) to rule most events out before the exact test.
EVENT_TEXT = ("SELECT event_id, concat_ws(chr(31), coalesce(evidence, ''), coalesce(CAST(participants AS VARCHAR), "
              "''), coalesce(location, '')) AS text FROM kb_events")


TEXT_CHUNK = 20_000  # events whose text is in Python at once (a million events' would be gigabytes)


def _event_text(con: duckdb.DuckDBPyConnection, only: str | None = None) -> None:
    """event_text of every event, or of the events whose ids the table `only` holds, a chunk of
    TEXT_CHUNK events at a time (numbered in a temporary table, which DuckDB may spill to disk)."""
    import pyarrow as pa

    from dipnet.textsig import WORDS, signatures

    sql = EVENT_TEXT if only is None else f"{EVENT_TEXT} WHERE event_id IN (SELECT event_id FROM {only})"
    con.execute("CREATE OR REPLACE TEMP TABLE _texts AS SELECT row_number() OVER (ORDER BY event_id) - 1 AS n, * "
                f"FROM ({sql})")
    total = con.execute("SELECT count(*) FROM _texts").fetchall()[0][0]
    for lo in range(0, total, TEXT_CHUNK):
        rel = con.sql(f"SELECT event_id, text FROM _texts WHERE n >= {lo} AND n < {lo + TEXT_CHUNK} ORDER BY n")
        tbl = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()
        sig = signatures(tbl.column("text").to_pylist())
        con.register("_text", pa.table({"event_id": tbl.column("event_id"), "text": tbl.column("text"),
                                        **{f"s{w}": pa.array(sig[:, w], pa.uint64()) for w in range(WORDS)}}))
        con.execute("INSERT INTO event_text BY NAME SELECT * FROM _text")
        con.unregister("_text")
    con.execute("DROP TABLE _texts")


DERIVED: dict[str, tuple[tuple[str, Any], ...]] = {
    "event_actors": (("actor_stats", ACTOR_STATS), ("pair_exchanges", PAIR_EXCHANGES),
                     ("pair_exchanges_years", PAIR_EXCHANGES_YEARS)),
    "kb_events": (("event_text", _event_text),)}
