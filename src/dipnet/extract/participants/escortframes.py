"""The escorts a meeting's or a gathering's own sentence names in its frame (在越南外交部长某某的陪同下,苏林会见了… /
總統賴清德今天在外交部長林佳龍陪同下,接見… / 在部长某某陪同下,总理某某出席了…论坛): they are at the meeting or the
gathering, as those who 陪同会见 or 陪同出席 are (SPEC: a conference's participants are every named attendee the text
places at it; MEET is between the named people there). A visit's escorts are no visitors (the official gold: 陪同…
出访的有… is no VISIT party), so only the types the data file names read them (pa4)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage, names


def framed_escorts(page: EventPage, t_name: str, c: Clause, participants: list[str]) -> list[str]:
    """The people of an escort frame (在…陪同下) standing in the event's sentence before its trigger's clause ends,
    with no other clause between the frame and the event's (not the frame of an earlier act the sentence tells)."""
    if t_name not in cues("escort_frame_types"):
        return []
    text = page.doc.text
    out: list[str] = []
    for m in rx.compile(cue("escort_frame")).finditer(text, c.sentence[0], c.end):
        between = text[m.end():c.start].strip()  # (empty where the frame stands inside the event's clause)
        if between.strip(",，") and any(ch in between for ch in ",，;；"):
            continue  # (在甲陪同下参观了…,随后会见乙: the frame is the earlier act's, another clause holds it)
        people = [x for x in page.in_span(m.start(1), m.end(1))
                  if (e := page.entities.get(x.entity_id)) is not None and e.type == "PERSON"]
        out += [n for n in names(page, people, ("PERSON",)) if n not in participants and n not in out]
    return out
