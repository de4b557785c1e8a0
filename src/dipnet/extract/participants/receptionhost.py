"""The body that holds a reception (越南驻泰国大使馆6月9日在曼谷隆重举行国庆招待会, 市人民委员会举行…见面会):
its host, a party of the gathering beside the guests the text names (seeds: 越南驻老挝国防武官办公室…举行…晚宴)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, names


def holding_bodies(page: EventPage, c: Clause, k: int) -> list[str]:
    """The bodies (no people, lands or places) the clause names right before the verb that holds the gathering
    whose word is at `k`: only times, a place and manner words stand between them and the verb."""
    text = page.doc.text
    gap = rx.compile(cue("reception_holder_gap"))
    before = [m for m in page.in_span(c.start, k) if (e := page.entities.get(m.entity_id)) is not None]
    held = []
    for i, m in enumerate(before):
        e = page.entities[m.entity_id]
        got = gap.match(text, m.end, k) if e.type == "ORG" else None
        if got is None:
            continue
        verb = got.start(1)
        # (a person, land or body after it stands between it and the verb; 甲与乙联合举行…: bodies that hold it
        # together are the parties the clause already reads)
        if (m.start and text[m.start - 1] in cue("list_joiners")) or any(
                page.entities[n.entity_id].type in ("PERSON", "COUNTRY", "ORG") and m.end <= n.start < verb for n in before[i + 1:]):
            continue
        held.append(m)
    return names(page, held, ("ORG",))
