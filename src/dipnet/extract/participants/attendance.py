"""Who a sentence of attendance after an event places at it (issue 13). News tells an event, then, in a
sentence of its own, only who was there: 某某参加上述活动 / 某某会见时在座 / 某某陪同出席 / 某某出席活动并致辞 /
…共600余人出席, or a list of them (这6位新任驻华大使是:甲、乙). SPEC: participants name every actor of the
event the text names; a conference's, every attendee the text places at it.

Such a sentence joins the event told right before it in its paragraph (a chain of such sentences goes on);
one that refers back (上述活动, 会见时, 签字仪式, 这N位…) joins the event told last before it across
paragraphs too, unless a new occasion (a meeting word with people not at the event) stands between. A
sentence that tells an occasion of its own (某某会见了…) is no attendance."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dipnet import rx
from dipnet.extract.common.clauses import Clause, iter_sentences
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage, names
from dipnet.extract.participants.carry import asides_in, people_in
from dipnet.extract.participants.escortframes import framed_escorts
from dipnet.extract.participants.partywords import said_from
from dipnet.extract.participants.posthits import event_hits
from dipnet.model import Mention, Segment
from dipnet.rxneeds import needed_words

_ENDS = "。!?！？\n"  # what ends a sentence here (not ;: 甲出席;乙陪同 is one telling)
_REACH = 12  # sentences after the event's read for a back reference
_SEGMENT_REACH = 40  # segments after the event's walked for them (captions, other teasers skipped)
# the types of the occasions whose words, with new people, end the reading (another event is told)
_OCCASIONS = frozenset({"MEET", "CALL", "CONFERENCE", "VISIT", "ANNIVERSARY", "AGREEMENT"})
# a clause of its own after a list (,而 / ,但): the list read after the event's clause stops there
_TURN = rx.compile(cue("list_turn"))


@dataclass(frozen=True)
class AttendanceWords:
    types: frozenset[str]  # the event types an attendance sentence joins
    tail: re.Pattern[str]  # the sentence's predicate of attending, at its end (group 1: a back reference)
    listed: re.Pattern[str]  # the opener of a list of those there (group 1 or 2: a back reference)
    back_refs: dict[str, frozenset[str]]  # a back reference → the types it refers to ("*": any)
    speech_types: frozenset[str]  # the types one attends and speaks at (出席并致辞: not talks)
    # for tail and listed, what bounds where a sentence of attendance can start on a page (read once per page):
    # the words every match holds, else the pattern unanchored (None: no bound, a look-around in it)
    bounds: tuple[tuple[str, ...] | re.Pattern[str] | None, ...]


@lru_cache(maxsize=1)
def attendance_words() -> AttendanceWords:
    data = tomllib.loads(resources.files("dipnet.extract.data").joinpath("events.toml").read_text("utf-8"))
    a = data["attendance"]
    refs: dict[str, set[str]] = {}
    for kind, words in a["back_refs"].items():
        for w in words:
            refs.setdefault(w, set()).add(kind)
    return AttendanceWords(types=frozenset(a["types"]), tail=rx.compile(a["tail"]), listed=rx.compile(a["listed"]),
                           back_refs={w: frozenset(k) for w, k in refs.items()}, speech_types=frozenset(a["speech_types"]),
                           bounds=(_bound(a["tail"]), _bound(a["listed"])))


def _bound(source: str) -> tuple[str, ...] | re.Pattern[str] | None:
    """The words one of which every match of `source` holds (rxneeds: the longest run), else `source` without
    its anchors: a sentence's match of it is a match of this one at the same place in the page's text, as it
    reads no character outside its match (None where it holds a look-around: no bound)."""
    groups = needed_words(source)
    if groups:
        return groups[0]
    if any(x in source for x in ("(?=", "(?!", "(?<", "\\b", "\\B", "\\A", "\\Z")):
        return None
    return rx.compile(source.removeprefix("^").removesuffix("$"))


@dataclass(frozen=True)
class Attendance:
    people: tuple[Mention, ...]  # who the sentence places there
    ref: str | None  # the word it refers back by, if any
    spoke: bool  # attended and spoke (出席并致辞)
    told: tuple[int, int]  # where its predicate (or list opener) stands: no occasion of its own there


def attended_after(page: EventPage, t_name: str, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """The participants with the people the sentences of attendance after the event's sentence place at it."""
    words = attendance_words()
    participants = participants + framed_escorts(page, t_name, c, participants)  # (在外长某某陪同下,会见…)
    last = _last_told(page) if t_name in words.types else -1
    if last <= c.start or _later_occasion(page, t_name, c, k + len(trig)):
        return participants
    participants = participants + _listed_on(page, c, participants)
    if last <= c.sentence[1]:
        return participants
    known = set(participants)
    out = list(participants)
    seg = page.doc.segment_at(c.start)
    if seg is None:
        return participants
    count, adjacent = 0, True
    # (me7) an event told inside a party's reported words (…并表示,…三次同某某总理会见) is recalled: the sentences
    # of attendance after its paragraph close the report of the page's own occasion
    recalled = (opened := said_from(page, seg, None)) is not None and c.start >= opened
    for s in _segments_after(page, seg, c.sentence[1]):
        adjacent = adjacent and s is seg  # (a plain attendance sentence stands in the event's own paragraph)
        if s is not seg and (recalled or said_from(page, s, known) is not None):
            if recalled:
                return out
            adjacent = False
            continue  # (me7: 甲说,…多次会晤: a party's words recall, they tell no new occasion and use no reach)
        for start, end in _sentences(page, max(s.start, c.sentence[1]), s.end):
            count += 1
            if count > _REACH or start >= last:
                return out  # (from `last` on no sentence tells attendance: out is what it will be)
            got, told_people = _read(page, start, end)
            own = _own_occasion(told_people, known, out)
            if own == "new":
                return out  # another event is told: who comes after is at it
            if got is not None and own is None and (adjacent or _refers_to(got.ref, t_name)) and \
                    (not got.spoke or t_name in words.speech_types):
                out += [n for n in names(page, list(got.people), ("PERSON",)) if n not in out]
                continue  # (a chain of such sentences goes on: 甲出席活动并致辞。乙…共600余人出席)
            adjacent = False
    return out


