"""Statements that merging drops as told within another event (extract/merging/merge.py): what is said in
talks, on the phone or in a message is that event's content (SPEC), and a body's statement spoken
for by a person of its country near it is that person's."""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter

from dipnet.extract.common.cues import with_cues
from dipnet.extract.finding.sameday import dates_agree
from dipnet.model import Event
from dipnet.rx import plain as _plain

_FIRST_TWO = itemgetter(0, 1)


@lru_cache(maxsize=1)
def _statement_words() -> dict[str, re.Pattern[str]]:
    data = tomllib.loads(resources.files("dipnet.extract.data").joinpath("statements.toml").read_text("utf-8"))
    return {k: _plain(with_cues(v)) for k, v in data.items()}  # («conference_place»: a cue of cues.toml)


@cache
def statement_pattern(name: str) -> re.Pattern[str]:
    """One of the regular expressions of data/statements.toml (remembered by name: asked some hundred times a
    page, per statement and pair of statements merged)."""
    return _statement_words()[name]


def speaks_each(kind: str | None, before: str) -> bool:
    """甲与乙共同主持会议并致辞, 甲和乙出席论坛并发表演讲: a speech or address is one person's words, so the people
    listed before it give one each, whatever they do together first (共同主持) — unless the joint word stands
    on the speech itself (共同致辞); `before` is the clause up to the speech word (data/statements.toml)."""
    words = _statement_words()
    return kind is not None and words["each_speech_kinds"].fullmatch(kind) is not None and \
        words["joint_speech_before"].search(before) is None


def _speech_frame() -> re.Pattern[str]:
    return _statement_words()["speech_frame"]


def principle_before(text: str, sentence_start: int, at: int) -> bool:
    """对任何…的行径,我们都将提出严正交涉: a DISAPPROVE word after a universal (data/statements.toml)."""
    return _statement_words()["principle_before"].search(text, sentence_start, at) is not None


def instrument_framed(text: str, sentence_start: int, at: int) -> bool:
    """在…联合声明中,甲部和乙部表示: the words are the joint statement's (data/statements.toml)."""
    return _statement_words()["instrument_frame"].search(text, sentence_start, at) is not None


def topic_time(text: str, sentence_start: int, start: int, end: int) -> bool:
    """就…11月8日发表的言论答记者问: a time inside the topic a 就 phrase names (data/statements.toml)."""
    words = _statement_words()
    return words["topic_before"].search(text, sentence_start, start) is not None and \
        words["topic_after"].search(text[end:end + 40]) is not None


def speech_framed(text: str, sentence_start: int, clause_start: int) -> bool:
    """在致辞中,某某强调…: the sentence frames the clause's words as said in a speech (data/statements.toml)."""
    return _speech_frame().search(text, sentence_start, clause_start) is not None


def own_occasion(text: str, clause_start: int, k: int, trig: str, by_person: bool, sentence_start: int | None = None) -> str | None:
    """发表演讲/发表了重要演说: an address, told as an act of its own; 发表的书面讲话: a written statement,
    whatever its word; 某某发布新闻稿表示: a person's press statement (a body's 文告 reporting a visit is not) —
    statements no talks held that day hold (SPEC: a speech, a press statement). The kind, or None
    (data/statements.toml). sentence_start: where the clause's sentence starts, for a frame told before the
    speaker's clause (回答某社记者关于…的提问时,某某表示: an answer to the press)."""
    words = _statement_words()
    if by_person and words["written_before"].search(text, clause_start, k):
        return "written statement"  # 发表的书面讲话: handed out, not spoken in talks
    if words["address_words"].fullmatch(trig) and words["address_before"].search(text, clause_start, k):
        return "address"
    if (by_person and words["release_before"].search(text, clause_start, k)) or \
            words["issued_statement"].search(text, clause_start, k + len(trig)):
        return "press statement"  # 发布新闻稿表示; 发表声明称, 发表的声明说: put out, said at no talks
    if by_person and sentence_start is not None and words["conference_frame_before"].search(text, sentence_start, k) and \
            not words["venue_talks"].search(text, sentence_start, k) and not words["reported_before"].search(text, sentence_start, k):
        # 在某峰会开幕式上,某某强调; 某某在某峰会中则提到: said at the conference, not in the page's talks (甲表示,去年在某峰会
        # 期间,乙在会议上曾表示: 甲's words, not 乙's own)
        return _AT_CONFERENCE
    if by_person and (words["outside_talks_before"].search(text, clause_start, k) or (
            sentence_start is not None and words["press_frame_before"].search(text, sentence_start, k))):
        return "remarks"  # 会谈后通过共同媒体表示, 启程前表示, 回答记者提问时,某某表示: said outside the talks
    return None


