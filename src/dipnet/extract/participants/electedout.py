"""The one a session elects is the election's party, not the session's (cv, stop 58): 越南第十五届国会第一次会议选举
某某为国家主席, 某某被…国会第六次会议选举任命为国家主席, …会议已选出甲为国家主席、乙为政府总理 tell a CONFERENCE of the
assembly and an ELECTION of each one elected; the ones elected stand in the sentence as what the session does, not as
its attendees. The official gold names the electing body alone in the session (dev d11, d27: 越南共产党; dev2 n11:
越南国会) and the one elected in the ELECTION; the open pools as well (fp10-tune, fp11-blind, fp16-blind, fp18-blind,
where the sessions read the ones elected as attendees). Someone who also chairs or speaks at the session is told so
in a sentence of their own, whose CONFERENCE keeps them; and one the same sentence shows acting at the session (…选举
苏林为国家主席,他随后正式宣誓就任: sworn in there, fp17-tune) stays its attendee."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Event


def elected_out(page: EventPage, events: list[Event]) -> list[Event]:
    """The gatherings (participants.toml elected_gathering_types) without the people an election read from their own
    sentence elects, where that election names a body of the gathering (the electing assembly)."""
    gatherings, elections = participant_pattern("elected_gathering_types"), participant_pattern("election_types")
    acting = participant_pattern("elected_acting_there")
    polls = [ev for ev in events if elections.fullmatch(ev.type)]
    if not polls:
        return events
    for ev in events:
        if not gatherings.fullmatch(ev.type) or acting.search(page.doc.text, ev.start, ev.end):
            continue
        bodies = {p for p in ev.participants if "PERSON" not in page.types_of.get(p, set())}
        elected = {p for poll in polls if poll.start < ev.end and ev.start < poll.end and bodies & set(poll.participants)
                   for p in (poll.source or poll.participants) if page.types_of.get(p) == {"PERSON"}}
        if elected & set(ev.participants) and bodies:
            ev.drop_actors(elected)
            if not ev.source:  # (某某被…会议选举为…: the session holds it)
                ev.source, ev.target = [p for p in ev.target if p in bodies], [p for p in ev.target if p not in bodies]
    return events
