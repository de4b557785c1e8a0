"""An instrument the sentence names as the two countries' legislatures' (双方还签署了新合作协议,为两国国会之间今后的
合作…; 签署了越老两国国会…合作协议; 两国国会签署了合作协议) is theirs, not the countries' (issue 13, ev31; gold3 EV2: the
parties of legislatures are not replaced by their countries, as visits between localities are the localities' in
SPEC). The words are data (cues.toml: legislature_pairs, legislature_word)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, iso
from dipnet.kb import load_kb


def legislatures(page: EventPage, c: Clause, participants: list[str]) -> list[str]:
    """An instrument's two countries replaced by their legislatures where its sentence names it as theirs."""
    text = page.doc.text
    if not rx.compile(cue("legislature_pairs")).search(text, c.sentence[0], c.sentence[1]):
        return participants
    lands = [p for p in participants if "COUNTRY" in page.types_of.get(p, set())]
    bodies = {n: b.name for n in lands if (b := load_kb().generic_body(cue("legislature_word"), iso(page, n) or None))}
    if len(lands) != 2 or len(bodies) != 2:
        return participants
    return [bodies.get(p, p) for p in participants]
