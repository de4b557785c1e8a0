"""Event consolidation whole, and again after an add over only what the add can change. Both keep
the merge state in the store (store.state): each report's event, place in the order, blocks, and
what it read of the resolver. After an add, the reports decided again (replay.Replay) are the new
ones, the stored ones that read something that changed (a name that resolves otherwise, an entity
whose name, type or country changed, a page whose entities link elsewhere, a story that joined
another), and those whose candidate clusters these change; everything else keeps its event. When
the dominant country changes every block does, and the whole merge runs instead. The events are the
same as the whole merge's either way (tests/test_consolidate.py checks it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dipnet.consolidate import compared
from dipnet.consolidate.clustering import cluster
from dipnet.consolidate.entities import Resolver, normalize
from dipnet.consolidate.events import (
    Report,
    _coarse,
    _merged,
    _report,
    blocks,
    countries_of,
    dominant_of,
    order_key,
)
from dipnet.consolidate.gcfrozen import trim_heap
from dipnet.consolidate.packed import Packed
from dipnet.consolidate.pages import Stories
from dipnet.consolidate.replay import Replay
from dipnet.store import nearall, state
from dipnet.store.clustered import RID

STATE_COLUMNS = state.REPORT_COLUMNS


@dataclass
class Merged:
    """Merged events: the rows of those merged this time, the state rows of their reports, the ids
    of the stored events they replace and of the stored reports whose state rows they replace
    (None: all)."""

    events: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    state: dict[str, list[Any]] = field(default_factory=lambda: {c: [] for c in STATE_COLUMNS})
    gone: set[str] = field(default_factory=set)
    dropped: list[str] | None = None

    def add(self, members: list[Report], res: Resolver, docs: dict[str, dict], dominant: frozenset[str],
            stories: Stories) -> None:
        e, m, a = _merged(members, res, docs)
        self.events.append(e)
        self.mentions.extend(m)
        self.actors.extend(a)
        for rep in members:
            root = stories.find(rep.unit)
            row = state_row(rep, e["event_id"], blocks(rep, dominant, root), root, res)
            for c in STATE_COLUMNS:
                self.state[c].append(row[c])


def state_row(rep: Report, event_id: str, keys: list[str], root: tuple[str, int], res: Resolver) -> dict[str, Any]:
    """What the store keeps of a merged report: where it is, and what it read of the resolver."""
    raw = [n for col in ("participants", "source_actors", "target_actors") for n in rep.lists[col]]
    raw += [rep.row["location"]] if rep.row["location"] else []
    refs = {*rep.ids, *rep.countries, *([rep.location] if rep.location else []),
            *([rep.location_country] if rep.location_country else [])}
    doc = rep.row["doc_id"]
    resolved = {normalize(n): n for n in raw if n}  # a name as written, per normalized one (each resolves alike)
    names = sorted(resolved)
    return {"mention_id": rep.mention_id, "event_id": event_id, "doc_id": doc, "idx": rep.row["idx"],
            "okey": order_key(rep), "blocks": state.BLOCK_SEP.join(keys), "names": names,
            "refs": sorted(refs), "countries": sorted(rep.countries), "root": f"{root[0]}\x1f{root[1]}",
            "rids": state.BLOCK_SEP.join(res.resolve(resolved[n], doc) or "" for n in names), "cmp": compared.encode(rep),
            "brief": rep.unit[1], "coarse": _coarse(rep)}


def _reports(rows: list[dict], res: Resolver, published: dict[tuple[str, int], str | None]) -> list[Report]:
    res.prefetch({r["doc_id"] for r in rows})
    return [_report(r, res, published.get((r["doc_id"], r["brief"] if r["brief"] is not None else -1)))
            for r in rows]


# events merged before the whole build's sink stages them: a type's merged rows are never all in memory
# (at 10,000 pages the largest type's reports and merged rows took ~450 MB of the build's peak); 5,000 -> 2,500
# took the whole build's peak at 30,000 pages (the largest type's reread, merge and staging) 501 -> see cb6
SINK_EVENTS = 2_500
ACTOR_COLUMNS = ("doc_id", "participants", "source_actors", "target_actors")  # all countries_of reads


# the whole build's second read of a type's rows: given the type, the row ids and each one's cluster,
# the rows of each cluster together, in cluster order (store.clustered.cluster_rows)
Reread = Callable[[str, Sequence[int], Sequence[int]], Iterator[list[dict[str, Any]]]]


def merge_events(rows_of: Callable[[str, tuple[str, ...] | None], Iterable[dict]], types: list[str], res: Resolver,
                 stories: Stories, docs: dict[str, dict], published: dict[tuple[str, int], str | None],
                 sink: Callable[[Merged], None] | None = None, reread: Reread | None = None,
                 pack: Callable[[str, Stories, frozenset[str]], Any] | None = None) -> Merged:
    """The events of every report row, whole, with the state of every report: the reports of one
    type at a time (`rows_of(type, columns)` reads their rows, every column when None), since only
    reports of one type are compared (every block starts with the type), so that a type's reports
    are in memory at once, not all, each cluster's freed once merged. A first pass reads the actors of every report and counts their
    countries (the dominant one is the whole store's). `sink`: given the merged events SINK_EVENTS at a
    time and at the end of each type, in order, which are then dropped (the whole build stages them in
    the store: never a whole type's in memory). `reread`: a type's rows are streamed (`rows_of` gives
    each with its row id, store.clustered.RID) and clustered packed (`_packed`, consolidate.packed), then each
    cluster's rows are read again together (`reread(type, row ids, clusters)`, in cluster order) and
    merged: never a type's full reports in memory. `pack(type, stories, dominant)`: what holds a type's reports
    while they are clustered (the whole build's: consolidate.storedpack, in the store), packed.Packed unless given."""
    counts: Counter[str] = Counter()
    n = 0
    for t in types:
        for row in rows_of(t, ACTOR_COLUMNS):
            counts.update(countries_of(row, res))
            n += 1
    dominant = dominant_of(counts, n)
    out = Merged()
    for t in types:
        if reread is None:
            clusters = cluster(_reports(list(rows_of(t, None)), res, published), stories, dominant)
            groups: Iterable[list[Report]] = _emptied(clusters)
        else:
            packed = _packed(t, rows_of(t, None), res, published,
                             Packed(t, stories, dominant) if pack is None else pack(t, stories, dominant))
            rids, numbers = packed.cluster()
            del packed
            trim_heap()  # what the clustering freed given back before the reread fills DuckDB's room
            groups = _reread(reread, t, rids, numbers, res, published)
            del rids, numbers
        for members in groups:
            out.add(sorted(members, key=lambda r: r.mention_id), res, docs, dominant, stories)
            if sink is not None and len(out.events) >= SINK_EVENTS:  # in the same order, a part at a time
                sink(out)
                out = Merged()
        del groups
        if sink is not None:
            sink(out)
            out = Merged()
    out.events.sort(key=lambda e: e["event_id"])
    return out


def _emptied(clusters: list[list[Report]]) -> Iterator[list[Report]]:
    """Each cluster in order, its reports freed once merged: never a type's reports and its merged rows at once."""
    for i, members in enumerate(clusters):
        clusters[i] = []
        yield members


def _packed(kind: str, rows: Iterable[dict[str, Any]], res: Resolver, published: dict[tuple[str, int], str | None],
            out: Any, chunk: int = 5_000) -> Any:
    """The reports of these rows (of type `kind`) packed as the replay compares stored ones (compared.encode's
    text, made a Report again by compared.decode as the clustering reads it): they cluster as the full
    reports would, at a fraction of their memory (no row, JSON lists, names); each with its row id (RID)
    for the second read, added to `out` (packed.Packed or storedpack.StoredPack: each one's blocks hashed as added)."""
    it = iter(rows)
    while batch := list(islice(it, chunk)):
        for rep in _reports(batch, res, published):
            out.add(rep, rep.row[RID])
    return out


def _reread(reread: Reread, kind: str, rids: Sequence[int], numbers: Sequence[int], res: Resolver,
            published: dict[tuple[str, int], str | None]) -> Iterator[list[Report]]:
    """Each cluster's full reports, in cluster order, of its rows read again (`reread`)."""
    for rows in reread(kind, rids, numbers):
        yield _reports(rows, res, published)


@dataclass
class Changed:
    """What an add changed of what reports read: pages whose entities link elsewhere, names that
    resolve otherwise, entities whose name, type or country changed."""

    docs: list[str]
    names: list[str]
    refs: list[str]


# a stored report's events row as the replay reads it: what _report reads (not its evidence, status,
# channel or codes), the whole row again for the members of the events merged again
LEAN = ", ".join(f"e.{c}" for c in ("doc_id", "idx", "type", "date", "date_precision", "end_date", "participants",
                                     "source_actors", "target_actors", "location", "attributes", "start_char",
                                     "end_char", "brief"))
KEPT = ("doc_id", "idx", "type", "brief", "location")  # and keeps of it (events.compatible, blocks, order_key)


def remerge(con: Any, res: Resolver, stories: Stories, docs: dict[str, dict],
            published: dict[tuple[str, int], str | None], changed: Changed,
            squeeze: Callable[[], object] | None = None) -> Merged | None:
    """The events an add changes (see the module's docstring); None when the whole merge must run.
    `squeeze`: called once the joins over every stored report are done, before the replay's lookups."""
    if state.missing(con):  # a store consolidated before the state was kept
        return None
    # the events rows not merged yet, and the stored reports whose story root differs now (compared in
    # the store: the units linked now with their roots), in one join
    unmerged, rerooted = state.unmerged_rerooted(
        con, {u: f"{top[0]}\x1f{top[1]}" for u in list(stories.parent) if (top := stories.find(u)) != u})
    if squeeze is not None:
        squeeze()
    new = _reports(unmerged, res, published)
    touched = set(state.touched(con, changed.docs, changed.names, changed.refs))
    touched.update(rerooted)
    got_rows = state.report_rows(con, sorted(touched))
    old_events = state.events_of_reports(con, sorted(touched))
    again = _reports(list(got_rows.values()), res, published)
    counts, n, rest, n_rest = state.country_counts(con, sorted(touched))
    before = dominant_of(counts, n)
    tally = Counter(rest)
    tally.update(c for r in [*new, *again] for c in r.countries)
    dominant = dominant_of(tally, n_rest + len(new) + len(again))
    if dominant != before:
        return None
    def make(row: dict[str, Any]) -> Report:  # a stored report's (rows_of read what it needs, or its state row)
        if "_cmp" in row:
            return compared.decode(row["mention_id"], row["okey"], row["doc_id"], row["idx"], row["_cmp"], replay.strings)
        rep = _report(row, res, published.get((row["doc_id"], row["brief"] if row["brief"] is not None else -1)))
        # the replay compares reports by what _report made of the row; the rest of it is read again
        # for the members of the events merged again only (below): tens of thousands are made at 100k
        rep.row = {k: row[k] for k in KEPT}
        return rep

    def rows_of(ms: list[tuple[str, str, int, int | None, state.Pins | None]], cols: str = LEAN) -> dict[str, dict[str, Any]]:
        """The rows of stored reports the add does not touch (the replay reads no other): each resolves
        its names as its state row says (Resolver.pinned); only the pages of those whose state row
        does not say (a store consolidated before it was kept) have their links read."""
        # lean: only the members of the events merged again need the rest (read below)
        got = state.rows_at(con, [k[:4] for k in ms], cols)
        pins = {k[0]: k[4] for k in ms}
        unpinned = set()
        for m, r in got.items():
            if (p := pins.get(m)) is not None:
                res.pin(r["doc_id"], *p)
            else:
                unpinned.add(r["doc_id"])
        res.prefetch(unpinned)  # the names on their pages, read at once
        res.prefetch({r["doc_id"] for r in got.values()} - unpinned, links=False)  # and their dates
        return got

    near = nearall.lookup(con)  # the types' lookups as queries answered together (lanes), not from memory
    replay = Replay(near, rows_of, make, stories, dominant, state.coarse_known(con), not isinstance(near, nearall.Whole))
    fresh = [(r, order_key(r), blocks(r, dominant, stories.find(r.unit))) for r in [*new, *again]]
    got = replay.run(fresh, old_events)
    out = Merged(gone=got.gone)
    lean = [(m, (s := replay.stored[m]).doc_id, s.idx, s.erow, s.pins) for ms in got.members.values() for m in ms
            if "evidence" not in replay.report(m).row]
    # those made of their state rows were read without their pins (state.near): read now
    bare = [k[0] for k in lean if k[4] is None]  # found by their events' keys when the lookups hold them (Keyed)
    unpinned = (near.pins_of(bare, sorted({replay.stored[m].event_id for m in bare})) if isinstance(near, nearall.Keyed)
                else state.pins_of(con, bare)) if bare else {}
    lean = [(*k[:4], k[4] if k[4] is not None else unpinned.get(k[0])) for k in lean]
    for m, r in rows_of(lean, "e.*").items():
        if replay.report(m).lists:
            replay.report(m).row = r
        else:  # made of its state row (compared): made again of its events row, as the replay compared it
            replay.reports[m] = _report(r, res, published.get((r["doc_id"], r["brief"] if r["brief"] is not None else -1)))
    dropped = set(touched)
    for label in got.gone:
        dropped.update(replay.old_members.get(label, ()))
    for members in got.members.values():
        dropped.update(members)
        out.add(sorted((replay.report(m) for m in members), key=lambda r: r.mention_id), res, docs, dominant, stories)
    out.dropped = sorted(dropped)
    out.events.sort(key=lambda e: e["event_id"])
    return out
