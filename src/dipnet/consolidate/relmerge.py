"""The relation timeline's groups (a first party's pairs) after an add, merged from their stored rows
and the rows the add brings, instead of recounted over every page they cite: China's or Laos's
pairs with Vietnam cite thousands of pages each.

A row (pair and level) is made of its rows' stated starts (the best: earliest year, then the most
precise, then the first), the upgrade events of the pair (E: the earliest one, its date and
evidence), the first evidence of the other rows, the earliest page date and the pages
(timelines.relation_timeline). In a group the add only adds rows to (regroup: it cites none of the
pages the add touches), E before and after the add are known (the timeline of the events alone),
and the stored row tells the best stated start but where E hides it: the row is merged from it,
the new rows' own row and E; where that cannot tell, or the first evidence depends on the order of
pages on both sides, the group is recounted instead."""

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


MISSING = object()  # the first other evidence of the stored rows, where their row does not show it
EMPTY = {"since": None, "evidence": None, "doc_ids": "[]", "attested": None, "event_id": None}


def _same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return (a is None) == (b is None) and (a is None or all(a[c] == b[c] for c in ("event_id", "since", "evidence")))  # type: ignore[index]


def _merge(o: dict[str, Any] | None, n: dict[str, Any] | None, e_old: dict[str, Any] | None,
           e: dict[str, Any] | None) -> dict[str, Any] | None:
    """The row of a pair and level from its stored row `o`, the new rows' own row `n` (no events)
    and the rows of the events alone before (`e_old`) and now (`e`); None when it has no rows
    and no event; raises LookupError when that does not tell."""
    if o is None and e_old is not None:
        raise LookupError  # an event's pair with no stored row: not as expected
    base = o or EMPTY
    mine = (n["since"], n["evidence"]) if n and n["since"] else None
    if n is None:
        if e is None and base["doc_ids"] == "[]":
            return None  # the row of an event gone
        n = {**base, **EMPTY}
    if mine is None and _same(e_old, e):  # the stated starts and E as before: the stored row but the first other evidence
        if (e is not None and e["evidence"]) or (e is None and base["since"]):
            evidence = base["evidence"]  # a stated start's or E's, as before
        elif e is None:
            evidence = _first(base["evidence"], base, n)
        else:
            raise LookupError
        return _done(base, n, base["since"], evidence, base["event_id"])
    old = _old_stated(o, e_old) if o is not None else None
    g_old = base["evidence"] if old is None and e_old is None else MISSING
    if old is UNKNOWN and not _same(e_old, e):
        raise LookupError
    ey = e["since"][:4] if e else None
    if mine is None:
        best: Any = old
    elif old is None:
        best = mine
    elif old is UNKNOWN:
        best = mine if mine[0][:4] <= ey else UNKNOWN  # type: ignore[operator]
    elif mine[0][:4] != old[0][:4]:
        best = min(old, mine, key=lambda s: s[0][:4])
    else:
        raise LookupError  # the same year: which is the more precise is not known
    if best is UNKNOWN:
        since, evidence, event_id = e["since"], e["evidence"], None  # type: ignore[index]
    elif best is not None:
        since, evidence = best
        event_id = e["event_id"] if e and ey == since[:4] else None
        if e and ey < since[:4]:  # type: ignore[operator]
            since, evidence = e["since"], e["evidence"]
    elif e is not None:
        since, evidence, event_id = e["since"], e["evidence"], e["event_id"]
    else:
        since, evidence, event_id = None, None, None
    if not evidence:
        if best is not None or g_old is MISSING:
            raise LookupError  # E's evidence empty, or the stored first other evidence not known
        evidence = _first(g_old, base, n) or (e["evidence"] if e else None)
    return _done(base, n, since, evidence, event_id)


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


def _first(mine: Any, o: dict[str, Any], n: dict[str, Any]) -> str | None:
    """The first evidence of the rows stating no start, of both sides (`mine`: the stored rows')."""
    theirs = n["evidence"]
    if mine == theirs or mine is None or theirs is None:
        return mine if theirs is None else theirs
    od, nd = json.loads(o["doc_ids"]), json.loads(n["doc_ids"])
    if od and nd and min(nd) > max(od):
        return mine  # type: ignore[no-any-return]
    if od and nd and max(nd) < min(od):
        return theirs  # type: ignore[no-any-return]
    raise LookupError


def merge_relations(store: Any, groups: set[str], new: Rows, before: Rows, now: Rows) -> tuple[Rows, set[str]]:
    """The relation_timeline rows of these groups with the rows the add brings (`new`: their own
    rows, made with no events), given the rows of the events alone before and now; and the groups
    to recount instead."""
    stored = lookups.timeline_rows(store.con, "relation_timeline", "pair_a", groups)
    old = {_key(r): r for r in stored}
    mine = {_key(r): r for r in new if r["pair_a"] in groups}
    e_old = {_key(r): r for r in before if r["pair_a"] in groups}
    e_now = {_key(r): r for r in now if r["pair_a"] in groups}
    out: Rows = []
    again: set[str] = set()
    for k in sorted(old.keys() | mine.keys() | e_old.keys() | e_now.keys()):
        if k[0] in again:
            continue
        if k not in mine and _same(e_old.get(k), e_now.get(k)):
            if k in old:
                out.append(old[k])
            elif k in e_now:
                again.add(k[0])  # an event's pair with no stored row: not as expected
            continue
        try:
            row = _merge(old.get(k), mine.get(k), e_old.get(k), e_now.get(k))
        except LookupError:
            again.add(k[0])
            continue
        if row is not None:
            out.append(row)
    return [r for r in out if r["pair_a"] not in again], again


def relation_merge(store: Any, groups: set[str], new: Rows,
                   events: Callable[[set[str]], tuple[Rows, Rows]]) -> tuple[Rows, set[str]]:
    """merge_relations of these groups, `events` giving the rows of their events before and now."""
    if not groups:
        return [], set()
    return merge_relations(store, groups, new, *events(groups))
