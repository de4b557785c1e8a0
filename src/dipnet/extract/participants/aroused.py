"""Disapproval a deed or a remark arouses (issue 13): 此言论先后引起柬埔寨和越南的不满 (official dev2), 中国…展开军事演习,
引起越南和菲律宾当局批评, 双方…探勘油田,引起中国抗议. The lands named between the verb of arousing and the protest
word disapprove, each on its own (the official gold keeps one event per land); the one disapproved of is who did or
said what aroused it: the other parties the sentence names, or where it names none (此言论, 此举) the land of the
first person or land the sentence before names. Words are data (cues.toml aroused_before)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import SENTENCE_MARKS, Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of
from dipnet.model import Event


def aroused_protests(page: EventPage, c: Clause, k: int, ev: Event) -> list[Event]:
    """One protest per land the arousing verb before the word at k names (its source), against the others
    (its target); no event where the clause has no such verb or names no land after it."""
    text = page.doc.text
    verb = rx.compile(cue("aroused_before")).search(text, c.start, k)
    if verb is None:
        return []
    lands = list(dict.fromkeys(e.name for m in page.in_span(verb.end(), k)
                               if (e := page.entity(m)) is not None and e.type == "COUNTRY"))
    if not lands:
        return []
    targets = [p for p in ev.participants if p not in lands]
    if not targets and (before := _told_before(page, c, set(lands))):
        targets = [before]
    if not targets:
        return []
    return [Event(**{**ev.__dict__, "participants": [land, *targets], "source": [land], "target": list(targets),
                     "attributes": dict(ev.attributes)}) for land in lands]


def _told_before(page: EventPage, c: Clause, lands: set[str]) -> str | None:
    """The land of the first person or land the sentence before this one names (李总理表示,… 。但此言论引起…),
    if it is none of the lands disapproving."""
    text = page.doc.text
    end = c.sentence[0]
    while end > 0 and text[end - 1] in SENTENCE_MARKS:
        end -= 1
    start = max((text.rfind(mark, 0, end) for mark in SENTENCE_MARKS), default=-1) + 1
    for m in page.in_span(start, end):
        e = page.entity(m)
        land = country_name(land_of(page, m)) if e is not None and e.type == "PERSON" else \
            e.name if e is not None and e.type == "COUNTRY" else None
        if land:
            return land if land not in lands else None
    return None
