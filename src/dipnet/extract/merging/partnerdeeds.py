"""A joint statement named by the partnership it is about (于2013年签署的关于甲与乙战略伙伴关系的联合声明; 两国全面
战略伙伴关系的联合声明内容): the instrument that sets the partnership up is the RELATION_CHANGE (SPEC), not an
AGREEMENT of its own. Where the page tells that change already (the same sides, the same year), the AGREEMENT is
dropped; else it is the change, dated as the signing and between the sides the statement's name holds. The words
are data (cues.toml partnership_statement)."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.model import Event


def _same_change(e: Event, o: Event) -> bool:
    """A RELATION_CHANGE of the page's part (article or the same teaser) between two of the statement's sides,
    in the same year (or undated)."""
    return o.type == "RELATION_CHANGE" and o.brief == e.brief and \
        len(set(o.participants) & set(e.participants)) >= 2 and \
        (not o.date or not e.date or o.date[:4] == e.date[:4])


def partnership_statements(events: list[Event], text: str) -> list[Event]:
    """The events, each AGREEMENT whose sentence names a joint statement by the partnership it is about
    either dropped (the change is told) or read as that RELATION_CHANGE."""
    pattern = rx.compile(cue("partnership_statement"))
    out: list[Event] = []
    read: set[tuple[int, int, int | None]] = set()  # the sentences whose statement is read as the change already
    for e in events:
        hit = pattern.search(text, e.start, e.end) if e.type == "AGREEMENT" else None
        if hit is None:
            out.append(e)
            continue
        if (e.start, e.end, e.brief) in read or any(_same_change(e, o) for o in events if o is not e):
            continue
        read.add((e.start, e.end, e.brief))
        sides = [p for p in e.participants if p in hit.group(0)]
        if len(sides) >= 2:  # (把河内与罗马关系提升…: the capitals told after it are no sides of their own)
            e.drop_actors(set(e.participants) - set(sides))
        change = codebook().type("RELATION_CHANGE")
        e.type, e.cameo, e.plover = change.name, change.cameo, change.plover
        e.attributes.pop("instrument", None)
        out.append(e)
    return out
