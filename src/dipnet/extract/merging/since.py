"""An event word that opens a span up to now names no event (issue 13, unseen pages): 回顾建交以来…,
巴厘岛会晤以来, 罗中建交的70年是… — unless its clause gives the year it began (自1991年两国关系正常化以来:
SPEC, a retrospective event with a year is an event). The patterns are data (data/eventdates.toml)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

from dipnet.extract.common.datewords import words
from dipnet.model import Event
from dipnet.rx import plain as _plain

_CLAUSE_MARKS = ",，。;；:：!?"
_KEEPS = ("ANNIVERSARY", "MULTILATERAL_ROLE", "ELECTION")  # a count of years is theirs; a seat held since is held


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w: dict[str, object] = dict(words())
    return _plain(str(w["since_frame"])), _plain(str(w["since_dated"])), \
        _plain(str(w["since_frame_relation"]))


def since_only(ev: Event, sentence: str) -> bool:
    """Does every occurrence of the event's trigger open an undated span (…以来, …的70年)?"""
    trig = str(ev.attributes.get("trigger", ""))
    if ev.type in _KEEPS or not trig or trig not in sentence:
        return False
    frame, dated, after = _patterns()
    at = sentence.find(trig)
    while at != -1:
        start = max(map(sentence.rfind, _CLAUSE_MARKS, repeat(0), repeat(at))) + 1  # (each mark's last, in C)
        rest = sentence[at + len(trig):]
        opens = frame.match(rest) or (ev.type == "RELATION_CHANGE" and after.match(rest))
        if not opens or dated.search(sentence, start, at):
            return False
        at = sentence.find(trig, at + 1)
    return True
