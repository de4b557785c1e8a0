"""The land that joined a body, or that is its partner, is a side of the anniversary the body is named in
(ev61, issue 13): 今年是越南加入东盟30周年, 台湾与中美洲银行的合作关系将迈入30周年 — the body alone is named right
before the count, the land before it; both are what the anniversary counts, as 东盟与中国建立…关系21周年 (open
gold: 东盟, 中国). Called by typeactors.commemorated."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, names
from dipnet.model import Mention


def joining_land(page: EventPage, mentions: list[Mention], body: Mention) -> list[str]:
    """The country named right before a body, a joining or list word alone between them (越南加入东盟,
    台湾与中美洲银行), when the body is an organization; else none."""
    e = page.entity(body)
    if e is None or e.type != "ORG":
        return []
    before = [m for m in mentions if m.end <= body.start]
    while before and before[-1].entity_id == body.entity_id and \
            rx.compile(cue("name_aside_between")).fullmatch(page.doc.text, before[-1].end, body.start):
        body = before.pop()  # (台湾加入亚太经济合作会议(APEC)30周年: the name before its short form in brackets)
    if not before:
        return []
    land = before[-1]
    if not rx.compile(cue("body_joined_between")).match(page.doc.text[land.end:body.start]):
        return []
    return names(page, [land], ("COUNTRY",))
