"""(fe2) A seat that stands for its body (白宫, 五角大楼, 总统府) names a place where the text puts
someone in it: right after a word of place or movement (在五角大楼接待, 重返白宫, 在总统府会晤) it is the
building, a LOCATION (SPEC: the place where it happened; the gold types 主席府 so), not the body that its
knowledge-base entry makes it elsewhere (五角大楼发布声明: the ministry). A body whose every mention
is such a place leaves the page for the place. Words in data/seats.toml.

(en2, issue 13) So does a head's seat (总理府, 首相官邸, 国家主席府, 总统办公室) told as the place of a meeting,
with the land or city that opens it (抵达马国首相官邸与…会晤, 在东京首相官邸握手, 在位于科伦坡的元首办公室举行会谈),
even where its post word repeats a holder told before (总理某某在总理府) or the KB reads it as the office: the
pools' gold types it a place on 7 sets (official: 主席府, 政府总部 are places; an office with a post after it
is the body: 越南政府办公室主任)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

from dipnet.datakeys import required
from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Entity, Mention, in_order
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.link import rule_mention

_FILE = "recognize/data/seats.toml"
_PHRASE_ENDS = "，,。；;、：:"


@lru_cache(maxsize=1)
def _toml() -> dict[str, Any]:
    return tomllib.loads(resources.files("dipnet.recognize.data").joinpath("seats.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    d = _toml()
    return (frozenset(required(d, "seats", _FILE)), tuple(required(d, "place_words", _FILE)),
            tuple(required(d, "not_place_words", _FILE)))


@lru_cache(maxsize=1)
def _head_data() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    d = _toml()
    return (tuple(sorted(required(d, "head_seats", _FILE), key=len, reverse=True)),
            tuple(required(d, "seat_place_joiners", _FILE)), int(required(d, "seat_place_reach", _FILE)))


def _place_word_at(text: str, k: int) -> bool:
    """Whether a word of place or movement ends right at text[k] (not one ending such a word: 对于)."""
    _, before, not_before = _data()
    return text.endswith(before, 0, k) and not text.endswith(not_before, 0, k)


def place_seats(doc: Document) -> None:
    """The seats of bodies the text puts someone in become places (see the module)."""
    seats = _data()[0]
    placed = [m for m in doc.mentions if m.type == "ORG" and m.text in seats and _place_word_at(doc.text, m.start)]
    if not placed:
        return
    by_id = {e.id: e for e in doc.entities}
    gone = {id(m) for m in placed}
    added = [rule_mention(doc, by_id, m.start, m.end, m.text, "LOCATION") for m in placed]
    doc.mentions = in_order([m for m in doc.mentions if id(m) not in gone] + added)
    _drop_unmentioned(doc, by_id, placed)


def _owners(doc: Document, k: int) -> tuple[int, list[Mention]]:
    """The lands and places that open a seat at text[k] (东京 + 首相官邸, 河内越南 + 主席府, 越南国家 + 主席府:
    a country's form running into the seat's first word is cut back to the land), and where they start."""
    start, owners = k, []
    for m in sorted(doc.mentions, key=lambda x: -x.end):
        if m.type not in ("COUNTRY", "LOCATION") or m.start >= start:
            continue
        if m.end == start or (start == k and m.end > k and m.end - k < 3 and m.start < k):
            owners.append(m)
            start = m.start
        elif m.end < start:
            break
    return start, owners


def _led_in(text: str, start: int) -> bool:
    """A place word right before the seat (在总理府), or before a place and a joiner that lead to it
    (位于科伦坡 + 的 + 元首办公室)."""
    if _place_word_at(text, start):
        return True
    _, joiners, reach = _head_data()
    j = next((w for w in joiners if text.endswith(w, 0, start)), None)
    if j is None:
        return False
    stop = start - len(j)
    for i in range(stop - 1, max(0, stop - reach) - 1, -1):
        if text[i] in _PHRASE_ENDS:
            return False  # (the place word in the same phrase)
        if _place_word_at(text, i):
            return True
    return False


def place_head_seats(doc: Document, kb: KnowledgeBase) -> None:
    """The seats of heads' offices told as a meeting's place become places (data/seats.toml head_seats)."""
    text = doc.text
    words = _head_data()[0]
    if not any(w in text for w in words):
        return
    v = dict(name_rules().suffix_read_words).get("head_office_units", ())
    units = (v,) if isinstance(v, str) else tuple(v)
    titles = kb.titles()
    by_id = {e.id: e for e in doc.entities}
    k = 0
    while True:
        hits = [(i, w) for w in words if (i := text.find(w, k)) >= 0]
        if not hits:
            break
        k, word = min(hits, key=lambda h: (h[0], -len(h[1])))
        end = k + len(word)
        start, owners = _owners(doc, k)
        body = text.startswith(units, end) if units else False
        body = body or any(text[end:end + n] in titles for n in range(2, 7))
        placed = any(m.type == "LOCATION" and m.start <= k and end <= m.end for m in doc.mentions)
        if not (body or placed) and _led_in(text, start):
            _seat_place(doc, by_id, start, k, word, owners)
        k = end


def _seat_place(doc: Document, by_id: dict[str, Entity], start: int, k: int, word: str, owners: list[Mention]) -> None:
    """The head's seat `word` at text[k] (its owners from `start`) becomes a place named by its land and the seat: the
    mentions inside it leave, a land running into it is cut back to the land."""
    text, end = doc.text, k + len(word)
    inside = [m for m in doc.mentions if m.start < end and k < m.end and not any(m is o for o in owners)]
    for o in owners:  # (越南国家 + 主席府: the land alone)
        if o.end > k:
            _cut_back(doc, by_id, o, k)
    land = next((by_id[o.entity_id].name for o in owners if o.type == "COUNTRY" and o.entity_id in by_id), "")
    gone = {id(m) for m in inside}
    doc.mentions = [m for m in doc.mentions if id(m) not in gone]
    # (the seat's own words: the land or city before it stays its own mention, the place of the events)
    m = rule_mention(doc, by_id, k, end, land + word, "LOCATION")
    ent = by_id[m.entity_id]
    for form in (text[start:end], word):
        if form not in ent.mentions:
            ent.mentions.append(form)  # (the forms as written: 马国首相官邸, 首相官邸)
    doc.mentions = in_order(doc.mentions + [m])
    _drop_unmentioned(doc, by_id, inside)


def _cut_back(doc: Document, by_id: dict[str, Entity], o: Mention, k: int) -> None:
    """The mention `o` ends at k instead (its entity keeps the form cut to, and loses the one no mention keeps)."""
    cut, o.end, o.text = o.text, k, doc.text[o.start:k]
    own = by_id.get(o.entity_id)
    if own is not None and o.text not in own.mentions:
        own.mentions.append(o.text)
    if own is not None and cut in own.mentions and not any(x.text == cut for x in doc.mentions if x.entity_id == own.id):
        own.mentions.remove(cut)


def _drop_unmentioned(doc: Document, by_id: dict[str, Entity], inside: list[Mention]) -> None:
    """The entities whose mentions the seats took leave, or lose the forms no mention keeps."""
    for m in inside:
        ent = by_id.get(m.entity_id)
        if ent is None:
            continue
        left = [x.text for x in doc.mentions if x.entity_id == ent.id]
        if not left:
            doc.entities = [e for e in doc.entities if e.id != ent.id]
        elif m.text not in left and m.text in ent.mentions:
            ent.mentions.remove(m.text)
