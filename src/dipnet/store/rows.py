"""A page's rows, table by table, as Store.add writes them and the bulk path (dipnet.distribute)
loads them from Parquet; the content hash a page is known by."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from dipnet.contract import to_record
from dipnet.model import Document


def content_hash(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def _iso_or_none(value: str | None) -> str | None:
    if not value:
        return None
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))  # a DATE column needs a day


# ---- bulk loading of pages extracted elsewhere (dipnet.distribute) ---------------------------------
# Additive: Store.add stays the per-page path; page_rows gives the same rows as Python data, so that
# workers can write them to Parquet and the store can load many pages in one statement per table.
_S, _I = "string", "int32"
PAGE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (("doc_id", _S), ("source", _S), ("url", _S), ("content_hash", _S), ("language", _S),
                  ("title", _S), ("published", _S), ("published_text", _S), ("published_precision", _S),
                  ("published_method", _S), ("raw", _S), ("text", _S), ("record", _S)),
    "segments": (("doc_id", _S), ("idx", _I), ("kind", _S), ("start_char", _I), ("end_char", _I), ("brief", _I),
                 ("text", _S)),
    "briefs": (("doc_id", _S), ("idx", _I), ("headline", _S), ("summary", _S), ("caption", _S),
               ("published_text", _S), ("published_precision", _S)),
    "entities": (("doc_id", _S), ("entity_id", _S), ("type", _S), ("name", _S), ("kb_id", _S), ("country", _S),
                 ("sector", _S), ("mentions", _S), ("external", _S)),
    "roles": (("doc_id", _S), ("person", _S), ("title", _S), ("as_of", _S), ("body", _S), ("country", _S),
              ("evidence", _S)),
    "events": (("doc_id", _S), ("idx", _I), ("type", _S), ("status", _S), ("date", _S), ("date_precision", _S),
               ("end_date", _S), ("participants", _S), ("source_actors", _S), ("target_actors", _S),
               ("location", _S), ("channel", _S), ("attributes", _S), ("cameo", _S), ("plover", _S),
               ("evidence", _S), ("start_char", _I), ("end_char", _I), ("brief", _I)),
    "facts": (("doc_id", _S), ("subject", _S), ("predicate", _S), ("value", _S), ("unit", _S), ("as_of", _S),
              ("evidence", _S), ("brief", _I)),
    "relations": (("doc_id", _S), ("a", _S), ("b", _S), ("level", _S), ("since", _S), ("evidence", _S),
                  ("brief", _I)),
    # per-page preparation for consolidation, cached so that a page is prepared once (dipnet.consolidate)
    "page_features": (("doc_id", _S), ("main_sig", "binary"), ("opening_sig", "binary")),
    "brief_features": (("doc_id", _S), ("idx", _I), ("sig", "binary")),
    "page_grams": (("gram", _S), ("doc_id", _S)),
}
FEATURES = """
CREATE TABLE IF NOT EXISTS page_features (doc_id VARCHAR PRIMARY KEY, main_sig BLOB, opening_sig BLOB);
CREATE TABLE IF NOT EXISTS brief_features (doc_id VARCHAR, idx INTEGER, sig BLOB);
"""


def page_rows(doc: Document, rec: dict[str, Any] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows Store.add writes for `doc`, table by table (JSON columns as text)."""
    rec = rec or to_record(doc)
    pub = doc.published
    d = doc.doc_id

    def js(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False)

    return {
        "documents": [{"doc_id": d, "source": doc.source, "url": doc.url, "content_hash": content_hash(doc),
                       "language": doc.language, "title": doc.title,
                       "published": _iso_or_none(pub.date if pub else None),
                       "published_text": pub.date if pub else None, "published_precision": pub.precision if pub else None,
                       "published_method": pub.method if pub else None, "raw": doc.raw, "text": doc.text,
                       "record": js(rec)}],
        "segments": [{"doc_id": d, "idx": i, "kind": s.kind, "start_char": s.start, "end_char": s.end,
                      "brief": s.brief, "text": doc.text[s.start:s.end]} for i, s in enumerate(doc.segments)],
        "briefs": [{"doc_id": d, "idx": b["index"], "headline": b["headline"], "summary": b["summary"],
                    "caption": b["caption"], "published_text": (b["published"] or {}).get("date"),
                    "published_precision": (b["published"] or {}).get("precision")} for b in rec["briefs"]],
        "entities": [{"doc_id": d, "entity_id": e["id"], "type": e["type"], "name": e["name"], "kb_id": e["kb_id"],
                      "country": e["country"], "sector": e["sector"], "mentions": js(e["mentions"]),
                      "external": json.dumps(e["external"])} for e in rec["entities"]],
        "roles": [{"doc_id": d, "person": r["person"], "title": r["title"], "as_of": r["as_of"], "body": r["body"],
                   "country": r["country"], "evidence": r["evidence"]} for r in rec["roles"]],
        "events": [{"doc_id": d, "idx": i, "type": e["type"], "status": e["status"], "date": e["date"],
                    "date_precision": e["date_precision"], "end_date": e["end_date"],
                    "participants": js(e["participants"]), "source_actors": js(e["source"]),
                    "target_actors": js(e["target"]), "location": e["location"], "channel": e["channel"],
                    "attributes": js(e["attributes"]), "cameo": e["cameo"], "plover": e["plover"],
                    "evidence": e["evidence"], "start_char": e["span"][0], "end_char": e["span"][1],
                    "brief": e["brief"]} for i, e in enumerate(rec["events"])],
        "facts": [{"doc_id": d, "subject": f["subject"], "predicate": f["predicate"], "value": json.dumps(f["value"]),
                   "unit": f["unit"], "as_of": f["as_of"], "evidence": f["evidence"], "brief": f["brief"]}
                  for f in rec["facts"]],
        "relations": [{"doc_id": d, "a": r["a"], "b": r["b"], "level": r["level"], "since": r["since"],
                       "evidence": r["evidence"], "brief": r["brief"]} for r in rec["relations"]],
    }


def arrow_schema(table: str) -> Any:
    """The Arrow schema of PAGE_COLUMNS[table], for the Parquet files workers write."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in PAGE_COLUMNS[table]])
