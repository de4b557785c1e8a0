"""Fishermen or boats held or beaten at sea (中国执法人员殴打作业的越南渔民): the law enforcement's parties."""

from __future__ import annotations

from dipnet.extract.common.cues import cues
from dipnet.extract.common.page import EventPage, country_name
from dipnet.model import Event
from dipnet.sentencebounds import sentence_around

_ENDS = "。！？!?；;\n"


def held_fishers(page: EventPage, events: list[Event]) -> None:
    """Set the parties of a LAW_ENFORCEMENT read from a verb of holding or beating fishermen (data/cues.toml
    held_fishers_*): the last country named before the verb in its sentence acts (越南外交部指控中国执法人员…: China),
    the country named between the verb and the fishermen is theirs (…越南渔民: Vietnam). Where either is not named,
    the parties stay as read."""
    text = page.doc.text
    verbs, nouns = cues("held_fishers_verbs"), cues("held_fishers_nouns")
    for ev in events:
        trig = ev.attributes.get("trigger")
        if ev.type != "LAW_ENFORCEMENT" or trig not in verbs:
            continue
        k = text.find(trig, ev.start, ev.end)
        if k == -1:
            continue
        head = sentence_around(text, k, _ENDS)[0]
        stop = min((j for n in nouns if (j := text.find(n, k, ev.end + 40)) != -1), default=-1)
        if stop == -1:
            continue
        before = _countries(page, head, k)
        after = _countries(page, k, stop)
        if not before or not after or before[-1] == after[0]:
            continue
        ev.participants = [before[-1], after[0]]
        ev.source, ev.target = [before[-1]], [after[0]]


def _countries(page: EventPage, start: int, end: int) -> list[str]:
    """The countries named in [start, end), in order: a country, or the one a body is of (马来西亚海警, 越南外交部)."""
    out = []
    for m in page.in_span(start, end):
        e = page.entities.get(m.entity_id)
        name = e.name if e is not None and e.type == "COUNTRY" else \
            country_name(e.country) if e is not None and e.type == "ORG" else None
        if name:
            out.append(name)
    return out
