"""A country's voice abroad beside the country itself (xa, stop 57): a foreign ministry or an embassy named as a side
of a protest, a gift, a meeting or an agreement where its own country is a side too (越南向中国外交部提出抗议, 中方…;
台湾外交部捐赠…) adds no party of its own: the country is the side (official dev2 n44: 大陆外交部…坚决反对 → 中国, 越南).
Statements and conferences keep their bodies (a spokesperson's ministry speaks; a ministry attends)."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage, country_name, iso
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Event

_TYPES = frozenset({"MEET", "AID", "DISAPPROVE", "AGREEMENT"})


def land_organs_out(page: EventPage, kind: str, participants: list[str]) -> list[str]:
    """The participants without a foreign ministry or embassy whose own country is a participant too."""
    if kind not in _TYPES:
        return participants
    organ = participant_pattern("land_voice_organ")
    names = set(participants)
    return [p for p in participants if not (
        "ORG" in page.types_of.get(p, set()) and "COUNTRY" not in page.types_of.get(p, set())
        and organ.search(p) and (land := country_name(iso(page, p))) is not None and land != p and land in names)]


def land_organs_dropped(page: EventPage, events: list[Event]) -> None:
    """Each event of the page without the foreign ministries and embassies standing beside their own country
    (after merging: the two readings of one gift, 外交部捐赠… and 台湾…捐赠…, join the organ to the land)."""
    for ev in events:
        kept = land_organs_out(page, ev.type, ev.participants)
        if len(kept) < len(ev.participants):
            ev.drop_actors(set(ev.participants) - set(kept))
