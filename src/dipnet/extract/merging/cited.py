"""A body's STATEMENT that is only the source the page cites (sm1, issue 13): 据澳大利亚大使馆称,总督将…, 据某部
透露… tells what the page reports and where it has it from; SPEC: a STATEMENT is a speech, interview or
statement by a named official, and a cited source is none (据介绍 and 据透露 without a name are embedded.py's).
The words are data (data/statements.toml: cited_opening, cited_gap, cited_verbs). Called by speakerless.no_speaker."""

from __future__ import annotations

from dipnet.extract.finding.spoken import statement_pattern
from dipnet.model import Event


def cited_source(ev: Event, sentence: str, people: set[str]) -> bool:
    """Every place the body's name stands in the sentence right after 据 and right before the reporting
    verb: the page's source, no statement (a person so cited keeps theirs: their words, named)."""
    if ev.type != "STATEMENT" or not ev.participants or ev.participants[0] in people:
        return False
    body = ev.participants[0]
    opening, gap, verbs = (statement_pattern(n) for n in ("cited_opening", "cited_gap", "cited_verbs"))
    spots, at = [], sentence.find(body)
    while at != -1:
        spots.append(at)
        at = sentence.find(body, at + 1)
    if not spots:
        return False
    for at in spots:
        end = at + len(body)
        verb = next((m for k in range(end, min(end + 3, len(sentence)) + 1)
                     if gap.match(sentence[end:k]) and (m := verbs.match(sentence, k))), None)
        if not opening.search(sentence[:at]) or verb is None:
            return False
    return True