# what is said in talks, on the phone or in a message belongs to that event, not a STATEMENT of its own
_SPEECH_HOSTS = ("MEET", "CALL", "MESSAGE")


def hosts_by_party(events: list[Event]) -> dict[tuple[int | None, str], list[Event]]:
    """Talks, calls and messages by (brief, party): the ones a statement can be said within."""
    out: dict[tuple[int | None, str], list[Event]] = {}
    for e in events:
        if e.type in _SPEECH_HOSTS or (e.type == "DISAPPROVE" and statement_pattern("summons").match(
                str(e.attributes.get("trigger", "")))):  # (a summons: a meeting the protest is made at)
            # (a message's words are its senders': the one it is sent to speaks on an occasion of their own)
            for p in dict.fromkeys(e.source or e.participants if e.type == "MESSAGE" else e.participants):
                out.setdefault((e.brief, p), []).append(e)
    return out


def said_within(st: Event, hosts: dict[tuple[int | None, str], list[Event]], text: str = "") -> bool:
    """A speech (讲话, 致辞: a kind of its own) is inside talks held the same day; reported words (表示,
    强调, 评价) of a party to talks or a call are what they said there, whatever date the words
    themselves name (评价…自1992年建交以来). `hosts`: hosts_by_party of the page's events (a
    host shares a party with the speaker, so only the speaker's parties are looked up)."""
    if st.attributes.get("kind") == _AT_CONFERENCE:  # (…at a summit that is the speaker's talks that day: their content)
        return any(e.type in _TALKS and dates_agree(e, st) for p in set(st.participants) for e in hosts.get((st.brief, p), ()))
    if st.attributes.get("kind") in _OWN_SETTINGS:
        return False  # 会谈后…在记者会上表示: a press conference or interview is a statement of its own (SPEC)
    if st.attributes.get("kind") == "speech" and _at_venue(st, text):
        return False  # 在某研究中心发表重要讲话 during a visit: a speech at a venue of its own, not words of the talks
    reported = "kind" not in st.attributes
    # a speech at a reception or ceremony (在招待会上发言) is one, not words inside talks
    # (a message holds only words reported as its own: a speech or remarks (发表谈话) are said aloud, not written)
    # (ev19: words reported at a reception (招待会上…某某说) are no talks' content either: the gathering is an occasion)
    # (ev55: a message holds its sender's words until a post of theirs is told: 某某在贴文上发表唁函…。某某贴文提及…。
    # 某某表示… are the post's words, an occasion of its own; `text`: the page's)
    return any(((reported and e.attributes.get("kind") not in _GATHERINGS) or
                (e.type != "MESSAGE" and dates_agree(e, st) and e.attributes.get("kind") not in _OCCASIONS))
               and (e.type != "MESSAGE" or not _post_between(text, e, st))
               for p in set(st.participants) for e in hosts.get((st.brief, p), ()))


def _at_venue(st: Event, text: str) -> bool:
    """Does the statement's sentence place its speech word at a venue of its own (在…发表讲话, 在…上致辞), not at the
    talks (在会谈上发表讲话) (data/statements.toml venue_speech_before, venue_talks)?"""
    trig = str(st.attributes.get("trigger") or "")
    if not trig or not text:
        return False
    words = _statement_words()
    at = text.find(trig, st.start, st.end)
    while at >= 0:
        if words["venue_speech_before"].search(text, st.start, at) and not words["venue_talks"].search(text, st.start, at):
            return True
        at = text.find(trig, at + 1, st.end)
    return False


def talks_held_ends(text: str) -> list[int]:
    """Where talks are told as held (双方举行了会谈, 某某在会谈时说), their parties read or not: the ends of those
    words, none of talks announced (将举行会谈) — reported words after them are the talks' (data/statements.toml)."""
    words = _statement_words()
    out = []
    for m in words["talks_held"].finditer(text):
        clause = max(text.rfind(ch, 0, m.start()) for ch in ",，。;；\n") + 1
        if words["announced_before"].search(text, clause, m.start()) is None:
            out.append(m.end())
    return out


