"""The speaker a gathering's own sentence names after it by the speech alone (…论坛5日在河内开幕,越南政府总理某某
发表讲话 / …开幕,外长某某致开幕辞 / …召开,部长某某作工作报告): SPEC, a conference's participants are every named
chair, speaker and attendee the text places at it, and a speech at a conference is both a CONFERENCE and a
STATEMENT. The clause attends nothing by a verb of attending (出席, 主持: read by carry.conference_people), so
it is read here: its person opens it (after a title) and the speech act follows the name right away (pa4)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.model import Mention

_OPENING = 16  # characters a title before the speaker's name may take at the clause's start


def clause_speakers(page: EventPage, people: list[Mention], start: int, end: int) -> list[Mention]:
    """Of the clause [start, end)'s people (outside its asides), those opening it who speak at the gathering
    told before it: the first person, and those joined to it by 、/和/及 before one speech act (甲和乙分别致辞)."""
    text = page.doc.text
    if not people or people[0].start - start > _OPENING:
        return []
    joined, act = rx.compile(cue("clause_speaker_joined")), rx.compile(cue("clause_speech_act"))
    run = [people[0]]
    for m in people[1:]:  # (甲、越南驻华大使乙分别致辞: a list before the speech)
        if not joined.fullmatch(text, run[-1].end, m.start):
            break
        run.append(m)
    return run if act.match(text, run[-1].end, end) else []


def declares_open(sentence: str) -> bool:
    """Does the sentence declare a gathering open or closed (越南国防部长某某宣布会议开幕): who does chairs it."""
    return rx.compile(cue("gathering_declared")).search(sentence) is not None
