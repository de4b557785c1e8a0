"""Meetings named as the occasions an event is counted from (issue 13, en7): 两位领导人继某市APEC峰会和某国G20峰会之后,
将进行第三次会晤 — the meetings the 继…之后 span names are done before (SPEC: a retrospective event is occurred); the
sentence's plan and its day are the counted event's, not theirs, and the span gives them no time of their own. A
meeting the page has told before under the same name (去年在某市APEC峰会期间…) is that one, told again: no second
event. The frame is earlier.py's (cues.toml earlier_count_frame); its span of times alone is earlier.py's work."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.extract.merging.namedtwice import _bodies_same, _core
from dipnet.model import Event

_SENTENCE_ENDS = "。!?\n"
_COUNT_WORDS = cues("earlier_count_words")
_TYPES = ("CONFERENCE",)  # (the events whose telling carries the meeting's own name)


def earlier_named(page: EventPage, events: list[Event]) -> list[Event]:
    """The events without the meetings told again in a 继…之后 span, those told first there made done and undated."""
    text = page.doc.text
    if not any(w in text for w in _COUNT_WORDS):
        return events  # (no count the frame ends in: most pages)
    gone: set[int] = set()
    for m in rx.compile(cue("earlier_count_frame")).finditer(text):
        if m.group("dates") is None:
            continue
        a, b = m.span("dates")
        s = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_ENDS) + 1
        for i, ev in enumerate(events):
            named = _named_in(text, ev, s, a, b)
            if named is None:
                continue
            told = [x for x in events if x is not ev and x.type == ev.type and x.brief == ev.brief and x.end <= s
                    and _same_name(x, named, str(ev.attributes.get("trigger") or ""))]
            if told:
                gone.add(i)
                continue
            ev.status, ev.date, ev.date_precision, ev.end_date = "occurred", None, None, None
            ev.attributes["name"] = named
    return [ev for i, ev in enumerate(events) if i not in gone]


def _named_in(text: str, ev: Event, s: int, a: int, b: int) -> str | None:
    """The meeting's name as the span [a, b) writes it, where the event is a meeting of the sentence from s whose name
    ends inside the span; else None."""
    name, trig = ev.attributes.get("name"), ev.attributes.get("trigger")
    if ev.type not in _TYPES or not isinstance(name, str) or not isinstance(trig, str) or not name or \
            not (ev.start <= s < ev.end):
        return None
    k = text.find(name, s, b)
    if k < 0 or k + len(name) > b or k + len(name) <= a:
        return None
    named = text[max(k, a):k + len(name)]
    return named if named.endswith(trig) and len(named) > len(trig) else None


def _same_name(x: Event, named: str, trig: str) -> bool:
    """Is x a meeting of the same name (its core, or the same bodies and words besides)?"""
    name, xtrig = x.attributes.get("name"), x.attributes.get("trigger")
    if not isinstance(name, str) or not isinstance(xtrig, str) or xtrig != trig:
        return False
    return _core(name) == _core(named) or _bodies_same(name, xtrig, named, trig)
