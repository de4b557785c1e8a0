"""The clustering of events again after an add, over only the reports it can change, with the same
result as clustering every report (clustering.cluster). The clustering is greedy in a fixed order: each
report joins the best of the clusters sharing a block with it (events.blocks) that were made before
it. So a stored report's decision can only differ when one of those clusters differs, up to its
place in the order, from what it was: a cluster is *dirty* from the first report of the order that
joined or left it (a new report, a stored one that reads what changed, one whose decision changed).
From there on, every report filed under a block of one of its members is decided again, in order
(most at once: `_keeps`); every other stored report keeps its event. Dirty clusters are merged
again; the others are kept.

The state read is the store's (event_reports, event_blocks), fetched a wave of blocks and events at
a time, with the events rows only of the reports decided or compared: the reports of the blocks the
new ones fall in, not the whole table."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from dipnet.consolidate.events import SEP, Report, _coarse, choose
from dipnet.consolidate.keeps import still
from dipnet.consolidate.lanes import Local, side_by_side
from dipnet.consolidate.lazymembers import Members as _Members
from dipnet.consolidate.pages import Stories
from dipnet.consolidate.parts import filed, looked_up, lookers

# a stored report's state as store.state.near reads it: (mention_id, event_id, okey, blocks, doc_id, idx, rowid
# of its events row, the names it resolved and their entities or None: store.state.Pins, what it compares or None,
# whether it is coarse or None)
Pins = tuple[list[str], list[str]]
StateRow = tuple[str, str, str, list[str], str, int, int | None, Pins | None, str | None, bool | None]


@dataclass(slots=True)
class Stored:
    """A stored report: its event then, place in the order, blocks then, and its events row's key
    (page, index) and rowid (None: unknown), and what its names resolved to (None: unknown)."""

    event_id: str
    okey: str
    blocks: tuple[str, ...]
    doc_id: str
    idx: int
    erow: int | None
    pins: Pins | None


@dataclass
class Outcome:
    """The events to merge again (label -> members' mention ids) and those they replace."""

    members: dict[str, list[str]] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)  # stored event ids of the dirty clusters


