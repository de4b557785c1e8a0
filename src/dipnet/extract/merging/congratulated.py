"""An election told twice: by a congratulation on it (某某致电阮氏金银,祝贺她当选国会主席, dated by the message) and
by the vote itself on its own day (3月31日,国会选举阮氏金银为国会主席). The congratulation only refers to the election
the page tells with its day: one election, that one (ev62, issue 13; dev2's gold counts it once). Called by
merge.merge_events on the merged events."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.model import Event


def congratulated_out(events: list[Event], people: set[str], text: str) -> list[Event]:
    """Drop an ELECTION told inside a congratulation (its word before the election's) where another ELECTION of its
    brief and status, not told by one and dated to its day, elects one of its people."""
    elections = [e for e in events if e.type == "ELECTION"]
    if len(elections) < 2 or not text:
        return events  # (most pages: one election at most)
    congratulation = rx.compile(cue("congratulation_words"))
    told = [e for e in elections if congratulation.search(text, e.start, _trigger_at(text, e))]
    voted = [e for e in elections if e not in told and e.date and e.date_precision == "day"]
    gone = {id(e) for e in told if any(
        v.brief == e.brief and v.status == e.status and v.date != e.date and
        {p for p in v.participants if p in people} & {p for p in e.participants if p in people} for v in voted)}
    return [e for e in events if id(e) not in gone]


def _trigger_at(text: str, ev: Event) -> int:
    """Where the election's word stands in its evidence (苏林当选…总书记 习近平发贺电: a congratulation after it
    tells the election apart, no congratulation on it)."""
    at = text.find(str(ev.attributes.get("trigger") or ""), ev.start, ev.end)
    return at if at > ev.start else ev.start
