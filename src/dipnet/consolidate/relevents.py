"""The RELATION_CHANGE events the relation timeline reads after an add: those merged this time, and
the stored ones it kept, read from the store only as the relation groups recomputed need them
(consolidate.regroup): a group's rows (pair_a: the lesser party of a pair) read only the events with
a pair it is the first party of (timelines.event_pairs), so that of the tens of thousands of stored
ones only those few are read and timed again."""

from __future__ import annotations

import json
from typing import Any

from dipnet.consolidate.entities import Resolver
from dipnet.consolidate.timelines import event_pairs, party_kind, relation_timeline
from dipnet.store import lookups, upkeep

Rows = list[dict[str, Any]]


def names_any(event: dict[str, Any], parties: set[str]) -> bool:
    """Whether an event's participant ids (JSON text) hold one of these parties' ids: every event
    whose pairs (timelines.event_pairs) have one of them first does."""
    return any(g in (event["participant_ids"] or "") for g in parties)


def leads(participant_ids: str | None, parties: set[str]) -> bool:
    """Whether an event of these participant ids (JSON text) has a pair whose first party (the lesser
    of the two) is one of these, as timelines.event_pairs pairs them (its first party with each other
    one, of those that may be a party to a state's relations): the only events the relation rows of
    these groups read."""
    if not participant_ids:
        return False
    ids = [i for i in json.loads(participant_ids) if party_kind(i)]
    return any(min(ids[0], other) in parties for other in ids[1:])


PAIR_COLUMNS = ("pair_a", "pair_b", "level", "event_id", "date", "evidence")


def pair_rows(events: Rows) -> Rows:
    """The relation_pairs rows of these events: each (pair, level) one moves to a level (event_pairs),
    its date and evidence; what the relation timeline takes of an event (its earliest one per pair
    and level: relation_timeline keeps the earliest date, the first event by id among equal ones)."""
    out = []
    for e in events:
        for first, other, level, evidence in event_pairs(e):
            if first != other:
                pa, pb = sorted((first, other))
                out.append({"pair_a": pa, "pair_b": pb, "level": level, "event_id": e["event_id"],
                            "date": e["date"], "evidence": evidence})
    return sorted(out, key=lambda r: (r["pair_a"], r["pair_b"], r["level"], r["event_id"]))


pairs_usable = upkeep.pairs_usable


def upgrade_pairs(con: Any) -> None:
    """relation_pairs of a store consolidated before it was kept: made once from every stored event."""
    if pairs_usable(con):
        return
    upkeep.insert_pairs(con, pair_rows(lookups.relation_changes(con, [])), PAIR_COLUMNS)


def pairs_differ(con: Any) -> list[tuple[Any, ...]]:
    """The relation_pairs rows that differ from pair_rows of every stored event, each with whether it is stored but
    not recounted or recounted but not stored: none in a sound store (nor in one without them yet: its next add
    makes them). Data files changed since the events were written make them differ: `dipnet consolidate` makes
    them again."""
    from collections import Counter

    if not upkeep.has_pairs_table(con) or not pairs_usable(con):
        return []
    want = Counter(tuple(r[c] for c in PAIR_COLUMNS) for r in pair_rows(lookups.relation_changes(con, [])))
    got = Counter(upkeep.stored_pairs(con, PAIR_COLUMNS))
    return sorted([(*r, "stored, not recounted") for r in (got - want).elements()]
                  + [(*r, "recounted, not stored") for r in (want - got).elements()], key=repr)


# the consolidation's own rules of a sound store (Store.check's `more`)
CHECKS = (("relation pairs that differ from a recount of the stored RELATION_CHANGE events "
           "(`dipnet consolidate` makes them again)", pairs_differ),)


def _first_events(con: Any, leave_out: list[str], parties: set[str] | None) -> Rows:
    """The stored events the relation timeline reads of these groups (all, when None), as the earliest
    event of each pair and level (relation_pairs), but those of `leave_out`: one event of that pair
    and level each, which sets what every event of it would set."""
    return [{"event_id": f["event_id"], "type": "RELATION_CHANGE", "status": "occurred", "date": f["date"],
             "attributes": json.dumps({"level": level}), "evidence": f["evidence"],
             "participant_ids": json.dumps([a, b])}
            for a, b, level, f in lookups.relation_firsts(con, leave_out, parties)]


class RelationEvents:
    """The RELATION_CHANGE events the relation timeline reads, by id: `own` (merged this time), and
    unless `replaced` is None (the whole merge) the stored ones but those it replaced (only those
    that can set a level: lookups.relation_changes), read from the store only as asked: `of(parties)`,
    only those with a pair one of these parties is first of (leads: all the relation rows of these
    groups read); `of()`, all of them. `replaced_rows`: the stored rows of those replaced, read once."""

    def __init__(self, con: Any, own: Rows, replaced: set[str] | None) -> None:
        self.con, self.own, self.replaced = con, sorted(own, key=lambda e: e["event_id"]), replaced
        self._replaced_rows: Rows | None = None
        self.firsts = replaced is not None and pairs_usable(con)

    def of(self, parties: set[str] | None = None) -> Rows:
        mine = self.own if parties is None else [e for e in self.own if leads(e["participant_ids"], parties)]
        if self.replaced is None:
            return mine
        if self.firsts:  # the earliest stored event of each pair and level, not every event (relation_pairs)
            stored = _first_events(self.con, sorted(self.replaced), parties)
            return sorted(mine + stored, key=lambda e: e["event_id"])
        keep = None if parties is None else (lambda ids: leads(ids, parties))
        stored = lookups.relation_changes(self.con, sorted(self.replaced), parties, keep)
        return sorted(mine + stored, key=lambda e: e["event_id"])

    def replaced_rows(self) -> Rows:
        """What the relation timeline reads of the stored events replaced (lookups.relation_events)."""
        if self._replaced_rows is None:
            self._replaced_rows = lookups.relation_events(self.con, self.replaced or set())
        return self._replaced_rows


def relation_events(events: Rows, changes: RelationEvents, res: Resolver,
                    published: dict[tuple[str, int], str | None], groups: set[str]) -> tuple[Rows, Rows]:
    """The relation rows of these groups' RELATION_CHANGE events alone, before the add (those kept
    as stored, and the stored ones it replaced or dropped) and now; only the events naming a
    group's party are read."""
    new = {e["event_id"] for e in events}
    now = changes.of(groups)
    before = [e for e in now if e["event_id"] not in new] + changes.replaced_rows()

    def of(evs: Rows) -> Rows:
        evs = [e for e in evs if names_any(e, groups)]
        return relation_timeline([], evs, res, published)
    return of(before), of(now)
