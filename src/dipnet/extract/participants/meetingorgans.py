"""A conference named after an organ of an international body that is itself a meeting of the body's members
(东盟外长会议, 东盟军队司令会议) or the format its meetings take (东盟与中日韩): the parent holds it and is its party
(lands.parent_body adds it); the organ only names the meeting, and is no party beside its parent (issue 13: open
dev2 lists 东盟, 中国, 日本, 韩国 at 东盟与中日韩外长会议, and no gold lists such an organ at a conference). An organ
that meets as a body of its own (联合国大会, 东盟地区论坛: data standing_organ) has no parent there, and stays.
Dropped after merging, as landorgans.py does: the organ's name keeps two meetings of one day apart until then."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.lands import parent_body
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Event


def meeting_organs_out(page: EventPage, participants: list[str]) -> list[str]:
    """The participants without each meeting organ whose parent body is among them."""
    organ = participant_pattern("meeting_organ")
    return [p for p in participants
            if not (organ.search(p) and (parent := parent_body(page, p, True)) and parent in participants)]


def meeting_organs_dropped(page: EventPage, events: list[Event]) -> None:
    """Each conference of the page without the meeting organs standing beside their parent."""
    for ev in events:
        if ev.type != "CONFERENCE":
            continue
        kept = meeting_organs_out(page, ev.participants)
        if len(kept) < len(ev.participants):
            ev.drop_actors(set(ev.participants) - set(kept))
