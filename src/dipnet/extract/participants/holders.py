"""Who holds a conference, told beside it (cf2, issue 13). SPEC: a conference's participants are the holding
body plus every named chair. Two forms the clause reader misses, for the holder stands in a clause of its own:

- an organizer frame, 由甲和乙(共同/联合)主办 / 协办 / 承办 (and the helpers after it, 、丙协办): in the
  conference's own sentence (…会议…举行,此次会议由轮值主席国甲主办; 由甲主办、乙协办的…论坛…举行), or in a
  sentence of its own whose subject names the conference again, by a name among its parties
  (北京香山论坛由甲和乙共同主办) or by a pointing word (此次会议由甲主办);
- the chair land named in the conference's own sentence (…召开线上峰会,轮值主席国甲警告…).

The names taken are the page's countries and organizations inside the frame (people hold no conference here); the
bodies of the frame are read as names by recognize/organizers.py (cf3).
Runs over the page's events after merging; the words are data (cues.toml: conference_holder_*)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.model import Event

_HOLDERS = ("COUNTRY", "ORG")


def _names(page: EventPage, start: int, end: int, types: tuple[str, ...]) -> list[str]:
    """The names of the page's entities of `types` mentioned inside [start, end), in order."""
    got: list[str] = []
    for m in page.in_span(start, end):
        e = page.entities.get(m.entity_id)
        if e is not None and e.type in types and e.name not in got:
            got.append(e.name)
    return got


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence around `at` (ended by 。!？ or a line break)."""
    start = max(text.rfind(ch, 0, at) for ch in "。!！?？\n") + 1
    ends = [i for ch in "。!！?？\n" if (i := text.find(ch, at)) != -1]
    return start, min(ends) if ends else len(text)


def _held(page: EventPage, confs: list[Event], at: int) -> Event | None:
    """The conference an organizer frame at `at` tells the holders of: the one told in its sentence, else the one
    its subject names again (by a party's name or a pointing word)."""
    text = page.doc.text
    start, end = _sentence(text, at)
    own = [e for e in confs if e.start <= at < e.end or start <= e.start < end]
    if own:
        return own[0]
    subject = text[start:at]
    named = set(_names(page, start, at, ("ORG",)))
    for e in confs:
        if named & set(e.participants):
            return e
    if any(p in subject for p in cues("conference_holder_pointers")):
        before = [e for e in confs if e.start < start]
        return before[-1] if before else None
    return None


def conference_holders(page: EventPage, events: list[Event]) -> None:
    """Add to each conference of the page the holders told beside it (above)."""
    confs = sorted((e for e in events if e.type == "CONFERENCE"), key=lambda e: e.start)
    if not confs:
        return
    text = page.doc.text
    for m in rx.compile(cue("conference_holder_frame")).finditer(text):
        held = _held(page, confs, m.start())
        if held is not None:
            _add(held, _names(page, m.start(1), m.end(1), _HOLDERS))
    chair = cue("conference_chair_land")
    for e in confs:
        at = text.find(chair, e.start, e.end)
        if at != -1:
            _add(e, _names(page, at + len(chair), at + len(chair) + 8, ("COUNTRY",))[:1])


def _add(e: Event, names: list[str]) -> None:
    new = [n for n in names if n not in e.participants]
    if new:
        e.participants = e.participants + new
