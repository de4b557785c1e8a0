"""An election told by the post and the body that fills it, with no one named in its clause (宣读关于选举国会主席的决议
草案, 国会以高票选举产生新一任国会主席): the election of the person the same teaser tells that day for that body (王廷惠
宣誓就任国会主席), not another one (ev60, issue 13). Called by merge.merge_events on the merged events."""

from __future__ import annotations

from dipnet.extract.finding.sameday import dates_agree
from dipnet.model import Event


def join_postless(events: list[Event], people: set[str]) -> list[Event]:
    """Drop an ELECTION that names no person where exactly one ELECTION of its teaser and status, on an agreeing
    day, names a person and shares one of its bodies: that one is the election it tells (its parties stay its own)."""
    bare = [e for e in events if e.type == "ELECTION" and not any(p in people for p in e.participants)]
    if not bare:
        return events  # (most pages: no election without its person)
    named = [e for e in events if e.type == "ELECTION" and any(p in people for p in e.participants)]
    gone: set[int] = set()
    for ev in bare:
        twins = [e for e in named if e.brief == ev.brief and e.status == ev.status and dates_agree(e, ev)
                 and set(e.participants) & set(ev.participants)]
        if len(twins) == 1:
            gone.add(id(ev))
    return [e for e in events if id(e) not in gone]
