"""A numbered bilateral dialogue is one MEET (SPEC: "A numbered bilateral dialogue (第N次战略对话) is a MEET";
issue 13, ev45). 第十次越南与新加坡防务政策对话会于…举行 is read twice: a MEET from the dialogue's word (政策对话)
and a CONFERENCE from the meeting's word (对话会). Where a MEET of the same sentence and teaser reads the dialogue
(its word, …对话, stands inside the conference's name), the CONFERENCE is that MEET told again and is dropped;
so is a bare meeting word told after it in the teaser of such a MEET (双方共同主持对话会; 甲和乙一同主持会议, where
its people are all the dialogue's).
A dialogue no MEET word reads (香格里拉对话会, many countries) stays a CONFERENCE."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import EventPage
from dipnet.model import Event


@cache
def dialogue_words() -> tuple[str, ...]:
    """The CONFERENCE words that name a dialogue's meeting (events.toml: dialogue_conference_words)."""
    data = tomllib.loads(resources.files("dipnet.extract.data").joinpath("events.toml").read_text("utf-8"))
    return tuple(data.get("dialogue_conference_words", ()))


def one_dialogue(events: list[Event], words: tuple[str, ...] | None = None) -> list[Event]:
    """The events without each CONFERENCE of a dialogue word (`words`: 对话会) that a MEET of its
    sentence reads (the MEET's …对话 word inside the conference's name)."""
    words = dialogue_words() if words is None else words
    meets = [(e.start, e.end, e.brief, str(e.attributes.get("trigger") or ""), set(e.participants)) for e in events
             if e.type == "MEET" and str(e.attributes.get("trigger") or "").endswith("对话")]
    if not meets:
        return events

    def told(c: Event) -> bool:
        trig, name = str(c.attributes.get("trigger") or ""), str(c.attributes.get("name") or "")
        # …对话会 named: a MEET of its sentence reads it; a bare word told after it (共同主持对话会, 一同主持会议):
        # the dialogue's word, or any meeting word whose people are all the dialogue's
        return any(b == c.brief and (
            (trig in words and s == c.start and t == c.end and w in name) or
            (name == trig and (trig in words or (bool(c.participants) and set(c.participants) <= people))))
            for s, t, b, w, people in meets)
    return [e for e in events if not (e.type == "CONFERENCE" and told(e))]


def session_mark(text: str, type_name: str, start: int, k: int, trig: str) -> dict[str, object]:
    """The private mark merging reads (session_apart) on a MEET read from a numbered dialogue or round of talks
    (第五次防务战略对话, 首轮政治磋商: the count in the clause before the word)."""
    numbered = type_name == "MEET" and rx.compile(cue("numbered_session")).search(text, start, k + len(trig)) is not None
    return {"_session": True} if numbered else {}


def session_apart(a: Event, b: Event) -> bool:
    """A numbered dialogue's MEET beside a reception (会见) of those who came for it: two meetings (SPEC: a numbered
    bilateral dialogue is a MEET; dev2 第五次防务战略对话 beside the minister's 会见 of the delegation)."""
    if a.type != "MEET" or b.type != "MEET" or bool(a.attributes.get("_session")) == bool(b.attributes.get("_session")):
        return False
    other = b if a.attributes.get("_session") else a
    return str(other.attributes.get("trigger") or "") in cues("reception_words")


def attended_session(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """The sides of a numbered dialogue whose clause opens with the verb of attending after a reception
    (甲会见了由乙率领赴越出席第五次…对话的丙代表团): not the receiver named before the reception's verb (甲), but
    the people named between that verb and the attending verb (乙) beside those the clause names."""
    text = page.doc.text
    if not rx.compile(cue("attending_opening")).match(text, c.start):
        return participants
    receptions = list(rx.compile(cue("reception_before")).finditer(text, c.sentence[0], c.start))
    if not receptions:
        return participants
    received = receptions[-1]

    def people(a: int, b: int) -> list[str]:
        return [e.name for _, e in page.named_in(a, b) if e.type == "PERSON"]
    hosts = set(people(c.sentence[0], received.start())) - set(people(c.start, c.end))
    guests = [p for p in people(received.end(), c.start) if p not in participants]
    return guests + [p for p in participants if p not in hosts]
