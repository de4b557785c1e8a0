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
    the country named between the verb and the fishermen is theirs (…越南渔民: Vietnam). The acting country is the
    last one before the verb that is not the fishermen's own (中国某船…驱赶越南渔船,殴打越南渔民: China, the boats of
    the clause before being the fishermen's); a force named as the actor (中国海军一艘船只…扣留, 马来西亚海警…殴打) acts
    beside its country (mr, stop 56: the open gold names the navy or the agency with the land). Where either side is
    not named, the parties stay as read."""
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
        after = _countries(page, k, stop)
        acting = [c for c in _countries(page, head, k) if after and c[0] != after[0][0]]
        if not acting:
            continue
        actor, force = acting[-1]
        ev.source = ([force] if force else []) + [actor]
        ev.participants, ev.target = ev.source + [after[0][0]], [after[0][0]]


def _countries(page: EventPage, start: int, end: int) -> list[tuple[str, str | None]]:
    """The countries named in [start, end), in order, each with the body it is read from (马来西亚海警, 越南外交部:
    the body's country) or None where the country itself is named."""
    out: list[tuple[str, str | None]] = []
    for m in page.in_span(start, end):
        e = page.entities.get(m.entity_id)
        if e is not None and e.type == "COUNTRY":
            out.append((e.name, None))
        elif e is not None and e.type == "ORG" and (name := country_name(e.country)):
            out.append((name, e.name))
    return out
