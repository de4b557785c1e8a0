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
