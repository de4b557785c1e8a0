"""A building or hall named as where a meeting is held (于总统府接见访问团, 博览会在…会展中心朱槿花厅隆重开幕,
研讨会在…市政厅举行) is where, not who: recognition often types such a name as an organization, and it then
stood as a party of the meeting (issue 13, ev24). The words are data (events.toml: venue_building_ends,
venue_body_before, venue_body_after)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.extract.common.page import EventPage
from dipnet.model import Mention


def venue_body(page: EventPage, m: Mention) -> bool:
    """Is the mention an organization named for a building (…府, …厅, …宫, …会堂) that stands right after
    在/于 and right before the holding or meeting verb: the place the meeting is held at?"""
    e = page.entities.get(m.entity_id)
    if e is None or e.type != "ORG":
        return False
    ends = words_of("venue_building_ends")
    if not (e.name.endswith(ends) or m.text.endswith(ends)):
        return False
    text = page.doc.text
    return rx.compile(pattern_of("venue_body_before")).search(text, max(0, m.start - 1), m.start) is not None and \
        rx.compile(pattern_of("venue_body_after")).match(text, m.end) is not None
