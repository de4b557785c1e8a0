"""STATEMENTs read with a body or a country as the speaker where the sentence names no one who speaks
for it (issue 13, unseen pages): a pronoun is the clause's subject (他对东盟各国…表示感谢: the person
told before speaks, the body is spoken of), or the body's leaders are left unnamed (与会东盟国家领导人
积极评价…). SPEC: a STATEMENT is a named official's. The words are data (data/statements.toml)."""

from __future__ import annotations

from dipnet.extract.spoken import statement_pattern
from dipnet.model import Event

_CLAUSE_MARKS = ",，。;；:：!?"


def _clause_start(sentence: str, at: int) -> int:
    return max(sentence.rfind(ch, 0, at) for ch in _CLAUSE_MARKS) + 1


def no_speaker(ev: Event, sentence: str, people: set[str]) -> bool:
    """A body's or country's STATEMENT whose every trigger stands in a clause a pronoun opens, or whose
    body is named with its leaders left unnamed."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] in people:
        return False
    trig = str(ev.attributes.get("trigger", ""))
    pronoun = statement_pattern("pronoun_subject")
    spots, at = [], sentence.find(trig) if trig else -1
    while at != -1:
        spots.append(at)
        at = sentence.find(trig, at + 1)
    if spots and all(pronoun.match(sentence[_clause_start(sentence, k):k]) for k in spots):
        return True
    body = ev.participants[0]
    at = sentence.find(body)
    return at != -1 and statement_pattern("unnamed_after").match(sentence[at + len(body):]) is not None
