"""What an incremental consolidation leaves as it is. Every merged event is a function of its
reports and of what the resolver says of the names they give; a digest of exactly that input is
kept beside each event (event_digests), so that an event whose digest is unchanged is neither merged
again nor rewritten: only the events new pages made, joined or changed are. The clustering itself
runs over every report (its greedy order makes each decision depend on the ones before it), so the
events are the same as a whole rebuild's."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from dipnet.consolidate.entities import Resolver
from dipnet.consolidate.events import Report, _merged, _report, cluster
from dipnet.consolidate.pages import Stories


@dataclass
class Merged:
    """Merged events: the rows of those merged this time, the digest of every event, and the ids of
    those kept as stored (their digest unchanged)."""

    events: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)


def digest(members: list[Report], res: Resolver, docs: dict[str, dict]) -> str:
    """Everything `_merged` reads of an event's reports: their rows and dates, the ids, names and
    countries the resolver gives their parties, sources, targets and location, their pages' source
    and URL. Equal digests, equal merged rows."""
    h = hashlib.sha1()
    for r in sorted(members, key=lambda r: r.mention_id):
        doc = r.row["doc_id"]
        named = [(n, res.resolve(n, doc)) for col in ("source_actors", "target_actors") for n in r.lists[col]]
        ids = [*r.ids, *([r.location] if r.location else []), *(i for _, i in named if i)]
        seen = [(i, res.name(i, ""), res.country(i)) for i in ids]
        page = docs.get(doc, {})
        h.update(repr((r.mention_id, sorted(r.row.items()), r.published, r.names, r.location, named, seen,
                       page.get("source"), page.get("url"))).encode("utf-8"))
    return h.hexdigest()


def merge_events(rows: list[dict], res: Resolver, stories: Stories, docs: dict[str, dict],
                 published: dict[tuple[str, int], str | None], known: dict[str, str] | None = None) -> Merged:
    """The events of these report rows; with `known` (the stored digests), an event whose digest is
    unchanged is only listed in `kept`."""
    reports = [_report(r, res, published.get((r["doc_id"], r["brief"] if r["brief"] is not None else -1)))
               for r in rows]
    out = Merged()
    for members in cluster(reports, stories):
        eid = "ev:" + min(r.mention_id for r in members)
        dg = digest(members, res, docs)
        out.digests[eid] = dg
        if known is not None and known.get(eid) == dg:
            out.kept.append(eid)
            continue
        e, m, a = _merged(members, res, docs)
        out.events.append(e)
        out.mentions.extend(m)
        out.actors.extend(a)
    out.events.sort(key=lambda e: e["event_id"])
    return out
