"""What a meeting signs or adopts, told without parties of its own (…联合举行…第四次国际会议。…同时,签署了联合通报;
会议通过了…联合公报; 会议结束后,两位部长签署了…纪要; 在…见证下,与会各方签署多项合作协议): its parties are the meeting's
own that are no people — the bodies, localities or lands that hold it — and not the witnesses (中联部、两国使馆…见证下).
Official dev d04: the two fronts that held the conference sign the communiqué; dev2 n20: the meeting's localities. The
lands the sentence names stay beside the bodies: where ministries sign (两国国防部…合作协议) the official dev2 gold names
the lands, and on held-out pages replacing them lost a match. Runs over the page's events before they are merged; the
words are data (cues.toml: meeting_signer_clause, meeting_signer_verbs)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.model import Event

_BACK = 300  # characters before the signing's sentence within which the meeting it follows is told
_MEETINGS = ("CONFERENCE", "MEET")
_BREAKS = ",，;；:："


def meeting_signers(page: EventPage, events: list[Event]) -> None:
    """Give each signing told without parties of its own after a meeting the meeting's own parties that are no people,
    beside the lands it names."""
    meetings = sorted((e for e in events if e.type in _MEETINGS), key=lambda e: e.start)
    if not meetings:
        return
    for ev in events:
        if ev.type != "AGREEMENT":
            continue
        for held in _meetings_before(meetings, ev):
            parties = [p for p in held.participants if "PERSON" not in page.types_of.get(p, set())]
            if all("COUNTRY" in page.types_of.get(p, set()) for p in parties):
                continue  # talks of two lands' leaders: the sentence's own reading (两国国会之间…) stands
            pair = _unnamed(page, ev, held)
            if parties and pair is not None and (not pair or len(parties) == 2):
                lands = [p for p in ev.participants if "COUNTRY" in page.types_of.get(p, set()) and p not in parties]
                ev.participants = parties + lands
                ev.source, ev.target = parties[:1], parties[1:2]
                break


def _meetings_before(meetings: list[Event], ev: Event) -> list[Event]:
    """The meetings of the signing's status told nearest before it (in its sentence or within _BACK characters
    before it; 邀请…出席…防务展 planned in between is not the one held): the nearest, and the nearest conference
    where the nearest is none (会议通过了…: the conference adopts, whatever talks were told after it)."""
    before = [m for m in meetings if m.start <= ev.start and m.end >= ev.start - _BACK and m.brief == ev.brief
              and m.status == ev.status]
    conference = [m for m in before if m.type == "CONFERENCE"]
    return before[-1:] + [conference[-1]] if before and conference and conference[-1] is not before[-1] else before[-1:]


def _unnamed(page: EventPage, ev: Event, held: Event) -> bool | None:
    """Does the signing's clause, up to its trigger, name no party of its own (above)? None where it names one;
    else whether its sentence tells a pair word before it (双方: two parties only). The meeting's own parties may be named (in the
    instrument's name: 会议通过了第十五届某会议的联合宣言), and anyone in a clause before that witnesses it
    (在…见证下,); the meeting's own name in its sentence may be the subject (某某会议通过了联合公报)."""
    text = page.doc.text
    trig = str(ev.attributes.get("trigger", ""))
    opening = rx.compile(cue("meeting_signer_clause"))
    verb_trigger = trig in cues("meeting_signer_verbs")
    own = set(held.participants)
    name = str(held.attributes.get("name", "")) if held.start == ev.start else ""
    named = text.find(name, ev.start, ev.end) if name else -1
    at = text.find(trig, ev.start, ev.end) if trig else -1
    while at != -1:
        start = max([ev.start] + [i + 1 for ch in _BREAKS if (i := text.rfind(ch, ev.start, at)) != -1])
        subject = named != -1 and start <= named and named + len(name) <= at
        start = named + len(name) if subject else start
        m = opening.match(text, start, at)
        before = text[ev.start:start]
        if m is not None and (m.end() == at if verb_trigger else m.group(1) is not None) and \
                _own_only(page, own, start, at) and (held.type == "CONFERENCE" or not any(
                    w in text[start:at] for w in cues("meeting_signer_conference"))) and \
                (subject or any(w in before for w in cues("meeting_signer_witness")) or _own_only(page, own, ev.start, start)):
            return any(w in text[ev.start:at] for w in cues("meeting_signer_pairs"))  # (双方达成共识,签署了…: a pair)
        at = text.find(trig, at + len(trig), ev.end)
    return None


def _own_only(page: EventPage, own: set[str], start: int, end: int) -> bool:
    """Does [start, end) name no one but the meeting's own parties?"""
    return all((e := page.entities.get(x.entity_id)) is None or e.name in own for x in page.in_span(start, end))
