"""The RELATION_CHANGE events the relation timeline reads after an add: those merged this time, and
the stored ones it kept, read from the store only as the relation groups recomputed need them
(consolidate.regroup): a group's rows (pair_a: the lesser party of a pair) read only the events with
a pair it is the first party of (timelines.event_pairs), so that of the tens of thousands of stored
ones only those few are read and timed again."""

from __future__ import annotations

import json
from typing import Any

from dipnet.consolidate.entities import Resolver
from dipnet.consolidate.timelines import party_kind, relation_timeline
from dipnet.store import lookups

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


class RelationEvents:
    """The RELATION_CHANGE events the relation timeline reads, by id: `own` (merged this time), and
    unless `replaced` is None (the whole merge) the stored ones but those it replaced (only those
    that can set a level: lookups.relation_changes), read from the store only as asked: `of(parties)`,
    only those with a pair one of these parties is first of (leads: all the relation rows of these
    groups read); `of()`, all of them. `replaced_rows`: the stored rows of those replaced, read once."""

    def __init__(self, con: Any, own: Rows, replaced: set[str] | None) -> None:
        self.con, self.own, self.replaced = con, sorted(own, key=lambda e: e["event_id"]), replaced
        self._replaced_rows: Rows | None = None

    def of(self, parties: set[str] | None = None) -> Rows:
        mine = self.own if parties is None else [e for e in self.own if leads(e["participant_ids"], parties)]
        if self.replaced is None:
            return mine
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
