"""Exports: every table as JSONL, CSV or Parquet; the consolidated events with every page and
evidence span they were read from; a GDELT-style event table with CAMEO codes; PLOVER JSON; the
actor network as GraphML. Read through the query module; exports carry the knowledge base's
external ids (ISO 3166, Wikidata)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr

from dipnet.query import Query
from dipnet.query.bulk import actor_network, entities_by_id, iter_events
from dipnet.store import Store

TABLE_FORMATS = ("jsonl", "csv", "parquet")
QUAD = {**dict.fromkeys(["01", "02", "03", "04", "05"], 1), **dict.fromkeys(["06", "07", "08"], 2),
        **dict.fromkeys(["09", "10", "11", "12", "13"], 3)}
GOLDSTEIN = {"01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0,
             "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0,
             "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0}
# the CAMEO code of an event type, for events whose extractor gave none (SPEC.md's table)
CAMEO_OF_TYPE = {"VISIT": "042", "MEET": "040", "CALL": "041", "MESSAGE": "051", "AGREEMENT": "057",
                 "RELATION_CHANGE": "057", "AID": "070", "DEPLOYMENT": "074", "CONFERENCE": "040",
                 "STATEMENT": "010", "LAW_ENFORCEMENT": "173", "DISAPPROVE": "110"}
GDELT_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
                 "Actor1KBID", "Actor1Wikidata", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KBID",
                 "Actor2Wikidata", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                 "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
                 "ActionGeo_CountryCode", "DipnetType", "Channel", "SOURCEURL")


def _json_default(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    raise TypeError(f"not serializable: {type(v).__name__}")


def export_table(store: Store, table: str, fmt: str, out: Path) -> int:
    """One table, whole, to `out`; the number of rows written."""
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    tbl = store.arrow(table)
    if fmt == "parquet":
        pq.write_table(tbl, out)
    elif fmt == "csv":
        pcsv.write_csv(tbl, out)
    elif fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as fh:
            for batch in tbl.to_batches(10_000):
                for row in batch.to_pylist():
                    fh.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
    else:
        raise ValueError(f"unknown table format: {fmt}")
    return tbl.num_rows


def export_all(store: Store, fmt: str, folder: Path) -> dict[str, int]:
    from dipnet.store import TABLES

    folder.mkdir(parents=True, exist_ok=True)
    return {t: export_table(store, t, fmt, folder / f"{t}.{fmt}") for t in TABLES if store.has_table(t)}


def _actor(i: str | None, name: str | None, ents: dict[str, dict]) -> dict[str, Any] | None:
    if not i and not name:
        return None
    e = ents.get(i or "", {})
    ext = e.get("external") or {}
    return {"id": i, "name": name or e.get("name"), "type": e.get("type"),
            "country": e.get("country"), "external": ext}


def event_records(q: Query) -> Iterator[dict[str, Any]]:
    """Every consolidated event: its fields, its actors with their ids, every page it was read from."""
    ents = entities_by_id(q)
    for e in iter_events(q):
        ids = e["participant_ids"] or []
        names = e["participants"] or []
        yield {
            "event_id": e["event_id"], "type": e["type"], "status": e["status"], "date": e["date"],
            "date_precision": e["date_precision"], "end_date": e["end_date"],
            "participants": [_actor(i, n, ents) for i, n in zip(ids, names, strict=False)],
            "source": e["source_actors"], "target": e["target_actors"],
            "location": _actor(e["location_id"], e["location"], ents) if e["location"] else None,
            "channel": e["channel"], "attributes": e["attributes"], "cameo": e["cameo"], "plover": e["plover"],
            "n_pages": e["n_pages"],
            "sources": [{"doc_id": s["doc_id"], "page": s["source"], "url": s["url"], "brief": s["brief"],
                         "evidence": s["evidence"], "span": [s["start_char"], s["end_char"]],
                         "published": s["published"]} for s in e["sources"]],
        }


def write_events(q: Query, fh: IO[str]) -> int:
    n = 0
    for rec in event_records(q):
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _iso3(actor: dict[str, Any] | None, ents: dict[str, dict]) -> str:
    if not actor or not actor.get("country"):
        return ""
    c = ents.get(f"country:{actor['country']}", {})
    return (c.get("external") or {}).get("iso3166_alpha3", actor["country"])


def _pick(rec: dict[str, Any], side: list[str], skip: str | None = None) -> dict[str, Any] | None:
    by_name = {p["name"]: p for p in rec["participants"] if p}
    for n in side or []:
        if n in by_name and by_name[n]["id"] != skip:
            return by_name[n]
    return next((p for p in rec["participants"] if p and p["id"] != skip), None)


def write_gdelt(q: Query, fh: IO[str]) -> int:
    """A GDELT 2.0-style event table (tab-separated, with a header), one row per consolidated event
    that has a CAMEO code, plus KB and Wikidata ids of both actors."""
    ents = entities_by_id(q)
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow(GDELT_COLUMNS)
    n = 0
    for i, rec in enumerate(event_records(q), start=1):
        code = rec["cameo"] or CAMEO_OF_TYPE.get(rec["type"])
        if not code:
            continue
        a1 = _pick(rec, rec["source"])
        a2 = _pick(rec, rec["target"], skip=a1["id"] if a1 else None)
        day = (rec["date"] or "").replace("-", "")
        day = day + "0" * (8 - len(day)) if day else ""
        root = code[:2]
        loc = rec["location"]
        w.writerow([i, day, day[:6], day[:4],
                    _iso3(a1, ents), a1["name"] if a1 else "", _iso3(a1, ents), a1["id"] if a1 else "",
                    (a1 or {}).get("external", {}).get("wikidata", ""),
                    _iso3(a2, ents), a2["name"] if a2 else "", _iso3(a2, ents), a2["id"] if a2 else "",
                    (a2 or {}).get("external", {}).get("wikidata", ""),
                    1, code, code[:3], root, QUAD.get(root, 4), GOLDSTEIN.get(root, 0.0),
                    len(rec["sources"]), rec["n_pages"], rec["n_pages"],
                    loc["name"] if loc else "", _iso3(loc, ents), rec["type"], rec["channel"],
                    next((s["url"] or s["page"] for s in rec["sources"]), "")])
        n += 1
    return n


def plover_records(q: Query) -> Iterator[dict[str, Any]]:
    ents = entities_by_id(q)
    for rec in event_records(q):
        a1 = _pick(rec, rec["source"])
        a2 = _pick(rec, rec["target"], skip=a1["id"] if a1 else None)
        yield {"event_id": rec["event_id"], "event_date": rec["date"], "event_type": rec["plover"],
               "event_mode": rec["attributes"].get("kind") if isinstance(rec["attributes"], dict) else None,
               "event_text": rec["sources"][0]["evidence"] if rec["sources"] else "",
               "actor": a1["name"] if a1 else None, "actor_country": _iso3(a1, ents) or None,
               "actor_id": a1["id"] if a1 else None,
               "recipient": a2["name"] if a2 else None, "recipient_country": _iso3(a2, ents) or None,
               "recipient_id": a2["id"] if a2 else None,
               "location": ({"name": rec["location"]["name"], "country": _iso3(rec["location"], ents) or None}
                            if rec["location"] else None),
               "cameo": rec["cameo"], "dipnet_type": rec["type"], "channel": rec["channel"],
               "sources": [{"page": s["page"], "url": s["url"], "evidence": s["evidence"]} for s in rec["sources"]]}


def write_plover(q: Query, fh: IO[str]) -> int:
    recs = list(plover_records(q))
    json.dump({"format": "PLOVER", "events": recs}, fh, ensure_ascii=False, indent=1)
    return len(recs)


def write_graphml(q: Query, fh: IO[str]) -> int:
    """The actor network: actors as nodes (with ISO 3166 and Wikidata ids), co-participation in an
    event as weighted undirected edges."""
    nodes, edges = actor_network(q)
    keys = [("name", "node", "string"), ("type", "node", "string"), ("country", "node", "string"),
            ("iso3166", "node", "string"), ("wikidata", "node", "string"), ("events", "node", "int"),
            ("weight", "edge", "int"), ("types", "edge", "string")]
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for k, where, t in keys:
        fh.write(f'  <key id="{k}" for="{where}" attr.name="{k}" attr.type="{t}"/>\n')
    fh.write('  <graph id="actors" edgedefault="undirected">\n')
    for nd in nodes:
        ext = nd["external"] or {}
        data = {"name": nd["name"], "type": nd["type"], "country": nd["country"],
                "iso3166": ext.get("iso3166"), "wikidata": ext.get("wikidata"), "events": nd["events"]}
        fh.write(f"    <node id={quoteattr(nd['entity_id'])}>" + "".join(
            f'<data key="{k}">{_esc(v)}</data>' for k, v in data.items() if v is not None) + "</node>\n")
    for ed in edges:
        fh.write(f"    <edge source={quoteattr(ed['source'])} target={quoteattr(ed['target'])}>"
                 f'<data key="weight">{ed["weight"]}</data><data key="types">{_esc(ed["types"])}</data></edge>\n')
    fh.write("  </graph>\n</graphml>\n")
    return len(nodes)


def _esc(v: Any) -> str:
    return str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
