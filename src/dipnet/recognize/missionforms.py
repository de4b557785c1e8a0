"""One entity for a country's mission that a page names in more than one way: with the sending or
the host country in full or short (尼日利亚联邦共和国驻华大使馆 / 尼日利亚驻华使馆, 美国驻越南大使馆 /
美国驻越大使馆), with the mission's word long or short (大使馆 / 使馆, 总领事馆 / 总领馆), or with its
seat said as the page's own place (中国驻本市总领事馆 beside 中华人民共和国驻胡志明市总领事馆).

A mission's key is its sender's country, its seat (a country's code, a known place, else the words)
and its kind; bodies with one key are one, the one the knowledge base knows (else the first named)
keeping its name and taking the others' mentions."""

from __future__ import annotations

from functools import lru_cache

from dipnet.kb import COUNTRY, KnowledgeBase
from dipnet.model import Document, Entity
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.link import retire_merged

_DEICTIC = "*"


@lru_cache(maxsize=1)
def _words() -> tuple[str, tuple[tuple[str, str], ...], frozenset[str]]:
    """The mission's opener (驻), its words (longest first) each with its kind's one form, and the
    seats that stand for the page's own place."""
    rules = name_rules()
    read = dict(rules.name_read_words)
    station = str(dict(rules.suffix_read_words).get("station", ""))
    kinds = {}
    for pair in read.get("mission_word_forms", ()):
        long_, short = str(pair).split("=")
        kinds[long_] = kinds[short] = long_
    for w in read.get("mission_words", ()):
        kinds.setdefault(str(w), str(w))
    words = tuple(sorted(kinds.items(), key=lambda kv: len(kv[0]), reverse=True))
    seats = read.get("mission_deictic_seats", ())
    return station, words, frozenset((seats,) if isinstance(seats, str) else seats)


def _place_key(name: str, kb: KnowledgeBase) -> str | None:
    found = kb.by_name(name)
    country = next((e.country for e in found if e.type == COUNTRY), None)
    if country:
        return "C:" + country
    if found:
        return "P:" + found[0].id
    short = kb.short_forms().get(name)
    return "C:" + str(kb.entries[short[0]].country) if short and short[0] in kb.entries else None


def mission_key(name: str, kb: KnowledgeBase) -> tuple[str, str, str] | None:
    """(sender, seat, kind) of a mission named sender + 驻 + seat + word; None for any other name, and
    for a mission whose sender is no country the knowledge base knows."""
    station, words, deictic = _words()
    if not station or station not in name:
        return None
    sender, _, rest = name.partition(station)
    kind = next((k for w, k in words if rest.endswith(w) and len(rest) > len(w)), None)
    if not sender or kind is None:
        return None
    seat_words = rest[:len(rest) - len(next(w for w, k in words if rest.endswith(w)))]
    owner = _place_key(sender, kb)
    if owner is None or not owner.startswith("C:"):
        return None
    seat = _DEICTIC if seat_words in deictic else (_place_key(seat_words, kb) or seat_words)
    return owner, seat, kind


def merge_missions(doc: Document, kb: KnowledgeBase) -> None:
    """Joins the page's bodies that name one mission (see the module's note)."""
    station = _words()[0]  # (one test of the forms joined: the opener holds no NUL, so no match spans two)
    orgs = [e for e in doc.entities if e.type == "ORG" and station in "\0".join((e.name, *e.mentions))]
    if len(orgs) < 2:
        return
    keyed: list[tuple[Entity, set[tuple[str, str, str]]]] = []
    for e in orgs:
        keys = {k for f in (e.name, *e.mentions) if (k := mission_key(f, kb)) is not None}
        if keys:
            keyed.append((e, keys))
    gone: dict[str, Entity] = {}
    for i, (ent, keys) in enumerate(keyed):
        if ent.id in gone:
            continue
        for other, okeys in keyed[i + 1:]:
            if other.id in gone or not _same(keys, okeys, keyed):
                continue
            keep, drop = (other, ent) if _rank(other, okeys) < _rank(ent, keys) else (ent, other)
            keep.mentions += [m for m in drop.mentions if m not in keep.mentions]
            gone[drop.id] = keep
            if keep is other:
                break
    retire_merged(doc, gone)


def _rank(ent: Entity, keys: set[tuple[str, str, str]]) -> int:
    """The form that keeps its name: the knowledge base's, then one that says where the mission sits."""
    return 0 if ent.kb_id else 1 if any(k[1] != _DEICTIC for k in keys) else 2


def _same(a: set[tuple[str, str, str]], b: set[tuple[str, str, str]],
          keyed: list[tuple[Entity, set[tuple[str, str, str]]]]) -> bool:
    """One mission: a key in common, or one's seat the page's own place and the other the one mission
    of that sender and kind the page names."""
    if a & b:
        return True
    for x, y in ((a, b), (b, a)):
        for sender, seat, kind in x:
            if seat != _DEICTIC:
                continue
            others = {k[1] for _, ks in keyed for k in ks if k[0] == sender and k[2] == kind and k[1] != _DEICTIC}
            if len(others) == 1 and any(k[0] == sender and k[2] == kind for k in y):
                return True
    return False
