"""Every export read back with the library a user would use: pandas and pyarrow for tables,
JSON for events and PLOVER, networkx for GraphML; and through the CLI."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest

from dipnet import export as ex
from dipnet.query import Query
from dipnet.store import TABLES, Store
from test_consolidate import build_store
from test_store_cli import ENV


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("ex") / "kb.duckdb")


@pytest.fixture
def q(db):
    store = Store(db, read_only=True)
    yield Query(store)
    store.close()


@pytest.mark.parametrize("fmt", ex.TABLE_FORMATS)
def test_every_table_in_every_format(q, tmp_path, fmt):
    counts = ex.export_all(q.store, fmt, tmp_path)
    assert set(counts) == set(TABLES)
    for table, n in counts.items():
        path = tmp_path / f"{table}.{fmt}"
        if fmt == "parquet":
            back = pq.read_table(path).to_pandas()
        elif fmt == "csv":
            back = pd.read_csv(path) if n else pd.DataFrame()
        else:
            back = pd.read_json(path, lines=True) if n else pd.DataFrame()
        assert len(back) == n, table
    events = pq.read_table(tmp_path / f"kb_events.{fmt}").to_pandas() if fmt == "parquet" else None
    if events is not None:
        assert events["event_id"].is_unique and events["event_id"].str.startswith("ev:").all()


def test_events_jsonl_carries_every_page_and_span(q):
    buf = io.StringIO()
    n = ex.write_events(q, buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(recs) == n == q.events()["total"]
    visit = next(r for r in recs if r["type"] == "VISIT" and r["n_pages"] == 4)
    pages = {s["page"] for s in visit["sources"]}
    assert pages == {"vna_2026-02-06.html", "vna_2026-02-06_mirror.html", "vov_lao.txt", "nhandan_0207.txt"}
    assert all(s["evidence"] and s["span"][1] > s["span"][0] for s in visit["sources"])
    assert visit["participants"][0]["external"]["wikidata"] == "Q10800688"
    assert visit["participants"][1]["external"]["iso3166"] == "LA"


def test_gdelt_plover_graphml(q, tmp_path):
    buf = io.StringIO()
    ex.write_gdelt(q, buf)
    g = pd.read_csv(io.StringIO(buf.getvalue()), sep="\t", dtype=str)
    assert list(g.columns) == list(ex.GDELT_COLUMNS)
    visit = g[g["DipnetType"] == "VISIT"].iloc[0]
    assert visit["EventCode"] == "042" and visit["EventRootCode"] == "04" and visit["QuadClass"] == "1"
    assert visit["Actor1CountryCode"] == "VNM" and visit["Actor2Code"] == "LAO"
    assert len(visit["SQLDATE"]) == 8
    buf = io.StringIO()
    ex.write_plover(q, buf)
    plover = json.loads(buf.getvalue())
    assert plover["events"] and all("event_type" in e and "sources" in e for e in plover["events"])
    path = tmp_path / "actors.graphml"
    with open(path, "w", encoding="utf-8") as fh:
        ex.write_graphml(q, fh)
    graph = nx.read_graphml(path)
    assert graph.nodes["country:LA"]["iso3166"] == "LA" and graph.nodes["person:to-lam"]["wikidata"] == "Q10800688"
    assert graph.has_edge("person:to-lam", "country:LA") and graph.edges["person:to-lam", "country:LA"]["weight"] >= 1


def test_cli_export_and_query(db, tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "dipnet.cli", *args, "--db", str(db)], capture_output=True,
                              text=True, env=ENV, timeout=60)

    out = tmp_path / "events.jsonl"
    r = run("export", "events", "--format", "jsonl", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert all("sources" in json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    r = run("export", "kb_entities", "--format", "parquet", "-o", str(tmp_path / "e.parquet"))
    assert r.returncode == 0 and pq.read_table(tmp_path / "e.parquet").num_rows > 10
    r = run("query", "registry", "VN", "--as-of", "2024", "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["counts"]["diplomatic_relations_count"] == 4
    r = run("query", "events", "--country", "LA", "--type", "VISIT")
    assert r.returncode == 0 and "苏林" in r.stdout
    r = run("query", "person", "火星人")
    assert r.returncode == 1 and "no such entity" in r.stderr
