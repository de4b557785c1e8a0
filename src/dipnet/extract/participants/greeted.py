"""A gathering a message is addressed to (习近平向博鳌亚洲论坛年会致贺信, 向…博览会发来贺信): the sender greets
it from afar, no attendance is told; the gathering is the message's recipient (ev57, a lead ev55 left)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage


def greeted_gathering(page: EventPage, c: Clause, k: int, trig: str) -> bool:
    """Does the gathering whose word is at `k` stand after 向 and before a message word in its clause, with
    no attend verb between 向 and it (向…论坛致贺信: a letter to the forum; 出席…论坛并向…致贺信 stays)?"""
    text = page.doc.text
    xiang = text.rfind("向", c.start, k)
    if xiang == -1 or rx.compile(cue("attend_verbs_between")).search(text, xiang, k):
        return False
    return rx.compile(cue("greeted_gathering_after")).match(text, k + len(trig)) is not None
