"""A meeting's name alone opening a sentence as its frame (亚太经合组织领导人非正式会议期间,某某5日会见…; 东盟峰会
期间,某某与…举行会谈): the one the sentence goes on about attends it, as after 在…期间 or 出席…期间 (open gold
dev d01: the summit's frame names its attendee, not the one met there). ev61, issue 13; called by actors.actors."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage


def named_frame(page: EventPage, s0: int, k: int) -> bool:
    """Does the sentence open at `s0` (after a dateline at most) with the name of the meeting whose word
    stands at `k`, no person named before it?"""
    if not rx.compile(cue("attend_frame_named")).search(page.doc.text[s0:k]):  # (^: the slice opens the sentence)
        return False
    return not any((e := page.entity(m)) is not None and e.type == "PERSON" for m in page.in_span(s0, k))
