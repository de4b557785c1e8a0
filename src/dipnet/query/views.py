"""Read queries behind two details of the UI's views: the points of the timeline (every event of a
filter, bounded, without its sources), and the relationship level an upgrade event set (the
relations read from the same evidence on the same pages)."""

from __future__ import annotations

from typing import Any

from dipnet.query import MAX_LIMIT, Query
from dipnet.query import pages as qp

MAX_POINTS = 4 * MAX_LIMIT


def timeline_points(q: Query, max_points: int = MAX_POINTS, **filters: Any) -> dict[str, Any]:
    """Up to `max_points` events of the timeline's filter (newest first), each with the fields the
    time axis draws, and the filter's total (more than the points when the filter is wide)."""
    points: list[dict[str, Any]] = []
    total = 0
    while len(points) < max_points:
        res = qp.events(q, limit=min(MAX_LIMIT, max_points - len(points)), offset=len(points), sources=False,
                        **filters)
        total = res["total"]
        points += [{"event_id": e["event_id"], "type": e["type"], "status": e["status"], "channel": e["channel"],
                    "date": e["date"], "end_date": e["end_date"], "participants": e["participants"]}
                   for e in res["items"]]
        if len(points) >= total or not res["items"]:
            break
    return {"total": total, "items": points, "complete": len(points) >= total}


def event_levels(q: Query, event_id: str) -> list[dict[str, Any]]:
    """The relationship levels read on the pages of one event from the evidence that reports it (a
    relation whose evidence holds the event's, or is held by it)."""
    return q._all("SELECT DISTINCT r.a, r.b, r.level, r.since, r.evidence, r.doc_id FROM relations r "
                  "JOIN event_mentions m ON m.doc_id = r.doc_id AND m.event_id = ? "
                  "WHERE r.level IS NOT NULL AND r.evidence IS NOT NULL AND m.evidence IS NOT NULL "
                  "AND (contains(m.evidence, r.evidence) OR contains(r.evidence, m.evidence)) "
                  "ORDER BY r.level, r.a, r.b", [event_id])
