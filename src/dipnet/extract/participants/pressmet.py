"""A land named right before a word of the press (会见大马媒体, 接见美国媒体记者, 会见越南常驻媒体记者): the press of
that land is met, not the land — so a meeting whose only partner is that land's press is the one person's talk
to reporters, a STATEMENT (SPEC: a press conference), as interviews.press_talk makes of 会见…媒体记者.
ev61, issue 13."""

from __future__ import annotations

import re

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Event


def land_press_told(page: EventPage, ev: Event, clause: str) -> bool:
    """Does the meeting's clause name a land of the event's right before a word of the press (大马媒体,
    美国媒体记者)? A delegation of the press (媒体代表团, 记者团) is a group met, which the cue leaves out."""
    press = cue("press_after")
    for p in ev.participants:
        e = page.by_name.get(p)
        if e is None or e.type != "COUNTRY":
            continue
        forms = sorted({e.name, *e.mentions}, key=len, reverse=True)
        if rx.compile("(?:" + "|".join(map(re.escape, forms)) + ")" + press).search(clause):
            return True
    return False
