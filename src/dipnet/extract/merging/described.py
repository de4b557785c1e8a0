"""A body or unit described (某某论坛是一个非政府…的国际组织; 「某某论坛」是由甲国、乙国及其他…诸国组成的
区域性国际组织; 某国救援队是第一支抵达某国的联合国认可的…救援队) is told what it is, not what it did: the forum
or the unit read as the event's own word (a conference named by its forum, a deployment by its unit) tells no
event there. Merged into the event the page tells, such a reading brought the lands of the description (the
members listed, the land in the name, the body that recognized the unit) as parties (issue 13, mg1). The words are
data (events.toml: described_body_after)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.eventwords import pattern_of
from dipnet.extract.common.page import EventPage
from dipnet.model import Event


def _described(page: EventPage, ev: Event) -> bool:
    """Is the event read from the name of a body that the sentence's first such name tells is a kind of thing
    (the name, then 是/为 一个…, 是由…组成的…), with no time of its own?"""
    trig = str(ev.attributes.get("trigger") or "")
    if not trig or not ev.attributes.get("_untimed"):
        return False
    text = page.doc.text
    after = rx.compile(pattern_of("described_body_after"))
    for m in page.in_span(ev.start, ev.end):
        e = page.entity(m)
        if e is None or e.type != "ORG" or not (m.text.endswith(trig) or e.name.endswith(trig)):
            continue
        return after.match(text, m.end) is not None and text.find(trig, ev.start, m.start) == -1
    return False


def described_out(page: EventPage, events: list[Event]) -> list[Event]:
    """The events less those a description of their body gives (see the module's note)."""
    return [ev for ev in events if not _described(page, ev)]
