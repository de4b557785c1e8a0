"""Exports: every table as JSONL, CSV or Parquet; the consolidated events with every page and
evidence span they were read from; a GDELT 2.0 event file (the 61 published columns, no header, with
dipnet's own fields in a side file); PLOVER JSONL (PLOVER's field names and vocabularies); the actor
network as GraphML. Read through the query module; exports carry the knowledge base's external ids
(ISO 3166, Wikidata)."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import json
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr

from dipnet.kb import load_kb
from dipnet.kb.loader import Entry
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
DATA = resources.files("dipnet.data")


@functools.lru_cache(maxsize=1)
def gdelt_columns() -> tuple[str, ...]:
    """The 61 columns of a GDELT 2.0 event file, in the published order (data/gdelt_events.tsv)."""
    lines = (DATA / "gdelt_events.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t")[0] for ln in lines if ln and not ln.startswith("#")]
    return tuple(rows[1:])


@functools.lru_cache(maxsize=1)
def plover_spec() -> dict[str, Any]:
    """PLOVER's vocabulary and dipnet's type mapping (data/plover.toml)."""
    return tomllib.loads((DATA / "plover.toml").read_text(encoding="utf-8"))


# dipnet's own fields of each GDELT row, in the side file (GLOBALEVENTID joins the two)
GDELT_SIDE_COLUMNS = ("GLOBALEVENTID", "dipnet_event_id", "date", "date_precision", "type", "status", "channel",
                      "Actor1KBID", "Actor1Wikidata", "Actor1NameEn", "Actor2KBID", "Actor2Wikidata", "Actor2NameEn",
                      "ActionGeo_KBID", "ActionGeo_ISO3166", "pages")


_NO_ENTRY = Entry("", "", "", (), None, None, None, None)


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


def gdelt_id(event_id: str) -> int:
    """A stable positive 63-bit GLOBALEVENTID for a dipnet event id (the same on every export)."""
    return int.from_bytes(hashlib.sha1(event_id.encode("utf-8")).digest()[:8], "big") >> 1


def gdelt_dates(date: str | None, precision: str | None) -> dict[str, str]:
    """SQLDATE, MonthYear, Year and FractionDate of a date known to the day, month or year. GDELT's
    SQLDATE is a day: a date known only to the month or year leaves it (and FractionDate) empty,
    never an impossible day like 20160000; the side file gives the date and its precision."""
    parts = (date or "").split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return {}
    out = {"Year": parts[0]}
    if len(parts) >= 2 and precision in ("day", "month", None):
        out["MonthYear"] = parts[0] + parts[1]
    if len(parts) == 3 and precision in ("day", None):
        day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        out["SQLDATE"] = day.strftime("%Y%m%d")
        out["FractionDate"] = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"
    return out


def _sector(actor: dict[str, Any] | None, ents: dict[str, dict]) -> str:
    """The CAMEO sector code of a body (VNM + GOV = Viet Nam's government); a country or a person has
    none of its own (VNM alone is Viet Nam)."""
    e = ents.get((actor or {}).get("id") or "", {})
    entry = load_kb().get(e.get("kb_id") or (actor or {}).get("id") or "")
    if entry is None or entry.type != "ORG":
        return ""
    return plover_spec()["sectors"].get(entry.sector or "", "")


def _geo_type(loc: dict[str, Any] | None, ents: dict[str, dict]) -> str:
    if not loc:
        return ""
    if (loc.get("type") or ents.get(loc.get("id") or "", {}).get("type")) == "COUNTRY":
        return "1"
    kind = (load_kb().get(loc.get("id") or "") or _NO_ENTRY).kind
    return {"capital": "4", "city": "4", "province": "5", "region": "5"}.get(kind or "", "")


def _added(rec: dict[str, Any]) -> str:
    days = sorted(str(s["published"])[:10] for s in rec["sources"] if s.get("published")
                  and len(str(s["published"])) >= 10 and str(s["published"])[:4].isdigit())
    return days[0].replace("-", "") + "000000" if days else ""


def write_gdelt(q: Query, fh: IO[str], side: IO[str] | None = None) -> int:
    """A GDELT 2.0 event file: the 61 published columns in their order, tab-separated, no header, one
    row per consolidated event that has a CAMEO code; what GDELT has no column for (dipnet's id,
    date precision, type, knowledge-base and Wikidata ids) goes to `side`, a TSV with a header whose
    GLOBALEVENTID joins it to the rows."""
    cols = gdelt_columns()
    ents = entities_by_id(q)
    w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    sw = csv.writer(side, delimiter="\t", lineterminator="\n") if side is not None else None
    if sw:
        sw.writerow(GDELT_SIDE_COLUMNS)
    n = 0
    for rec in event_records(q):
        code = rec["cameo"] or CAMEO_OF_TYPE.get(rec["type"])
        if not code:
            continue
        a1 = _pick(rec, rec["source"])
        a2 = _pick(rec, rec["target"], skip=a1["id"] if a1 else None)
        gid = gdelt_id(rec["event_id"])
        row: dict[str, Any] = {"GLOBALEVENTID": gid, **gdelt_dates(rec["date"], rec["date_precision"])}
        for k, a in (("Actor1", a1), ("Actor2", a2)):
            if a:
                iso, sector = _iso3(a, ents), _sector(a, ents)
                row.update({f"{k}Code": iso + sector, f"{k}Name": a["name"] or "", f"{k}CountryCode": iso,
                            f"{k}Type1Code": sector})
        root, loc = code[:2], rec["location"]
        row.update({"IsRootEvent": 1, "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": root,
                    "QuadClass": QUAD.get(root, 4), "GoldsteinScale": GOLDSTEIN.get(root, 0.0),
                    "NumMentions": len(rec["sources"]), "NumSources": rec["n_pages"], "NumArticles": rec["n_pages"],
                    "ActionGeo_Type": _geo_type(loc, ents), "ActionGeo_FullName": loc["name"] if loc else "",
                    "DATEADDED": _added(rec),
                    "SOURCEURL": next((s["url"] or s["page"] for s in rec["sources"]), "")})
        w.writerow([_cell(row.get(c, "")) for c in cols])
        if sw:
            ext1, ext2 = (a1 or {}).get("external") or {}, (a2 or {}).get("external") or {}
            sw.writerow([gid, rec["event_id"], rec["date"] or "", rec["date_precision"] or "", rec["type"],
                         rec["status"] or "", rec["channel"] or "", (a1 or {}).get("id") or "",
                         ext1.get("wikidata", ""), _name_en(a1), (a2 or {}).get("id") or "", ext2.get("wikidata", ""),
                         _name_en(a2), (loc or {}).get("id") or "", _iso3(loc, ents) if loc else "",
                         " ".join(s["url"] or s["page"] for s in rec["sources"])])
        n += 1
    return n


def _cell(v: Any) -> str:
    """A GDELT cell: tabs and line breaks inside a value would break the fixed column layout."""
    return " ".join(str(v).split()) if isinstance(v, str) else str(v)


def _name_en(actor: dict[str, Any] | None) -> str:
    e = load_kb().get((actor or {}).get("id") or "")
    return e.display.get("name_en", "") if e else ""


def _plover_entity(a: dict[str, Any], ents: dict[str, dict]) -> dict[str, Any]:
    """A PLOVER entity object: code (country, ISO alpha-3), sector, entity_text, and the Wikidata
    identifier with its English name where known."""
    ext = a.get("external") or {}
    out = {"code": _iso3(a, ents) or None, "sector": _sector(a, ents) or None, "entity_text": a["name"],
           "identifier_id": ext.get("wikidata"), "identifier_text": _name_en(a) or None, "dipnet_id": a["id"]}
    return {k: v for k, v in out.items() if v}


def plover_event(rec: dict[str, Any]) -> tuple[str, list[str], list[str]] | None:
    """PLOVER event category, modes and contexts of a dipnet event; None for types PLOVER has no
    category for (see data/plover.toml)."""
    spec = plover_spec()
    m = spec["types"].get(rec["type"])
    if m is None:
        return None
    event, mode, context = m["event"], list(m.get("mode", [])), list(m.get("context", []))
    if (c := spec["channel_context"].get(rec["channel"] or "")) and c not in context:
        context.append(c)
    if rec["status"] == "planned":
        context.append("future")
        if event in spec["vocabulary"]["future_is_agree"]:
            event, mode = "AGREE", []
    return event, mode, context


def plover_records(q: Query) -> Iterator[dict[str, Any]]:
    """Events in PLOVER's JSON fields (id, date, enddate, actor, recipient, event, mode, context,
    event_loc, event_text, quad_code, cite_info), plus dipnet_* fields of its own. A date known only
    to the month or year is written in ISO 8601's reduced form (2016-03, 2016), with its precision
    in dipnet_date_precision."""
    ents = entities_by_id(q)
    spec = plover_spec()
    for rec in event_records(q):
        coded = plover_event(rec)
        if coded is None:
            continue
        event, mode, context = coded
        a1 = _pick(rec, rec["source"])
        a2 = _pick(rec, rec["target"], skip=a1["id"] if a1 else None)
        if a1 and a2 and rec["type"] in ("MEET", "CONFERENCE") and not rec["source"]:
            actors, recipients = [a for a in rec["participants"] if a], []  # no host/visitor: all are actors
        else:
            actors, recipients = [a1] if a1 else [], [a2] if a2 else []
        loc = rec["location"]
        yield {"id": rec["event_id"], "date": rec["date"], "enddate": rec["end_date"],
               "actor": [_plover_entity(a, ents) for a in actors],
               "recipient": [_plover_entity(a, ents) for a in recipients],
               "event": [event], "mode": mode, "context": context, "quad_code": spec["quad"][event],
               "event_loc": ({"extracted_place": loc["name"], "resolved_place": loc["name"],
                              "country_code": _iso3(loc, ents) or None} if loc else None),
               "event_text": [s["evidence"] for s in rec["sources"] if s["evidence"]],
               "cite_info": [{"url": s["url"], "title": s["page"], "language": "zh", "coder": "dipnet"}
                             for s in rec["sources"]],
               "dipnet_type": rec["type"], "dipnet_date_precision": rec["date_precision"], "cameo": rec["cameo"],
               "channel": rec["channel"], "status": rec["status"],
               "sources": [{"page": s["page"], "url": s["url"], "evidence": s["evidence"]} for s in rec["sources"]]}


def write_plover(q: Query, fh: IO[str]) -> int:
    """PLOVER as JSON Lines, one event a line (the format PLOVER's manual suggests)."""
    n = 0
    for rec in plover_records(q):
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


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
