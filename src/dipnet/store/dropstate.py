"""The merge state's rows of reports an add merges again, deleted (store.state.write_reports).

event_blocks has a row for each block of each report (6.3 million at 100,000 pages), each keeping its report's
id (mention_id, a text) and its event's 64-bit key (eh). A delete by the reports' ids scans every row's id: ~0.5 s
CPU at 100,000 pages for the ~2,000 rows of an add's reports, the scan, not the delete (~0.02 s). The rows are
found by their events' keys instead (a scan of a 64-bit column): an event whose every report goes loses all the
rows of its key; only an event that keeps some of its reports has its rows' ids compared, and those rows are
fetched by their row ids first (a few; a fetch of scattered rows decodes a vector of the column for each).
Both tables are always written together (write_reports, stateupgrade), so that the rows of a key in
event_blocks are the blocks of the reports of that key in event_reports, whatever events share a key."""

from __future__ import annotations

import duckdb

# the stored reports of _drop (a registered table of ids, column k): their rows and events' keys
DROPPED = ("CREATE OR REPLACE TEMP TABLE _dropped AS SELECT rowid AS r, eh FROM event_reports "
           "WHERE mention_id IN (SELECT k FROM _drop)")
# the keys all of whose reports go (counted before the reports are deleted)
WHOLE = ("CREATE OR REPLACE TEMP TABLE _whole AS SELECT eh FROM (SELECT eh, count(*) AS n FROM event_reports "
         "WHERE eh IN (SELECT eh FROM _dropped) GROUP BY eh) a JOIN (SELECT eh, count(*) AS n FROM _dropped GROUP BY eh) d "
         "USING (eh) WHERE a.n = d.n")
# the rows of the other keys, by their row ids, with their reports' ids (compared after the fetch)
SHARED = ("CREATE OR REPLACE TEMP TABLE _shared AS SELECT rowid AS r, mention_id FROM event_blocks WHERE rowid IN "
          "(SELECT rowid FROM event_blocks WHERE eh IN (SELECT eh FROM _dropped WHERE eh NOT IN (SELECT eh FROM _whole)))")


def drop_reports(con: duckdb.DuckDBPyConnection) -> None:
    """Delete the rows of the reports of the registered table _drop (column k: mention ids) from event_reports and
    event_blocks, inside the caller's transaction."""
    con.execute(DROPPED)
    if con.execute("SELECT count(*) FILTER (WHERE eh IS NULL) FROM _dropped").fetchall()[0][0]:  # keys not kept
        con.execute("DELETE FROM event_reports WHERE rowid IN (SELECT r FROM _dropped)")
        con.execute("DELETE FROM event_blocks WHERE mention_id IN (SELECT k FROM _drop)")
        con.execute("DROP TABLE _dropped")
        return
    con.execute(WHOLE)
    con.execute("DELETE FROM event_reports WHERE rowid IN (SELECT r FROM _dropped)")
    con.execute("DELETE FROM event_blocks WHERE eh IN (SELECT eh FROM _whole)")
    if con.execute("SELECT EXISTS (FROM _dropped WHERE eh NOT IN (SELECT eh FROM _whole))").fetchall()[0][0]:
        con.execute(SHARED)
        con.execute("DELETE FROM event_blocks WHERE rowid IN (SELECT r FROM _shared WHERE mention_id IN (SELECT k FROM _drop))")
        con.execute("DROP TABLE _shared")
    con.execute("DROP TABLE _whole; DROP TABLE _dropped")
