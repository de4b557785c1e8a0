"""A visit's host is a land, a locality or a body, never a person (vi9, issue 13; SPEC: VISIT participants are the
visitor(s) and the host country, the host's leaders appear in the MEET events of the visit). A person read as the
host is a misreading of the sentence around the visit word (接替…某某就任后首次出国访问: the predecessor; 与甲会谈的
乙一同前往: the partner of the traveller; 某某率团访台,外交部长某某今天接见时: the receiver): the person leaves the
host's side, and a visit that then names no host of its own is dropped (a trip told with no land stays as it was read)."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage
from dipnet.model import Event


def person_hosts_out(page: EventPage, events: list[Event]) -> list[Event]:
    """The page's events, with no person as a VISIT's host and no visit left hosted by a person alone."""
    people = {e.name for e in page.doc.entities if e.type == "PERSON"}
    kept = []
    for ev in events:
        hosts = [h for h in ev.target if h in people] if ev.type == "VISIT" else []
        if hosts:
            ev.drop_actors(set(hosts))
            if not ev.target:
                continue
        kept.append(ev)
    return kept
