"""Whether a stored report whose event is clean keeps it, told from the clusters that changed alone
(consolidate.replay's _keeps). Its event E is the one it chose then (complete linkage, choose): of
its candidate clusters then, E was compatible and first by score and order, or there was none and it
started E. A candidate that is not dirty has the same members before it as then (a cluster is dirty
from the first report that joined or left it), so the same compatibility, score and place: E still
beats every one of them. So choose over E and the dirty candidates alone decides as choose over all:
the report keeps E when E wins there (or, when it started E, when none of them can take it). Its
other candidates, and the store's reports under its blocks, are not read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dipnet.consolidate.events import choose
from dipnet.consolidate.lazymembers import Members

if TYPE_CHECKING:
    from dipnet.consolidate.replay import Replay


def still(replay: Replay, m: str, okey: str, changed: set[str], fetch: bool) -> bool | None:
    """Whether stored report `m` (its event clean) keeps its event, given the dirty clusters with a
    member before it under its blocks (`changed`). Not `fetch`: None when telling would make a report
    whose events row is not read yet."""
    event = replay.stored[m].event_id
    groups = [(lab, replay._members(lab, okey)) for lab in {*changed, event}]
    groups = sorted((g for g in groups if g[1]), key=lambda g: replay._okey(g[1][0]))
    if not fetch and any(x not in replay.reports and x not in replay.rows for x in [m, *(x for _, ms in groups for x in ms)]):
        return None
    got = choose(replay.report(m), [Members(ms, replay.report) for _, ms in groups], replay.stories, replay.dominant)
    # no member of its event before it: it started it, choosing none then
    return got is None if all(lab != event for lab, _ in groups) else got is not None and groups[got][0] == event