def _listed_on(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """The people the rest of the event's own sentence lists after a list opener (接受三国新任大使递交国书,他们是甲、
    乙和丙 / ,出席会见的有甲): that rest tells no more than who was there."""
    text = page.doc.text
    if c.end >= c.sentence[1] or text[c.end] not in ",，":
        return []
    # (the list ends where a clause of its own opens: 包括甲、乙,而丙、丁也将出席 — fp2)
    turn = _TURN.search(text, c.end + 1, c.sentence[1])
    got, _ = _read(page, c.end + 1, turn.start() if turn else c.sentence[1])
    if got is None or got.told[0] != c.end + 1:  # (its opener, not a predicate at the end)
        return []
    return [n for n in names(page, list(got.people), ("PERSON",)) if n not in participants]


def _last_told(page: EventPage) -> int:
    """Where a sentence of attendance on the page can start at the latest, plus one (found once per page): by
    the last of the words every match of tail or listed holds, else by the last match of the pattern
    unanchored (a sentence's match lies inside it or in one found there, ending after its start)."""
    last = page.__dict__.get("_attendance_last")
    if last is None:
        text = page.doc.text
        last = page.__dict__["_attendance_last"] = max(_bound_in(b, text) for b in attendance_words().bounds)
    return last


def _bound_in(bound: tuple[str, ...] | re.Pattern[str] | None, text: str) -> int:
    if bound is None:
        return len(text) + 1
    if isinstance(bound, tuple):
        return max(text.rfind(w) for w in bound) + 1
    return max((m.end() for m in bound.finditer(text)), default=0)


def _segments_after(page: EventPage, seg: Segment, pos: int) -> Iterator[Segment]:
    """The event's own segment, then the paragraphs of its zone (lead, body) after `pos`: a bounded walk from
    the first segment that ends after it (found by bisection over the page's ends, kept once per page)."""
    segments = page.doc.segments
    ends = page.__dict__.get("_segment_ends")
    if ends is None or len(ends) != len(segments):
        ends = page.__dict__["_segment_ends"] = [s.end for s in segments]
    for s in segments[bisect_right(ends, pos):bisect_right(ends, pos) + _SEGMENT_REACH]:
        if s.brief == seg.brief and (s is seg or (s.kind in ("lead", "body") and s.start >= seg.start)):
            yield s


def _kinds(page: EventPage, w: str, start: int, end: int) -> frozenset[str]:
    """The types the word at hand may tell in the sentence [start, end): none for a named activity's word
    (活动) whose quoted name the sentence lacks (出席纪念活动并致辞: attendance at the occasion told, no new one)."""
    cb = codebook()
    kinds = cb.trigger_types.get(w, frozenset())
    if "CONFERENCE" in kinds and w in words_of("named_activity_words") and \
            not ((needs := cb.trigger_needs.get(f"CONFERENCE:{w}")) is not None and needs.search(page.doc.text, start, end)):
        return kinds - {"CONFERENCE"}
    return kinds


def _later_occasion(page: EventPage, t_name: str, c: Clause, after: int) -> bool:
    """Does an occasion of another type stand later in the event's sentence (会见甲,并出席…论坛开幕式。某某陪同出席):
    what follows is said of the last one told."""
    return any(t_name not in (kinds := _kinds(page, w, *c.sentence)) and kinds & attendance_words().types
               and not page.inside_not_trigger(at, at + len(w))  # (以对话伙伴身分出席: no dialogue there — fp2)
               for at, w in page.hits_in(after, c.sentence[1]))


def _refers_to(ref: str | None, t_name: str) -> bool:
    """Does the back reference name an event of this type (the longest listed word it ends with: 纪念活动 by 活动)?"""
    if ref is None:
        return False
    refs = attendance_words().back_refs
    word = "这" if ref.startswith("这") else max((w for w in refs if ref.endswith(w)), key=len, default="")
    kinds = refs.get(word, frozenset())
    return "*" in kinds or t_name in kinds


def _attendance(page: EventPage, start: int, end: int) -> Attendance | None:
    """The sentence [start, end) as one of attendance: its people before the predicate of attending that closes
    it (某某会见时在座), or after a list opener (这N位…是:甲、乙); None for any other sentence, and for one
    that tells more than who was there (an event word outside its predicate: 甲表示,越方将积极参加)."""
    got = _attendance_told(page, start, end)
    if got is not None and any(not got.told[0] <= at < got.told[1] for at, _ in event_hits(page, start, end)):
        return None
    return got



def _attendance_told(page: EventPage, start: int, end: int) -> Attendance | None:
    text, words = page.doc.text, attendance_words()
    sentence = text[start:end].rstrip()
    # (the words first: most sentences after an event tell no attendance, and their people are not read)
    opened = words.listed.match(sentence)
    closed = None if opened else words.tail.search(sentence)
    if not opened and (closed is None or closed.start() == 0):
        return None
    asides = asides_in(page, start, end)
    people = [m for m in people_in(page, start, end) if not (asides and any(a <= m.start < b for a, b in asides))]
    if opened:
        listed = [m for m in people if m.start >= start + opened.end()]
        ref = next((g for g in opened.groups() if g), None)  # (这N位, 会见时, 上述活动: each refers back)
        return Attendance(tuple(listed), ref, False, (start, start + opened.end())) if listed else None
    if closed is None:  # (not reached: a sentence with neither returned above)
        return None
    at = start + closed.start()
    before = [m for m in people if m.end <= at]
    # (某某等在座: a predicate that is itself a back reference names the occasion it refers to)
    ref = closed.group(2) or closed.group(1) or next((w for w in words.back_refs if sentence.rstrip("。!！").endswith(w)), None)
    return Attendance(tuple(before), ref, closed.group(3) is not None, (at, start + len(sentence))) if before else None


def _read(page: EventPage, start: int, end: int) -> tuple[Attendance | None, tuple[str, ...] | None]:
    """The sentence [start, end) read once per page (the events before it each read it again): its attendance,
    and the people it names outside its asides where an occasion word stands outside that telling (None
    where none does)."""
    memo: dict[tuple[int, int], tuple[Attendance | None, tuple[str, ...] | None]] = \
        page.__dict__.setdefault("_attendance_reads", {})
    got = memo.get((start, end))
    if got is None:
        got = memo[(start, end)] = _read_once(page, start, end)
    return got


def _sentences(page: EventPage, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of [start, end) split at _ENDS, kept per page (the events of a paragraph walk the same)."""
    memo: dict[tuple[int, int], list[tuple[int, int]]] = page.__dict__.setdefault("_attendance_sentences", {})
    got = memo.get((start, end))
    if got is None:
        got = memo[(start, end)] = list(iter_sentences(page.doc.text, start, end, _ENDS))
    return got


def _read_once(page: EventPage, start: int, end: int) -> tuple[Attendance | None, tuple[str, ...] | None]:
    got = _attendance(page, start, end)
    # (an occasion word outside the telling of attendance: the sentence may tell an occasion of its own)
    if not any(_kinds(page, w, start, end) & _OCCASIONS and not (got is not None and got.told[0] <= at < got.told[1])
               for at, w in event_hits(page, start, end)):
        return got, None
    asides = asides_in(page, start, end)
    return got, tuple(names(page, [m for m in people_in(page, start, end) if not (asides and any(a <= m.start < b for a, b in asides))],
                            ("PERSON",)))


def _own_occasion(people: tuple[str, ...] | None, known: set[str], added: list[str]) -> str | None:
    """Whether the sentence tells an occasion of its own: "new" when one of its occasion words stands outside its
    telling of attendance with a person not at the event (甲会见了乙: another event), "retold" when the words name
    only the event's people (使节们依次向甲呈递国书: the event told again); None when it tells none (`people`
    None: no occasion word outside its telling)."""
    if people is None:
        return None
    return "new" if any(p not in known and p not in added for p in people) else "retold"
