"""A deployed unit named again (其中,某国二级野战医院已成为…支柱; 向某国救援队表达感谢; 计划与某国的救援队协同): the
unit word alone, in a sentence that tells no act of sending, going, arriving or serving, is the mission the page
told before with the same land or body, no deployment of its own (the words: data/cues.toml)."""

from __future__ import annotations

from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cues
from dipnet.model import Event


def _kin(a: str, b: str) -> bool:
    """One actor and another, or a land and a body of its own (越南, 越南人民军)."""
    return a.startswith(b) or b.startswith(a)


def unit_retold(events: list[Event], text: str) -> list[Event]:
    """The events, less a deployment read from a unit word alone that an earlier deployment of the page
    (the same teaser or the article) tells already: they share an actor, or a land and its body."""
    units, acts = codebook().unit_words, cues("unit_act_verbs")
    kept: list[Event] = []
    dropped: set[int] = set()
    for e in sorted(events, key=lambda x: x.start):
        trig = str(e.attributes.get("trigger") or "")
        if e.type == "DEPLOYMENT" and trig in units and not any(w in told for told in (text[e.start:e.end],) for w in acts) and any(
                o.type == "DEPLOYMENT" and o.brief == e.brief and o.start < e.start
                and any(_kin(p, q) for p in e.participants for q in o.participants) for o in kept):
            dropped.add(id(e))
        else:
            kept.append(e)
    return [e for e in events if id(e) not in dropped]
