"""A spokesperson is the voice of a body (an, stop 58): a person whose post on the page is a spokesperson's
(外交部发言人毛宁, 国防部新闻发言人吴谦) is a party of their own STATEMENT only. What they announce or answer about
(毛宁8日就国家主席某某将赴甲国、赴乙国出席…答记者问; 某军将于近日…赴甲国参加演习, told in their answer) is made by
others: a trip or a talk they only tell has no visitor in them, and an act of their land they voice (发言人…抗议中国…)
is their land's (official dev d28/d29/d30: the protest's party is 越南/中国, the spokesperson only in the STATEMENT;
no gold event of any open set names a spokesperson elsewhere)."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage, country_name, iso
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Event


def _spokespeople(page: EventPage) -> set[str]:
    """The people a role of the page names as a spokesperson."""
    title = participant_pattern("spokesperson_title")
    return {r.person for r in page.doc.roles if title.search(r.title)}


def spokespeople_out(page: EventPage, events: list[Event]) -> list[Event]:
    """The events without the spokespeople in any but their own statements: a trip, talk or call whose makers were
    only spokespeople is gone; in a gathering they are no attendee; in an act of a land, their land is the side."""
    voices = _spokespeople(page)
    if not voices:
        return events
    trips, gatherings = participant_pattern("spokesperson_trip_types"), participant_pattern("spokesperson_gathering_types")
    out = []
    for ev in events:
        spoke = [p for p in ev.participants if p in voices]
        if ev.type == "STATEMENT" or not spoke:
            out.append(ev)
            continue
        if trips.fullmatch(ev.type) and all(p in voices for p in (ev.source or ev.participants[:1])):
            continue  # 毛宁…就某某将赴巴西…答记者问: the one who tells the trip does not make it
        lands = [] if gatherings.fullmatch(ev.type) else \
            [land for p in spoke if (land := country_name(iso(page, p))) and land not in ev.participants]
        ev.drop_actors(set(spoke))
        if lands:
            ev.participants = list(dict.fromkeys(lands + ev.participants))
            ev.source = list(dict.fromkeys(lands + ev.source)) if ev.source else ev.source
        if ev.participants:
            out.append(ev)
    return out
