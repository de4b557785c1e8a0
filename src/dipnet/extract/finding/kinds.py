"""A conference word that names a kind of meeting, no meeting held (issue 13), or a part of one: a name whose scopes are
joined (参与国际和地区国防安全合作论坛: forums of that kind, whichever), or a meeting word listed among kinds of
activity (会谈、会见、工作会议以及出席…). The patterns are data (data/cues.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.model import Event
from dipnet.rx import plain as _plain

_SHORT = 6  # characters: a bare kind's name (工作会议), not a named session's


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _plain(cue("generic_conference_name")), _plain(cue("activity_list_before")), \
        _plain(cue("scope_joined_before"))


def kind_of_meeting(ev: Event, sentence: str) -> bool:
    """Is the CONFERENCE's name a kind of meeting rather than one held?"""
    name = str(ev.attributes.get("name") or "")
    if ev.type != "CONFERENCE" or not name:
        return False
    scopes, listed, joined = _patterns()
    if scopes.match(name):
        return True
    at = sentence.find(name)
    if at == -1:
        return False
    return bool(joined.search(sentence[:at])) or (len(name) <= _SHORT and bool(listed.search(sentence[:at])))


def bare_ceremony(e: Event) -> bool:
    """An opening or closing ceremony (开幕式, 闭幕式) whose name names no meeting: a part of the meeting
    the page tells, not one of its own."""
    trig = str(e.attributes.get("trigger") or "")
    name = str(e.attributes.get("name") or "")
    if trig not in _CEREMONIES or not name.endswith(trig):
        return False
    return not any(w in name[:-len(trig)] for w in codebook().type("CONFERENCE").triggers if w not in _CEREMONIES)


_CEREMONIES = ("开幕式", "闭幕式")
