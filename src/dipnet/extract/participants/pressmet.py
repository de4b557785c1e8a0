"""A land named right before a word of the press (会见大马媒体, 接见美国媒体记者, 会见越南常驻媒体记者): the press of
that land is met, not the land — so a meeting whose only partner is that land's press is the one person's talk
to reporters, a STATEMENT (SPEC: a press conference), as interviews.press_talk makes of 会见…媒体记者.
ev61, issue 13."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import lru_cache

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Event


def land_press_told(page: EventPage, ev: Event, clause: str) -> bool:
    """Does the meeting's clause name a land of the event's right before a word of the press (大马媒体,
    美国媒体记者)? A delegation of the press (媒体代表团, 记者团) is a group met, which the cue leaves out."""
    press = cue("press_after")
    after = _press_alone(press)
    for p in ev.participants:
        e = page.by_name.get(p)
        if e is None or e.type != "COUNTRY":
            continue
        forms = sorted({e.name, *e.mentions}, key=len, reverse=True)
        if after is not None:  # (the press words tried where a form ends: no pattern compiled per land)
            if any(after.match(clause, k + len(f)) for f in forms for k in _starts(clause, f)):
                return True
        elif rx.compile("(?:" + "|".join(map(re.escape, forms)) + ")" + press).search(clause):
            return True
    return False


@lru_cache(maxsize=4)
def _press_alone(press: str) -> re.Pattern[str] | None:
    """The cue compiled alone, to be matched where a land's name ends: what the land's names followed by the
    cue find, with one pattern for every land (each compiled anew cost more than the page's reading). None
    where the cue does not read alone as it reads after a name (a choice at its top level would bind the name
    to its first branch only; a repeat opening it would repeat the name): the two parses are compared."""
    parse = importlib.import_module("re._parser").parse
    try:
        alone, after_name = parse(press), parse("(?:\x00)" + press)
    except re.error:
        return None
    return rx.compile(press) if repr(after_name.data[1:]) == repr(alone.data) else None


def _starts(text: str, word: str) -> Iterator[int]:
    k = text.find(word)
    while k != -1:
        yield k
        k = text.find(word, k + 1)
