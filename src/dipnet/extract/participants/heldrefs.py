"""A gathering named again, and a gathering named only in passing beside it (ev4, stop 51).

- referred_back: 此次大会, 该会议, 大会上, 出席会议 name the meeting already told, not another (which has a name
  before its word: 第十届东盟峰会); so do a pointing word and a short name (出席本届东博会开幕式, 参与了这场峰会,
  是次东协峰会: the run of name characters before the meeting word opens with a word that points back, events.toml's
  reference_openers or cue `reference_openers_named`, and holds no more than a short name after it).
- retells: a clause or sentence whose first gathering word a pointing word names (points_back: 这场峰会在…举行,
  本次在鲁安达举行的…峰会进入第2天) goes on telling the gathering told before: a gathering it names beside that one does not end the telling, and
  the sentences after it are not about a gathering named in passing there (这场峰会在南非的G20峰会后紧接着举行)."""

from __future__ import annotations

from functools import cache

from dipnet.extract.common.codes import codebook, type_triggers
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.posthits import event_hits


def referred_back(text: str, start: int, at: int, word: str) -> bool:
    """Does the meeting word `word` at `at` name a meeting already told (此次大会, 大会上, 本届东博会)?"""
    cb = codebook()
    before = text[max(start, at - 4):at]
    if before.endswith(cues("working_session_lead")):  # 此次工作会议: the working session told before (ev16)
        before = before[:-2]
    if any(before.endswith(o) for o in cb.reference_openers) or \
            text.startswith(cues("meeting_as_frame"), at + len(word)):
        return True
    if text.startswith(cues("meeting_as_way"), at + len(word)):
        return True  # 开幕式以视频会议的形式举行: the way the meeting told is held, no other meeting
    j = at
    while j > start and text[j - 1].isalnum() and not text.endswith(cb.name_stops, 0, j):
        j -= 1
    return at - j < 2 or named_back(text, j, at)


def named_back(text: str, name_start: int, at: int) -> bool:
    """Does the name run text[name_start:at] before a meeting word open with a pointing word, then a short name?"""
    run = text[name_start:at]
    opener = next((o for o in _openers() if run.startswith(o)), None)
    return opener is not None and len(run) - len(opener) <= int(cue("reference_named_reach"))


def retells(page: EventPage, start: int, end: int) -> bool:
    """Does the sentence [start, end) open its telling of gatherings by pointing back to the one told before: its
    first gathering word referred back, or a pointing word of two characters or more before it in its clause
    (本次在安哥拉首都鲁安达举行的…峰会)?"""
    first = _gatherings(page, start, end)[:1]
    if not first:
        return False
    return points_back(page.doc.text, start, first[0][0])


def points_back(text: str, start: int, at: int) -> bool:
    """Does a pointing word name the gathering whose word is at `at` as the one told (这场峰会, 本届东博会, 本次在…
    举行的…峰会: one of two characters or more earlier in its clause)? A bare word (出席会议, (ASEAN)峰会) does not."""
    j = at
    while j > start and text[j - 1].isalnum() and not text.endswith(codebook().name_stops, 0, j):
        j -= 1
    if text.endswith(_openers(), start, at) or named_back(text, j, at):
        return True
    lo = max(text.rfind(",", start, at), text.rfind("，", start, at), start)
    clause = text[lo:at]  # (cut once, not once per word)
    return any(len(o) > 1 and o in clause for o in _openers())


def _gatherings(page: EventPage, start: int, end: int) -> list[tuple[int, str]]:
    own = type_triggers("CONFERENCE")
    return [(at, w) for at, w in event_hits(page, start, end) if w in own]


@cache
def _openers() -> tuple[str, ...]:
    """The pointing words, longest first (made once, not at each question)."""
    return tuple(sorted(codebook().reference_openers + cues("reference_openers_named"), key=len, reverse=True))
