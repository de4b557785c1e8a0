"""store.ranges: a large sorted insert written a key range at a time gives the table the whole sort's rows, in its order."""

from __future__ import annotations

import duckdb
import pytest

from dipnet.store import ranges as sorted_insert


@pytest.mark.parametrize("part", [1, 3, 1000])
def test_parts_give_the_rows_of_one_sort_in_its_order(monkeypatch: pytest.MonkeyPatch, part: int) -> None:
    monkeypatch.setattr(sorted_insert, "PART_ROWS", part)
    con = duckdb.connect()
    con.execute("CREATE TABLE src (k INTEGER, v VARCHAR[])")
    con.execute("INSERT INTO src SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 37) % 11 END, [i::VARCHAR] "
                "FROM range(60) t(i)")
    con.execute("CREATE TABLE dst AS FROM src LIMIT 0")
    sorted_insert.insert_sorted(con, "dst", "src", "k, v")
    got = con.execute("SELECT k, v FROM dst ORDER BY rowid").fetchall()
    assert got == con.execute("SELECT k, v FROM src ORDER BY k, v").fetchall()


def test_a_query_as_the_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sorted_insert, "PART_ROWS", 4)
    con = duckdb.connect()
    con.execute("CREATE TABLE r AS SELECT i::VARCHAR AS m, ['b' || (i % 5)::VARCHAR, 'c' || (i % 3)::VARCHAR] AS blocks "
                "FROM range(20) t(i)")
    con.execute("CREATE TABLE b (block VARCHAR, m VARCHAR)")
    sorted_insert.insert_sorted(con, "b", "(SELECT unnest(blocks) AS block, m FROM r)", "block, m")
    assert con.execute("SELECT * FROM b ORDER BY rowid").fetchall() == con.execute(
        "SELECT unnest(blocks) AS block, m FROM r ORDER BY block, m").fetchall()
