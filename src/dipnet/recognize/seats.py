"""(fe2) A seat that stands for its body (白宫, 五角大楼, 总统府) names a place where the text puts
someone in it: right after a word of place or movement (在五角大楼接待, 重返白宫, 在总统府会晤) it is the
building, a LOCATION (SPEC: the place where it happened; the gold types 主席府 so), not the body that its
knowledge-base entry makes it elsewhere (五角大楼发布声明: the ministry). A body whose every mention
is such a place leaves the page for the place. Words in data/seats.toml."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from dipnet.datakeys import required
from dipnet.model import Document, Mention, in_order
from dipnet.recognize.link import rule_mention


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    file = "recognize/data/seats.toml"
    d = tomllib.loads(resources.files("dipnet.recognize.data").joinpath("seats.toml").read_text("utf-8"))
    return (frozenset(required(d, "seats", file)), tuple(required(d, "place_words", file)),
            tuple(required(d, "not_place_words", file)))


def _placed(text: str, m: Mention) -> bool:
    """Whether a word of place or movement stands right before `m` (not one ending such a word: 对于)."""
    _, before, not_before = _data()
    return text.endswith(before, 0, m.start) and not text.endswith(not_before, 0, m.start)


def place_seats(doc: Document) -> None:
    """The seats of bodies the text puts someone in become places (see the module)."""
    seats = _data()[0]
    placed = [m for m in doc.mentions if m.type == "ORG" and m.text in seats and _placed(doc.text, m)]
    if not placed:
        return
    by_id = {e.id: e for e in doc.entities}
    gone = {id(m) for m in placed}
    added = [rule_mention(doc, by_id, m.start, m.end, m.text, "LOCATION") for m in placed]
    doc.mentions = in_order([m for m in doc.mentions if id(m) not in gone] + added)
    for m in placed:
        ent = by_id.get(m.entity_id)
        if ent is None:
            continue
        left = [x.text for x in doc.mentions if x.entity_id == ent.id]
        if not left:
            doc.entities = [e for e in doc.entities if e.id != ent.id]
        elif m.text not in left and m.text in ent.mentions:
            ent.mentions.remove(m.text)
