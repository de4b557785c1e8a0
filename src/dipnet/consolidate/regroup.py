"""The timelines after an add, recomputed by group: only the groups of rows (fact_claims by claim,
role_timeline by person, relation_timeline by its first party) that the add can change, from the
rows of the pages they cite, with the same rows as recomputing them whole.

A row of roles, facts or relations falls in a group by how its names resolve. An add changes that
for the rows of new pages, of pages whose entities link elsewhere, and the rows giving a name that
resolves otherwise (changes.Changed): the *touched* rows. Every other row resolves as before, so it
is in the group it was in, and that group's stored row lists its page (doc_ids). A group is then
recomputed whole from the rows of the touched pages and of the pages its stored row cites; the
groups recomputed are those of touched rows (before and now), those naming an entity whose name
changed, and (relations) the parties of the RELATION_CHANGE events merged anew or replaced.
An entity that changes type (roles keep people only) or country (relations are between countries)
moves rows the add does not touch: that timeline is recomputed whole instead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dipnet.consolidate.entities import Resolver, normalize
from dipnet.consolidate.relmerge import relation_merge
from dipnet.consolidate.rolemerge import merge_roles
from dipnet.consolidate.timelines import event_pairs
from dipnet.kb import KnowledgeBase
from dipnet.store import lookups

# table of rows -> (timeline, its group column, the columns giving names to resolve)
SOURCES = {"roles": ("role_timeline", "person_id", ("person",)),
           "facts": ("fact_claims", "claim_id", ("subject",)),
           "relations": ("relation_timeline", "pair_a", ("a", "b"))}


@dataclass
class Touched:
    """What the add changed: new pages and pages whose entities link elsewhere, names (normalized)
    that resolve otherwise, entities whose name changed, and whether any entity stored before
    changed type or country."""

    docs: set[str]
    names: set[str]
    refs: set[str]
    retyped: bool
    moved_country: bool


def moved(before: dict[str, tuple[Any, ...]], res: Resolver, kb: KnowledgeBase) -> tuple[bool, bool]:
    """Whether an entity stored before (name, type, country) now has another type, or another
    country as the resolver gives it (the entity's own, else its KB entry's)."""
    retyped = country = False
    for eid, (_, type_, iso) in before.items():
        k = kb.get(eid)
        if type_ != res.type(eid):
            retyped = True
        old = iso if iso is not None else (k.country if k else None)
        e = res.entities.get(eid)
        new = e["country"] if e else None
        new = new if new is not None else (k.country if k else None)
        if old != new:
            country = True
    return retyped, country


def _docs_of_names(con: Any, table: str, columns: tuple[str, ...], names: set[str],
                   res: Resolver | None = None) -> set[str]:
    """The pages of the rows of `table` giving one of these (normalized) names; with the resolver,
    only those where such a name is not one of the page's own (linked on the page, it resolves there
    as before whatever the name index says: a name the add brings to the index is given by
    thousands of pages that link it themselves)."""
    if not names:
        return set()
    hit = sorted(n for n in lookups.distinct_values(con, table, columns) if normalize(n) in names)
    if not hit:
        return set()
    if res is None:
        return lookups.pages_giving(con, table, columns, hit)
    pairs = lookups.names_giving(con, table, columns, hit)  # those given as written by the page's own rows left out
    res.prefetch({d for d, _ in pairs})
    return {d for d, n in pairs if (d, normalize(n)) not in res.local}


def regroup(store: Any, table: str, touched: Touched, compute: Callable[[list[dict]], list[dict[str, Any]]],
            extra: set[str] | None = None,
            probe: Callable[[list[dict]], list[dict[str, Any]]] | None = None,
            res: Resolver | None = None,
            events: Callable[[set[str]], tuple[list[dict], list[dict]]] | None = None,
            narrow: Callable[[list[dict], set[str]], list[dict[str, Any]]] | None = None,
            ) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows of `table`'s timeline in the groups the add can change, and those groups (a group
    recomputed empty is to be deleted). `compute` makes timeline rows of source rows; `probe`, the
    groups the touched rows fall in (compute unless given: relations leave the events out, whose
    groups are `extra`, to recompute besides); `res`, the resolver they resolve names by (the rows
    giving a name that resolves otherwise are then only those of pages not linking it themselves);
    `events`, the relation rows of the events alone before the add and now, of some groups
    (relations are then merged); `narrow`, compute for the rows of some groups only (given them:
    relations read only the events naming their parties), for the groups recomputed whole."""
    timeline, key, columns = SOURCES[table]
    con = store.con
    docs = touched.docs | _docs_of_names(con, table, columns, touched.names, res)
    # the groups of the touched rows now
    touched_rows = store.rows(table, None, sorted(docs)) if docs else []
    made = (probe or compute)(touched_rows) if docs else []
    now = {r[key] for r in made}
    ids = ("person_id",) if table == "roles" else ("subject_id",) if table == "facts" else ("pair_a", "pair_b")
    citing = lookups.groups_citing(con, timeline, key, docs, touched.refs, ids)
    groups = now | (extra or set()) | citing
    if not groups:
        return [], []
    rows: list[dict[str, Any]] = []
    whole = groups
    if table == "roles" and res is not None:  # the groups the add only adds rows to: merged (rolemerge)
        rows, again = merge_roles(store, now - citing - (extra or set()), touched_rows, made, compute)
        whole = (groups - now) | citing | (extra or set()) | again
    elif table == "relations" and events is not None:  # and those whose events changed too (relmerge)
        rows, again = relation_merge(store, now - citing, made, events)
        whole = (groups - now) | citing | again
    if whole:
        pages = docs | lookups.pages_cited(con, timeline, key, whole)
        src = store.rows(table, None, sorted(pages))
        rows += [r for r in (narrow(src, whole) if narrow is not None else compute(src)) if r[key] in whole]
    return rows, sorted(groups)


def event_parties(events: list[dict[str, Any]], old: list[dict[str, Any]]) -> set[str]:
    """The first parties (pair_a) of the relation rows these events or the stored ones they replace
    (`old`: lookups.relation_events' rows) add to (timelines.event_pairs: a pair's first party is the
    lesser of its two): the relation groups they change."""
    return {min(a, b) for e in [*events, *old] for a, b, _, _ in event_pairs(e) if a != b}
