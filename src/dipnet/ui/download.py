"""Downloads of what a view shows: the rows of its current query as CSV or JSON. Values go through
the exports' own JSON encoding (dipnet.export), and events take the shape of the events export
(actors with their knowledge-base ids), so a file from the UI reads like a file from `dipnet export`."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

from fastapi.responses import Response

from dipnet import export
from dipnet.errors import QueryError
from dipnet.query import Query
from dipnet.query.bulk import entities_by_id

FORMATS = ("csv", "json")
MEDIA = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


def check(fmt: str | None) -> str | None:
    if fmt is not None and fmt not in FORMATS:
        raise QueryError(f"no such download format: {fmt} (one of {', '.join(FORMATS)})")
    return fmt


def event_rows(q: Query, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events (with sources) in the record shape of the events export."""
    ents = entities_by_id(q) if events else {}
    out = []
    for e in events:
        ids = e["participant_ids"] or []
        out.append({
            "event_id": e["event_id"], "type": e["type"], "status": e["status"], "date": e["date"],
            "date_precision": e["date_precision"], "end_date": e["end_date"],
            "participants": [export._actor(i, n, ents) for i, n in zip(ids, e["participants"] or [], strict=False)],
            "source": e["source_actors"], "target": e["target_actors"],
            "location": export._actor(e["location_id"], e["location"], ents) if e["location"] else None,
            "channel": e["channel"], "attributes": e["attributes"], "cameo": e["cameo"], "plover": e["plover"],
            "n_pages": e["n_pages"],
            "sources": [{"doc_id": s["doc_id"], "page": s["source"], "url": s["url"], "evidence": s["evidence"],
                         "span": [s["start_char"], s["end_char"]], "published": s["published"]}
                        for s in e.get("sources") or []]})
    return out


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, dict | list | tuple):
        return json.dumps(v, ensure_ascii=False, default=export._json_default)
    return export._json_default(v) if not isinstance(v, str | int | float | bool) else v


def to_csv(rows: Iterable[dict[str, Any]]) -> str:
    rows = list(rows)
    cols: list[str] = []
    for r in rows:  # every column any row has, in first-seen order
        cols += [k for k in r if k not in cols]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in cols])
    return "\ufeff" + buf.getvalue()  # a BOM, so spreadsheet programs read the Chinese as UTF-8


def respond(rows: list[dict[str, Any]], fmt: str, name: str, query: dict[str, Any] | None = None) -> Response:
    """The rows as a file download named after the view (`name`) and its filter."""
    if fmt == "csv":
        body = to_csv(rows)
    else:
        body = json.dumps({"query": query or {}, "total": len(rows), "items": rows}, ensure_ascii=False,
                          default=export._json_default, indent=1)
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "dipnet"
    return Response(body, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="dipnet-{slug}.{fmt}"'})
