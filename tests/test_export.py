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


def _gdelt(q) -> tuple[pd.DataFrame, pd.DataFrame]:
    main, side = io.StringIO(), io.StringIO()
    ex.write_gdelt(q, main, side)
    # read as a GDELT consumer does: no header, the published column names given
    g = pd.read_csv(io.StringIO(main.getvalue()), sep="\t", header=None, names=list(ex.gdelt_columns()),
                    dtype=str, keep_default_na=False, quoting=3)
    return g, pd.read_csv(io.StringIO(side.getvalue()), sep="\t", dtype=str, keep_default_na=False)


def test_gdelt_columns_are_the_published_61():
    cols = ex.gdelt_columns()
    assert len(cols) == 61 and len(set(cols)) == 61
    assert cols[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert cols[5] == "Actor1Code" and cols[15] == "Actor2Code" and cols[25] == "IsRootEvent"
    assert cols[26:30] == ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass") and cols[34] == "AvgTone"
    assert cols[35] == "Actor1Geo_Type" and cols[43] == "Actor2Geo_Type" and cols[51] == "ActionGeo_Type"
    assert cols[-2:] == ("DATEADDED", "SOURCEURL")


def test_gdelt_is_the_61_column_layout_without_header_and_a_side_file(q):
    g, side = _gdelt(q)
    text = io.StringIO()
    ex.write_gdelt(q, text)
    lines = text.getvalue().splitlines()
    assert all(len(line.split("\t")) == 61 for line in lines) and not lines[0].startswith("GLOBALEVENTID")
    assert len(g) == len(lines) == len(side) > 5
    assert g["GLOBALEVENTID"].str.isdigit().all() and g["GLOBALEVENTID"].is_unique
    assert list(side["GLOBALEVENTID"]) == list(g["GLOBALEVENTID"])
    row = side.set_index("GLOBALEVENTID")
    visit_id = side[side["type"] == "VISIT"]["GLOBALEVENTID"].iloc[0]
    visit = g[g["GLOBALEVENTID"] == visit_id].iloc[0]
    assert visit["EventCode"] == "042" and visit["EventRootCode"] == "04" and visit["QuadClass"] == "1"
    assert visit["Actor1CountryCode"] == "VNM" and visit["Actor2Code"] == "LAO" and visit["Actor1Name"] == "苏林"
    assert visit["ActionGeo_FullName"] == "万象" and visit["ActionGeo_Type"] == "4"
    assert row.loc[visit_id, "Actor1KBID"] == "person:to-lam" and row.loc[visit_id, "Actor1Wikidata"] == "Q10800688"
    assert row.loc[visit_id, "Actor1NameEn"] == "To Lam" and row.loc[visit_id, "ActionGeo_ISO3166"] == "LAO"
    # unknown fields empty, never made up
    assert (g[["AvgTone", "Actor1Geo_Lat", "ActionGeo_Lat", "ActionGeo_FeatureID", "Actor1EthnicCode"]] == "").all().all()
    # every day real; a date known to the month or year has no day
    for _, r in g.iterrows():
        p = row.loc[r["GLOBALEVENTID"], "date_precision"]
        if p == "day":
            assert pd.to_datetime(r["SQLDATE"], format="%Y%m%d").strftime("%Y-%m-%d") == row.loc[r["GLOBALEVENTID"], "date"]
        else:
            assert r["SQLDATE"] == "" and r["FractionDate"] == "" and r["Year"] == row.loc[r["GLOBALEVENTID"], "date"][:4]
    assert (side["date_precision"] != "day").any()  # the invented pages have a month-only event


def test_gdelt_dates_by_precision():
    assert ex.gdelt_dates("2016-03-05", "day") == {"Year": "2016", "MonthYear": "201603", "SQLDATE": "20160305",
                                                   "FractionDate": "2016.1753"}
    assert ex.gdelt_dates("2016-03", "month") == {"Year": "2016", "MonthYear": "201603"}
    assert ex.gdelt_dates("2016", "year") == {"Year": "2016"}
    assert ex.gdelt_dates(None, None) == {} and ex.gdelt_dates("去年", None) == {}
    assert ex.gdelt_id("ev:abc") == ex.gdelt_id("ev:abc") != ex.gdelt_id("ev:abd") and 0 < ex.gdelt_id("ev:x") < 2**63


def test_plover_fields_and_vocabularies(q):
    buf = io.StringIO()
    n = ex.write_plover(q, buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert len(recs) == n > 3
    spec = ex.plover_spec()
    contexts = set(spec["vocabulary"]["contexts"])
    for r in recs:
        assert {"id", "date", "actor", "event"} <= set(r)  # PLOVER's required fields
        (event,) = r["event"]
        assert event in spec["quad"] and r["quad_code"] == spec["quad"][event]
        assert set(r["mode"]) <= set(spec["modes"].get(event, [])), r
        assert set(r["context"]) <= contexts, r
        assert r["dipnet_type"] not in ("STATEMENT", "MULTILATERAL_ROLE", "ANNIVERSARY", "ELECTION")
        assert all(a.get("code") or a.get("entity_text") for a in r["actor"] + r["recipient"])
    visit = next(r for r in recs if r["dipnet_type"] == "VISIT")
    assert visit["event"] == ["CONSULT"] and visit["mode"] == ["visit"]
    assert visit["actor"][0]["identifier_id"] == "Q10800688" and visit["actor"][0]["identifier_text"] == "To Lam"
    assert visit["recipient"][0]["code"] == "LAO" and visit["event_loc"]["country_code"] == "LAO"
    call = next(r for r in recs if r["dipnet_type"] == "CALL")
    assert call["mode"] == ["phone"]
    month = next(r for r in recs if r["dipnet_date_precision"] == "month")
    assert len(month["date"]) == 7  # ISO 8601's reduced form, not an invented day


@pytest.mark.parametrize("type_,status,channel,expected", [
    ("VISIT", "planned", "state", ("AGREE", [], ["future"])),  # PLOVER: cooperation in the future is AGREE
    ("MULTILATERAL_ROLE", "occurred", "state", None),  # a seat in a body is no CONSULT
    ("STATEMENT", "occurred", "state", None),  # CAMEO 01, dropped by PLOVER
    ("DISAPPROVE", "occurred", "state", ("ACCUSE", ["disapprove"], [])),
    ("DEPLOYMENT", "occurred", "defence", ("AID", [], ["peacekeeping", "military"])),
    ("LAW_ENFORCEMENT", "occurred", "security", ("COERCE", ["arrest"], ["legal"])),
])
def test_plover_event_mapping(type_, status, channel, expected):
    assert ex.plover_event({"type": type_, "status": status, "channel": channel}) == expected


def test_graphml(q, tmp_path):
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
    r = run("export", "gdelt", "-o", str(tmp_path / "events.export.CSV"))
    assert r.returncode == 0, r.stderr
    g = pd.read_csv(tmp_path / "events.export.CSV", sep="\t", header=None, dtype=str)
    side = pd.read_csv(tmp_path / "events.export.CSV.dipnet.tsv", sep="\t", dtype=str)
    assert g.shape[1] == 61 and len(side) == len(g) and list(side[side.columns[0]]) == list(g[0])
    r = run("export", "kb_entities", "--format", "parquet", "-o", str(tmp_path / "e.parquet"))
    assert r.returncode == 0 and pq.read_table(tmp_path / "e.parquet").num_rows > 10
    r = run("query", "registry", "VN", "--as-of", "2024", "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["counts"]["diplomatic_relations_count"] == 4
    r = run("query", "events", "--country", "LA", "--type", "VISIT")
    assert r.returncode == 0 and "苏林" in r.stdout
    r = run("query", "person", "火星人")
    assert r.returncode == 1 and "no such entity" in r.stderr
