"""The people a sentence names as its reporter or photographer ((记者 龙土有), 新华日报记者 王拓, (登科 摄))
are no party to what the sentence tells (issue 13: a dateline's reporter read as a signatory, a
photo credit as a speaker). SPEC keeps them as entities, never as actors. The words are data
(events.toml: byline_before, byline_after)."""

from __future__ import annotations

import re

from dipnet.extract.codes import codebook
from dipnet.model import Event


def _credited(sentence: str, person: str) -> bool:
    cb = codebook()
    name = re.escape(person)
    before = "|".join(map(re.escape, cb.byline_before))
    after = "|".join(map(re.escape, cb.byline_after))
    return bool((before and re.search(f"(?:{before})[ \u3000]*{name}", sentence)) or
                (after and re.search(f"{name}[ \u3000]*(?:{after})(?![\u4e00-\u9fff])", sentence)))


def strip_bylines(events: list[Event], text: str, people: set[str]) -> list[Event]:
    """Each event without the people its sentence credits as reporter or photographer; an event left
    with no party is dropped (a photo credit read as the speaker of the caption's words)."""
    out = []
    for ev in events:
        sentence = text[ev.start:ev.end]
        credited = {p for p in ev.participants if p in people and p in sentence and _credited(sentence, p)}
        if credited:
            ev.participants = [p for p in ev.participants if p not in credited]
            ev.source = [p for p in ev.source if p not in credited]
            ev.target = [p for p in ev.target if p not in credited]
            if not ev.participants:
                continue
        out.append(ev)
    return out