def counted_year(e: Event, text: str) -> bool:
    """今年是两国建交10周年: an anniversary the year is counted as, told in the words of talks, no occasion held where
    what follows is said (data/statements.toml year_counted_before)."""
    return e.type == "ANNIVERSARY" and statement_pattern("year_counted_before").search(text, e.start, e.end) is not None


def _post_between(text: str, a: Event, b: Event) -> bool:
    """Is a post told between the end of the message's sentence and the words (data/statements.toml post_told)?"""
    return a.end < b.start and statement_pattern("post_told").search(text, a.end, b.start) is not None


# the kinds of statement that are an occasion of their own, never the content of talks held that day (own_occasion) (an
# address, 赴某大学发表演讲; words put out in writing, 发布新闻稿表示: SPEC, a press statement)
_OWN_SETTINGS = ("press conference", "interview", "press answer", "article", "address", "press statement", "remarks",
                 "post", "written statement")
# words a sentence places at a conference (own_occasion), and the talks such a summit is where the speaker holds talks or
# a call that day (中欧峰会: 某某在峰会上表态称 is what was said in those talks, SPEC's talks content)
_AT_CONFERENCE = "conference remarks"
_TALKS = ("MEET", "CALL")
# the kinds of host a speech made at is a statement of its own (在招待会上发言)
_OCCASIONS = ("reception", "welcome ceremony", "handshake", "greetings")
# …and the kinds words reported at are said to the gathering, not in talks (a handshake holds no talks: tw2)
_GATHERINGS = ("reception", "handshake", "greetings")


_SPOKESPERSON = "发言人"  # the text is normalized to Simplified

Speakers = dict[tuple[int | None, str | None], tuple[list[int], list[Event]]]


def statement_speakers(events: list[Event], people: set[str], countries: dict[str, str]) -> Speakers:
    """Statements whose first actor is a person, by (brief, that person's country), in start order:
    the ones that can speak for a body's statement (an exact superset for `spoken_for`)."""
    got: dict[tuple[int | None, str | None], list[tuple[int, int, Event]]] = {}
    for i, o in enumerate(events):
        if o.type == "STATEMENT" and o.participants and o.participants[0] in people:
            got.setdefault((o.brief, countries.get(o.participants[0])), []).append((o.start, i, o))
    out: Speakers = {}
    for key, rows in got.items():
        rows.sort(key=_FIRST_TWO)
        out[key] = ([r[0] for r in rows], [r[2] for r in rows])
    return out


def _at_its_setting(said: str, body_said: str) -> bool:
    """大使某某在记者会上说 beside 大使馆举行记者会,介绍…: the person speaks at the body's own press event (ev60)."""
    at = statement_pattern("own_press_setting").search(said)
    return at is not None and at.group(1) in body_said


def spoken_for(st: Event, events: Speakers, people: set[str], countries: dict[str, str], text: str) -> bool:
    """外交部举行记者会 and 外交部发言人某某表示 near it are one statement: the spokesperson's. A body's
    statement goes when a person of its country speaks for it (its name, or its name without the
    country, standing bare or after that country) in the same or the next sentences."""
    if st.type != "STATEMENT" or not st.participants or st.participants[0] in people or \
            st.attributes.get("kind") == "press statement":
        return False  # (外交部稍早前发表的声明说: a statement put out in writing, no press event a person speaks at)
    body = st.participants[0]
    land = countries.get(body)
    short = body[2:] if len(body) > 3 else body  # 越南外交部 → 外交部

    def speaks_for(o: Event) -> bool:
        said = text[o.start:o.end]
        k = said.find(short)
        # (大陆外交部发言人某某: the body's spokesperson, whatever the outlet calls its country)
        return (k != -1 and (k < 2 or said[k - 2:k] == body[:2] or not said[k - 1].isalnum()
                             or said.startswith(_SPOKESPERSON, k + len(short)))) or _at_its_setting(said, text[st.start:st.end])

    if not land:
        return False
    starts, near = events.get((st.brief, land), ([], []))
    lo, hi = bisect_left(starts, st.start - 300), bisect_right(starts, st.start + 300)
    for o in near[lo:hi]:
        # (记者会上,有记者提问:昨晚…通了电话。对此,发言人某某表示…: the answer is given at the press conference,
        # on its day, whatever day the question told)
        answer = o.start > st.start and statement_pattern("answer_opening").match(text, o.start) is not None
        if (dates_agree(o, st) or answer) and speaks_for(o):
            if answer and st.date:
                o.date, o.date_precision, o.end_date = st.date, st.date_precision, st.end_date
            return True
    return False
