"""A meeting whose host side the clause names only as a body's leaders (胡志明市市委、人民委员会领导会见由某某
率领的代表团 / 市领导接见… / 省人民委员会举行…见面会): VNA's locality pages name those leaders in the sentences
after it, each opening with the leader speaking (市委常务副书记陈刘光强调…; 人民委员会副主席杨英德表示…). Those
speakers (and the guests who speak there) are the meeting's people, read until a sentence that tells another
meeting, visit or call."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause, iter_sentences
from dipnet.extract.common.codes import type_triggers
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.carry import sentence_subject

_REACH = 6  # sentences after the meeting's (across paragraphs of its zone) read for its speakers


def _unnamed_host(page: EventPage, c: Clause, k: int) -> bool:
    before = [m for m in page.in_span(c.sentence[0], k) if (e := page.entity(m)) is not None and e.type == "PERSON"]
    return not before and rx.compile(cue("unnamed_host")).search(page.doc.text, c.start, k) is not None


def host_speakers(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants with the leaders the sentences after an unnamed host's meeting open with, speaking."""
    if not _unnamed_host(page, c, k):
        return participants
    text, out = page.doc.text, list(participants)
    speech, stops = rx.compile(cue("host_speech_after")), type_triggers("MEET", "VISIT", "CALL")
    segs = [s for s in page.doc.segments if s.brief == c.brief and s.kind in ("lead", "body") and s.end > c.sentence[1]]
    count = 0
    for seg in segs:
        for start, end in iter_sentences(text, max(seg.start, c.sentence[1]), seg.end, "。!?\n"):
            count += 1
            if count > _REACH or any(w in stops for _, w in page.hits_in(start, end)):
                return out
            comma = min([end] + [i for ch in ",，;" if (i := text.find(ch, start, end)) != -1])
            people = [m for m in page.in_span(start, comma) if (e := page.entity(m)) is not None and e.type == "PERSON"]
            if people and speech.match(text, people[0].end):
                out += [n for n in names(page, people[:1], ("PERSON",)) if n not in out]
    return out


def frame_subject(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """当天,在会见韩国国民力量党党首某某时,王廷惠高度评价…: a meeting told as the frame of what follows, its
    partner named in it, its subject after it (ev16, VOV's pages summing up several meetings)."""
    text = page.doc.text
    if not rx.compile(cue("meeting_frame_before")).fullmatch(text, c.start, k) or \
            not rx.compile(cue("meeting_frame_after")).search(text, k, c.end):
        return participants
    who = sentence_subject(page, c.end, c.sentence[1])
    return participants + [who] if who and who not in participants else participants
