"""A list of countries whose leaders, left unnamed, are met (普京与越南、泰国和老挝领导人举行会谈): each land
of the list is a side, the last one too, though the leaders' word follows it as it follows a single land
whose leaders are no named partner (与中国党、国家和地方主要领导人举行会谈: no side)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Mention


def closes_land_list(page: EventPage, mentions: list[Mention], m: Mention) -> bool:
    """Is m a country that closes a list of countries (甲、乙和丙领导人: 丙)?"""
    before = [x for x in mentions if x.end <= m.start]
    if not before:
        return False
    prev = before[-1]
    e, p = page.entities.get(m.entity_id), page.entities.get(prev.entity_id)
    return e is not None and p is not None and e.type == "COUNTRY" and p.type == "COUNTRY" and \
        rx.compile(cue("land_list_joint")).fullmatch(page.doc.text, prev.end, m.start) is not None
