"""The frame of a conference opening a sentence (在…出席甲会议期间, / 甲峰会期间, / 值此出席…之际,): the one the
sentence goes on about attends the meeting the frame names (open gold dev d01, dev2 n36: the summit's frame names its
attendee, not the one met there). ev61, issue 13; called by actors.actors.

A meeting's name alone opens the frame (亚太经合组织领导人非正式会议期间,某某5日会见…), after a dateline at most, or
after a time told first (2014年11月,某会议在北京举行期间,…), or after another meeting named before it and joined to it
(甲会议和乙外长会期间,…: both frame the sentence). An attend verb opening the frame closes it with 后 too
(在结束出席甲会议并对乙国进行国事访问后,某某回到北京). The attendees are the clause's subject and the people listed
with it (某某和某某同意…), not the ones 与/同 name (co1, issue 13)."""

from __future__ import annotations

from bisect import bisect_left

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.carry import asides_in, people_in
from dipnet.model import Mention


def named_frame(page: EventPage, s0: int, k: int) -> bool:
    """Does the sentence open at `s0` (after a dateline or a time told first at most) with the name of the meeting
    whose word stands at `k`, or with meetings joined before it, no person named before it?"""
    text = page.doc.text
    if any((e := page.entity(m)) is not None and e.type == "PERSON" for m in page.in_span(s0, k)):
        return False
    told = rx.compile(cue("attend_frame_time_opening")).search(text[s0:k])  # (^: the slice opens the sentence)
    start = s0 + told.end() if told else s0
    named = rx.compile(cue("attend_frame_named"))
    joined = _joined_meeting(page, start, k)
    if joined is not None:  # (甲会议和乙外长会期间: the first one's name, then the second's after the joiner)
        return named.search(text[start:joined[0]]) is not None and named.search(text[joined[1]:k]) is not None
    return named.search(text[start:k]) is not None  # (^: the slice opens the sentence)


def _joined_meeting(page: EventPage, start: int, k: int) -> tuple[int, int] | None:
    """The span of the joiner after a conference word in text[start:k] (甲会议和 of 甲会议和乙外长会), the last one."""
    text, cb = page.doc.text, codebook()
    hits = page.trigger_hits
    found = None
    for at, word in hits[bisect_left(hits, (start, "")):bisect_left(hits, (k, ""))]:
        end = at + len(word)
        joiner = rx.compile(cue("attend_frame_meeting_joiner")).match(text, end, k)
        if joiner and "CONFERENCE" in cb.trigger_types.get(word, ()):
            found = (end, joiner.end())
    return found


def framed_attendees(page: EventPage, c: Clause, k: int, participants: list[str]) -> list[str]:
    """The participants with the ones the frame of the conference word at `k` places at it put first (see the module)."""
    text = page.doc.text
    opening = text[c.sentence[0]:k]
    frame = rx.compile(cue("attend_frame_after")).match(text, k, c.sentence[1])
    if frame is not None and not (rx.compile(cue("attend_frame_opening")).search(opening) or
                                  named_frame(page, c.sentence[0], k)):
        frame = None
    if frame is None and rx.compile(cue("attend_frame_done_opening")).search(opening):
        frame = rx.compile(cue("attend_frame_done_after")).match(text, k, c.sentence[1])
    if frame is None:
        return participants
    # 在重庆出席甲会议和乙外长会期间,越南外交部长裴青山与…举行会谈 / 值此出席APEC领导人会议之际,梁强…:
    # the one the sentence goes on about attends the meetings its frame names
    # (在…会议上,484名代表…同意选举某某: a setting frame names only who opens the clause after it)
    rest = text[frame.end():c.sentence[1]]
    cut = next((i for i in range(len(rest) - len(rest.lstrip(" ,，")), len(rest)) if rest[i] in ",，"), len(rest))
    upto = frame.end() + cut if frame.group(0).endswith("上") else c.sentence[1]
    found = [n for m in _subjects(page, frame.end(), upto) if (e := page.entity(m)) is not None and (n := e.name) not in participants]
    return list(dict.fromkeys(found)) + participants


def _subjects(page: EventPage, start: int, end: int) -> list[Mention]:
    """The first person named in [start, end) outside an aside (应通伦邀请, 在…陪同下), and the people listed right
    after it (某某和菲律宾总统某某: a joiner and a title at most between two)."""
    asides = asides_in(page, start, end)
    people = [m for m in people_in(page, start, end) if not (asides and any(a <= m.start < b for a, b in asides))]
    if not people:
        return []
    listed = [people[0]]
    joined = rx.compile(cue("frame_subject_joined"))
    for m in people[1:]:
        if not joined.fullmatch(page.doc.text, listed[-1].end, m.start):
            break
        listed.append(m)
    return listed