class Replay:
    """One re-clustering. `fetch_state(blocks, events)` reads the state of the stored reports filed
    under these blocks or of these events, and of every report of their events (store.state.near);
    `fetch_rows` the events rows of stored reports by (mention id, page, index, rowid, pins), which `make` builds
    Reports of;
    `fresh` (run) are the reports to decide anew whatever happens (new ones and stored ones that read
    what changed), with their blocks now. `parts`: the year-wide country blocks in parts (consolidate.parts;
    every stored report's coarse is known); blocks here are those a report is filed under (`_mine`), and
    it looks up `_look`'s."""

    def __init__(self, fetch_state: Callable[[list[str], list[str]], list[StateRow]],
                 fetch_rows: Callable[[list[tuple[str, str, int, int | None, Pins | None]]], dict[str, dict[str, Any]]],
                 make: Callable[[dict[str, Any]], Report], stories: Stories, dominant: frozenset[str],
                 parts: bool = False, together: bool = False) -> None:
        self.fetch_state, self.fetch_rows, self.make, self.parts = fetch_state, fetch_rows, make, parts
        self.together = together  # the types' lookups answered together (lanes), not one by one
        self.looks: dict[str, tuple[str, ...]] = {}
        self.rows: dict[str, dict[str, Any]] = {}
        self.stories, self.dominant = stories, dominant
        self.stored: dict[str, Stored] = {}
        self.reports: dict[str, Report] = {}
        # block -> reports filed under it now; stored event -> its stored reports (each report once:
        # lists, a fraction of the memory of sets of a few, for the hundreds of thousands read)
        self.index: dict[str, list[str]] = defaultdict(list)
        self.old_members: dict[str, list[str]] = defaultdict(list)
        self.strings: dict[str, str] = {}  # blocks, pages, names, ids: one string each however many reports read them
        self.blocks_read: set[str] = set()
        self.events_read: set[str] = set()
        self.fresh: dict[str, tuple[str, tuple[str, ...]]] = {}  # mention -> (order key, blocks now)
        self.label: dict[str, str] = {}  # mention -> its cluster now, once decided
        self.joined: dict[str, set[str]] = defaultdict(set)  # label -> reports decided into it
        self.dirty: set[str] = set()
        self.dirty_blocks: set[str] = set()  # every block of every report in a dirty cluster now
        # block -> the reports filed under it (as `index`) whose cluster now is dirty: once in a dirty
        # cluster a report stays in one (a dirty cluster stays dirty, a report decided into another
        # makes that one dirty), so this only grows, and _keeps reads it instead of whole hub blocks
        self.dirty_index: dict[str, list[str]] = defaultdict(list)
        self.in_dirty: set[str] = set()
        self.queued: set[str] = set()
        # each type's reports queued (heap), spreads whose blocks are not read yet (pending), and the report _ready
        # found keeps its event (kept: nothing changes before _decide): its own (the types decided side by side)
        self.lane = Local()
        # stored event -> how many of its reports had their rows read when all had (read once, they stay read)
        self.full: dict[str, int] = {}
        # whether a stored report was read without what it compares (cmp: a store consolidated before it
        # was kept): until one is, every stored report read can be made without its events row
        self.rowless = False

    # ---- the stored state, read as needed ----------------------------------------------------------
    def _take(self, rows: list[StateRow]) -> None:
        one = self.strings
        for m, event_id, okey, blocks, doc_id, idx, erow, pins, cmp, coarse in rows:
            self.events_read.add(event_id)  # every report of its event comes with it
            if m in self.stored:
                continue
            if cmp is not None and m not in self.reports:  # what `make` compares, its events row not read
                self.rows[m] = {"_cmp": cmp, "mention_id": m, "okey": okey, "doc_id": doc_id, "idx": idx}
            self.rowless |= cmp is None
            if pins is not None:
                pins = ([one.setdefault(n, n) for n in pins[0]], [one.setdefault(i, i) for i in pins[1]])
            s = Stored(event_id, okey, tuple([one.setdefault(b, b) for b in filed(blocks, coarse if self.parts else None)]),
                       one.setdefault(doc_id, doc_id), idx, erow, pins)
            self.stored[m] = s
            self.old_members[s.event_id].append(m)
            if m not in self.fresh:  # a fresh report is filed under its blocks now
                for b in s.blocks:
                    self.index[b].append(m)

    def _read(self, blocks: set[str] | list[str] | tuple[str, ...], labels: set[str] | list[str] | tuple[str, ...] = ()) -> None:
        todo = [b for b in blocks if b not in self.blocks_read]
        events = [e for e in labels if e not in self.events_read and not e.startswith("+")]
        if todo or events:
            self.blocks_read.update(todo)
            self.events_read.update(events)
            self._take(self.fetch_state(todo, events))

    def _events(self, labels: set[str] | list[str]) -> None:
        self._read((), labels)

    def _need(self, ms: set[str] | list[str]) -> None:
        """The events rows of these reports, read at once."""
        todo = [m for m in ms if m not in self.reports and m not in self.rows]
        if todo:  # every report read is a stored one (a fresh one is made from its row at once)
            self.rows.update(self.fetch_rows([(m, (s := self.stored[m]).doc_id, s.idx, s.erow, s.pins) for m in todo]))

    def report(self, m: str) -> Report:
        if (got := self.reports.get(m)) is None:
            self._need([m])
            got = self.reports[m] = self.make(self.rows.pop(m))
        return got

    def _okey(self, m: str) -> str:
        return self.fresh[m][0] if m in self.fresh else self.stored[m].okey

    def _now(self, m: str) -> str | None:
        """The cluster a report is in now (decided, or kept as stored); None: a new one not decided yet."""
        if m in self.label:
            return self.label[m]
        return None if m in self.fresh else self.stored[m].event_id

    def _labels(self, xs: Iterable[str]) -> set[str]:
        """The clusters these reports are in now (_now inlined: hub blocks hold thousands), but the
        new ones not decided yet."""
        label, fresh, stored = self.label, self.fresh, self.stored
        out: set[str] = set()
        for x in xs:
            lab = label.get(x)
            if lab is None:
                if x in fresh:
                    continue
                lab = stored[x].event_id
            out.add(lab)
        return out

    def _labels_before(self, blocks: tuple[str, ...], okey: str) -> set[str]:
        """_labels of the reports filed under these blocks before this place (_okey inlined)."""
        label, fresh, stored = self.label, self.fresh, self.stored
        out: set[str] = set()
        for b in blocks:
            for x in self.index.get(b, ()):
                if x in fresh:
                    if fresh[x][0] < okey and (lab := label.get(x)) is not None:
                        out.add(lab)
                elif (s := stored[x]).okey < okey:
                    out.add(label.get(x) or s.event_id)
        return out

    # ---- deciding ------------------------------------------------------------------------------------
    def run(self, fresh: list[tuple[Report, str, list[str]]], stored_events: set[str]) -> Outcome:
        """`stored_events`: the events the stored ones among `fresh` were in."""
        for rep, okey, blocks in fresh:
            self.fresh[rep.mention_id] = (okey, filed(blocks, _coarse(rep) if self.parts else None))
            self.reports[rep.mention_id] = rep
            for b in self.fresh[rep.mention_id][1]:
                self.index[b].append(rep.mention_id)
        # the stored side of every fresh report (its event then), read before anything is decided
        self._read({b for rep, _, _ in fresh for b in self._look(rep.mention_id)})
        self._events(stored_events)
        kinds: dict[str, list[str]] = defaultdict(list)
        for rep, okey, _ in fresh:
            kinds[okey.split(SEP, 1)[0]].append(rep.mention_id)
        side_by_side(self, kinds)
        out = Outcome()
        self._events(self.dirty)
        for label in self.dirty:
            if not label.startswith("+"):
                out.gone.add(label)
            members = {m for m in self.old_members.get(label, ()) if self._now(m) == label} | self.joined[label]
            if members:
                out.members[label] = sorted(members, key=self._okey)
        return out

    def _lane(self, ms: list[str]) -> None:
        """Decide these reports (of one type) and every one they make decide again, in order."""
        for m in ms:
            self._queue(m)
        while self.lane.heap or self.lane.pending:
            self._settle()
            if not self.lane.heap:
                break
            okey, m = heapq.heappop(self.lane.heap)
            self._decide(m, okey)

    def _queue(self, m: str) -> None:
        if m not in self.queued:
            self.queued.add(m)
            heapq.heappush(self.lane.heap, (self._okey(m), m))

    def _members(self, label: str, before: str) -> list[str]:
        """The reports of a cluster now, before this place of the order, in order."""
        old = [m for m in self.old_members.get(label, ()) if m not in self.label and m not in self.fresh
               and self.stored[m].okey < before]
        return sorted([*old, *self.joined[label]], key=self._okey)

    def _mine(self, m: str) -> tuple[str, ...]:
        return self.fresh[m][1] if m in self.fresh else self.stored[m].blocks

    def _look(self, m: str) -> tuple[str, ...]:
        """The blocks a report looks up (its candidates are filed there): _mine's, or parts (consolidate.parts)."""
        if (got := self.looks.get(m)) is None:
            got = self.looks[m] = looked_up(self._mine(m)) if self.parts else self._mine(m)
        return got

    def _settle(self) -> None:
        """Queue the reports of the spreads made since, then read at once what the decisions queued
        will read (their blocks, the events of the reports there): a few queries a wave, not a few a
        decision."""
        while self.lane.pending:
            spreads, self.lane.pending = self.lane.pending, []
            self._read(set().union(*(b for b, _ in spreads)))
            for blocks, okey in spreads:
                self._queue_after(blocks, okey)
        if not self.lane.heap or self._ready(self.lane.heap[0][1]):
            return
        told = [(m, self._keeps(m, self._okey(m), fetch=False)) for _, m in self.lane.heap]
        self._need([m for m, keeps in told if keeps is None])  # only those _keeps cannot tell without their rows
        queued = [m for m, keeps in told if keeps is False or keeps is None and not self._keeps(m, self._okey(m))]
        mine = {b for m in queued for b in self._look(m)}
        self._read(mine)
        if not self.rowless:  # read with every report of their events, each with its state to be made of
            return
        # each block's reports once (hub blocks hold thousands, shared by many of the queued)
        near: set[str] = set().union(*(self.index.get(b, ()) for b in mine))
        labels = self._labels(near)
        labels |= {self.stored[m].event_id for m in queued if m in self.stored}
        self._events(labels)
        unread = self._unread(labels)  # the others' rows are read (full), or they have none stored
        self._need(list(dict.fromkeys([*queued, *(x for lab in unread for x in self.old_members[lab])])))
        self.full.update((lab, len(self.old_members[lab])) for lab in unread)

    def _unread(self, labels: set[str]) -> list[str]:
        """The stored events among these not known to have every report's row read (self.full)."""
        if not self.rowless:  # every one read has its state to be made of (hub blocks: thousands of events)
            return []
        full, old = self.full, self.old_members
        return [lab for lab in labels if lab in old and full.get(lab) != len(old[lab])]

    def _ready(self, m: str) -> bool:
        """Whether deciding this report reads nothing from the store."""
        if self._keeps(m, self._okey(m), fetch=False):
            self.lane.kept = m
            return True
        mine = self._look(m)
        if not all(b in self.blocks_read for b in mine):
            return False
        if not self.rowless:  # as _settle
            return True
        labels = self._labels(x for b in mine for x in self.index.get(b, ()))
        if m in self.stored:
            labels.add(self.stored[m].event_id)
        if not all(lab in self.events_read or lab.startswith("+") for lab in labels):
            return False
        return all(x in self.reports or x in self.rows for x in [m, *(x for lab in self._unread(labels)
                                                                    for x in self.old_members[lab])])

    def _keeps(self, m: str, okey: str, fetch: bool = True) -> bool | None:
        """Whether a stored report keeps its event, read from the clusters that changed alone: its event
        is clean, so it is the one it chose then among its candidates, and every candidate but the dirty
        ones (those with a member before it under one of its blocks: every dirty cluster's members are
        read, so this needs no query) is as it was then (keeps.still). Not `fetch`: None when telling
        would read events rows not read yet (the caller reads them for all at once)."""
        fresh, stored, label, dirty = self.fresh, self.stored, self.label, self.dirty
        if m in fresh or stored[m].event_id in dirty:
            return False
        if not dirty or self.dirty_blocks.isdisjoint(look := self._look(m)):
            return True  # no candidate can have changed (no member of a dirty cluster under its blocks)
        changed: set[str] = set()
        for b in look:  # the reports in a dirty cluster under its blocks (dirty_index): _now and _okey inlined
            for x in self.dirty_index.get(b, ()):
                lab = label.get(x)
                if lab is None:  # not decided yet: a stored one in its event still (a new one is in none)
                    s = stored[x]
                    lab = s.event_id
                    if s.okey >= okey:
                        continue
                elif (fresh[x][0] if x in fresh else stored[x].okey) >= okey:
                    continue
                changed.add(lab)
        return still(self, m, okey, changed, fetch) if changed else True

    def _decide(self, m: str, okey: str) -> None:
        kept, self.lane.kept = self.lane.kept == m, None
        if kept or self._keeps(m, okey):
            self.label[m] = self.stored[m].event_id
            self.joined[self.label[m]].add(m)
            return
        rep = self.report(m)
        self._read(self._look(m))
        labels = self._labels_before(self._look(m), okey)
        self._events(labels)
        groups = [(lab, self._members(lab, okey)) for lab in labels]
        groups = sorted((g for g in groups if g[1]), key=lambda g: self._okey(g[1][0]))  # the order they were made
        got = choose(rep, [_Members(ms, self.report) for _, ms in groups], self.stories, self.dominant)
        before = None if m in self.fresh and m not in self.stored else self.stored[m].event_id
        if got is not None:
            label = groups[got][0]
        elif before is not None and self._first(before) == m:
            label = before  # it starts the cluster it started before
        else:
            label = "+" + m
        self.label[m] = label
        self.joined[label].add(m)
        if m in self.fresh or label != before:
            self._dirty(label, okey)
            if before is not None:
                self._dirty(before, okey)
        if label in self.dirty:
            mine = self._mine(m)
            self.dirty_blocks.update(mine)
            self._in_dirty(m)
            self._spread(set(mine), okey)

    def _first(self, event_id: str) -> str:
        self._events([event_id])
        return min(self.old_members[event_id], key=lambda x: self.stored[x].okey)

    def _dirty(self, label: str, okey: str) -> None:
        if label in self.dirty:
            return
        self.dirty.add(label)
        self._events([label])
        blocks: set[str] = set()
        for x in self.old_members.get(label, ()):
            blocks.update(self.stored[x].blocks)  # where it was looked up by before
            if self._now(x) == label:
                self._in_dirty(x)
        for x in self.joined[label]:
            blocks.update(self.fresh[x][1] if x in self.fresh else self.stored[x].blocks)
            self._in_dirty(x)
        self.dirty_blocks |= blocks
        self._spread(blocks, okey)
        for x in self.old_members.get(label, ()):  # its stored members after okey are decided again too
            if x not in self.label and self._okey(x) > okey:
                self._queue(x)

    def _in_dirty(self, x: str) -> None:
        """x is in a dirty cluster now (and will be from now on): filed under its blocks in dirty_index."""
        if x not in self.in_dirty:
            self.in_dirty.add(x)
            for b in self._mine(x):
                self.dirty_index[b].append(x)

    def _spread(self, blocks: set[str], okey: str) -> None:
        """Every report after `okey` filed under one of these blocks is decided again: at once for
        the blocks read already, else when the next wave reads them (nothing after `okey` is decided
        before). The blocks are those the cluster's reports are filed under: who looks them up (parts.lookers)."""
        if self.parts:
            blocks = lookers(blocks)
        if all(b in self.blocks_read for b in blocks):
            self._queue_after(blocks, okey)
        else:
            self.lane.pending.append((blocks, okey))

    def _queue_after(self, blocks: set[str], okey: str) -> None:
        for b in blocks:
            for x in self.index.get(b, ()):
                if x not in self.label and self._okey(x) > okey:
                    self._queue(x)

