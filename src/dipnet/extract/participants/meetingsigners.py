"""What a meeting signs or adopts, told without parties of its own (…联合举行…第四次国际会议。…同时,签署了联合通报;
会议通过了…联合公报; 会议结束后,两位部长签署了…纪要; 在…见证下,与会各方签署多项合作协议): its parties are the meeting's
own that are no people — the bodies, localities or lands that hold it — not the lands a pair word of the sentence names
(越柬边界线) nor the witnesses (中联部、两国使馆…见证下). Official dev d04: the two fronts that held the conference
sign the communiqué; dev2 n20: the meeting's localities. Runs over the page's events before they are merged; the
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
    """Give each signing told without parties of its own after a meeting the meeting's own parties that are no people."""
    meetings = sorted((e for e in events if e.type in _MEETINGS), key=lambda e: e.start)
    if not meetings:
        return
    for ev in events:
        if ev.type != "AGREEMENT":
            continue
        held = _meeting_before(meetings, ev)
        if held is None or held.status != ev.status:  # (邀请…出席…防务展。…双方签署: no meeting held yet)
            continue
        parties = [p for p in held.participants if "PERSON" not in page.types_of.get(p, set())]
        pair = _unnamed(page, ev, set(held.participants))
        if parties and pair is not None and (not pair or len(parties) == 2):
            ev.participants = parties
            ev.source, ev.target = parties[:1], parties[1:2]


def _meeting_before(meetings: list[Event], ev: Event) -> Event | None:
    """The meeting told nearest before the signing (in its sentence or within _BACK characters before it)."""
    before = [m for m in meetings if m.start <= ev.start and m.end >= ev.start - _BACK and m.brief == ev.brief]
    return before[-1] if before else None


def _unnamed(page: EventPage, ev: Event, held: set[str]) -> bool | None:
    """Does the signing's clause, up to its trigger, name no party of its own (above)? None where it names one;
    else whether it signs by a pair word (双方: two parties only). Names of the meeting's own parties may stand in
    the instrument's name (会议通过了第十五届某会议的联合宣言)."""
    text = page.doc.text
    trig = str(ev.attributes.get("trigger", ""))
    opening = rx.compile(cue("meeting_signer_clause"))
    verb_trigger = trig in cues("meeting_signer_verbs")
    at = text.find(trig, ev.start, ev.end) if trig else -1
    while at != -1:
        start = max([ev.start] + [i + 1 for ch in _BREAKS if (i := text.rfind(ch, ev.start, at)) != -1])
        m = opening.match(text, start, at)
        if m is not None and (m.end() == at if verb_trigger else m.group(1) is not None) and \
                all((e := page.entities.get(x.entity_id)) is None or e.name in held for x in page.in_span(start, at)):
            return any(w in text[start:at] for w in cues("meeting_signer_pairs"))
        at = text.find(trig, at + len(trig), ev.end)
    return None
