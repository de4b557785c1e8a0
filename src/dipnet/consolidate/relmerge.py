"""The relation timeline's groups (a first party's pairs) after an add, merged from their stored rows
and the rows the add brings, instead of recounted over every page they cite: China's or Laos's
pairs with Vietnam cite thousands of pages each.

A row (pair and level) is made of its rows' stated starts (the best: earliest year, then the most
precise, then the first), the upgrade events of the pair (E: the earliest one, its date and
evidence), the first evidence of the other rows, the earliest page date and the pages
(timelines.relation_timeline). In a group the add only adds rows to (regroup: it cites none of the
pages the add touches, and no event of its pairs changed), E is as before and known (the timeline
of the events alone), and the stored row tells the best stated start but where E hides it: the row
is merged from it and the new rows' own row; where the stored row cannot tell, or the first
evidence depends on the order of pages on both sides, the group is recounted instead."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from dipnet.consolidate.events import interval
from dipnet.consolidate.timelines import _earliest
from dipnet.store import lookups

Rows = list[dict[str, Any]]
Key = tuple[str, str, str]
UNKNOWN = object()  # a stated start the stored row hides, of a later year than E's


def _key(r: dict[str, Any]) -> Key:
    return (r["pair_a"], r["pair_b"], r["level"])


def _old_stated(o: dict[str, Any], e: dict[str, Any] | None) -> Any:
    """The stored row's best stated start as (written start, evidence), None when there is none,
    UNKNOWN when one of a later year than E's is hidden by E; raises LookupError when it cannot tell."""
    if e is None:
        if o["event_id"] is not None:
            raise LookupError
        return (o["since"], o["evidence"]) if o["since"] else None
    if o["event_id"] is None:
        if o["since"] != e["since"]:
            if not o["since"] or o["since"][:4] >= e["since"][:4]:
                raise LookupError
            return (o["since"], o["evidence"])  # earlier than E's year
        return UNKNOWN
    if o["event_id"] != e["event_id"]:
        raise LookupError
    if o["since"] != e["since"]:
        return (o["since"], o["evidence"])  # E's year
    raise LookupError  # none, or one of E's year written as E's date is: cannot tell


def _merge(o: dict[str, Any], n: dict[str, Any], e: dict[str, Any] | None) -> dict[str, Any]:
    """The row of a pair and level from its stored row `o`, the new rows' own row `n` (no events)
    and E's row `e` (the events' alone); raises LookupError when that does not tell."""
    mine = (n["since"], n["evidence"]) if n["since"] else None
    if mine is None:  # the stated starts as before: the stored row's but for the first other evidence
        if e is None and o["event_id"] is not None:
            raise LookupError
        if (e is not None and e["evidence"]) or (e is None and o["since"]):
            evidence = o["evidence"]  # a stated start's or E's, as before
        elif e is None:
            evidence = _first(o, n)
        else:
            raise LookupError
        return _done(o, n, o["since"], evidence, o["event_id"])
    old = _old_stated(o, e)
    ey = e["since"][:4] if e else None
    if old is None:
        best = mine
    elif old is UNKNOWN:
        if mine[0][:4] <= ey:  # type: ignore[operator]
            best = mine
        else:
            best = UNKNOWN
    elif mine[0][:4] != old[0][:4]:
        best = min(old, mine, key=lambda s: s[0][:4])
    else:
        raise LookupError  # the same year: which is the more precise is not known
    if best is UNKNOWN:
        since, evidence, event_id = e["since"], e["evidence"], None  # type: ignore[index]
    else:
        since, evidence = best
        event_id = e["event_id"] if e and ey == since[:4] else None
        if e and ey < since[:4]:  # type: ignore[operator]
            since, evidence = e["since"], e["evidence"]
    if not evidence:
        raise LookupError  # E's evidence empty: the first other evidence decides, as stored not known
    return _done(o, n, since, evidence, event_id)


def _done(o: dict[str, Any], n: dict[str, Any], since: str | None, evidence: str | None,
          event_id: str | None) -> dict[str, Any]:
    """The merged row: pages by union, the earliest page date, in force from the start else that date."""
    row = dict(n)
    docs = sorted(set(json.loads(o["doc_ids"])) | set(json.loads(n["doc_ids"])))
    attested = _earliest([a for a in (o["attested"], n["attested"]) if a])
    span = interval(since or attested)
    row.update(since=since, attested=attested, in_force=span[0] if span else None, event_id=event_id,
               doc_ids=json.dumps(docs), evidence=evidence)
    return row


def _first(o: dict[str, Any], n: dict[str, Any]) -> str | None:
    """The first evidence of the rows stating no start, of both sides (neither states one)."""
    if o["evidence"] == n["evidence"]:
        return o["evidence"]
    if o["evidence"] is None or n["evidence"] is None:
        return o["evidence"] if n["evidence"] is None else n["evidence"]
    od, nd = json.loads(o["doc_ids"]), json.loads(n["doc_ids"])
    if od and nd and min(nd) > max(od):
        return o["evidence"]
    if od and nd and max(nd) < min(od):
        return n["evidence"]
    raise LookupError


def merge_relations(store: Any, groups: set[str], new: Rows, events: Rows) -> tuple[Rows, set[str]]:
    """The relation_timeline rows of these groups with the rows the add brings (`new`: their own
    rows, made with no events), given the rows of the events alone (`events`); and the groups to
    recount instead."""
    stored = lookups.timeline_rows(store.con, "relation_timeline", "pair_a", groups)
    old = {_key(r): r for r in stored}
    ev = {_key(r): r for r in events}
    out: Rows = []
    again: set[str] = set()
    merged: dict[Key, dict[str, Any]] = {}
    for n in new:
        k = _key(n)
        if k[0] not in groups:
            continue
        o = old.get(k)
        try:
            if o is None:
                if k in ev:
                    raise LookupError  # an event's pair with no stored row: not as expected
                merged[k] = n
            else:
                merged[k] = _merge(o, n, ev.get(k))
        except LookupError:
            again.add(k[0])
    for r in stored:
        if r["pair_a"] not in again and _key(r) not in merged:
            out.append(r)
    out += [r for k, r in merged.items() if k[0] not in again]
    return out, again


def relation_merge(compute: Callable[[Rows], Rows]) -> Callable[[Any, set[str], Rows, Rows, Any], tuple[Rows, set[str]]]:
    """merge_relations as regroup calls it, the events' rows made by `compute` of no rows."""
    def run(store: Any, groups: set[str], rows: Rows, made: Rows, _: Any) -> tuple[Rows, set[str]]:
        return merge_relations(store, groups, made, compute([]))
    return run
