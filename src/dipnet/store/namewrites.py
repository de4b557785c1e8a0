"""The resolver's name index and the rule-found names of the merge state (store.state), written after a
consolidation: whole, or only what an add changes."""

from __future__ import annotations

import duckdb


def write_names(con: duckdb.DuckDBPyConnection, by_name: dict[str, str], whole: bool,
                names: list[str] | None = None) -> None:
    """The resolver's name index: written whole (`whole`: the table is empty), or rewritten only in
    the names whose entity differs (`names`, when the caller knows them already)."""
    import pyarrow as pa

    con.register("_names", pa.table({"name": pa.array(list(by_name), pa.string()),
                                     "entity_id": pa.array(list(by_name.values()), pa.string())}))
    if whole:  # into the table the caller emptied
        con.execute("INSERT INTO name_index SELECT * FROM _names ORDER BY name")
    else:
        if names is not None:
            con.register("_moved", pa.table({"name": pa.array(names, pa.string())}))
            con.execute("CREATE OR REPLACE TEMP TABLE _diff AS SELECT DISTINCT name FROM _moved")
            con.unregister("_moved")
        else:
            con.execute("CREATE OR REPLACE TEMP TABLE _diff AS SELECT name FROM ((FROM name_index EXCEPT FROM _names) "
                        "UNION ALL (FROM _names EXCEPT FROM name_index))")
        con.execute("DELETE FROM name_index WHERE name IN (FROM _diff)")
        con.execute("INSERT INTO name_index SELECT * FROM _names WHERE name IN (FROM _diff) ORDER BY name")
        con.execute("DROP TABLE _diff")
    con.unregister("_names")


def write_rule_names(con: duckdb.DuckDBPyConnection, names: list[tuple[str, str]], whole: bool) -> None:
    """The rule-found names: all of them into the emptied table (`whole`), else those an add brings."""
    import pyarrow as pa

    if whole:
        con.execute("DELETE FROM rule_names")
    con.register("_rule", pa.table({"type": pa.array([n[0] for n in names], pa.string()),
                                    "name": pa.array([n[1] for n in names], pa.string())}))
    con.execute("INSERT INTO rule_names SELECT DISTINCT * FROM _rule EXCEPT SELECT * FROM rule_names ORDER BY ALL")
    con.unregister("_rule")
