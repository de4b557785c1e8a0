"""(ab2) A forum named by proper words the knowledge base lacks and its forum's word (某某 + 对话会):
the word says what the name is, whatever the words before it, where no country, place or field opens
the name for the suffix reader (suffixed.py). The name is read back from the word to the word that
leads it (在, 出席), a delimiter, a stop word or a session's count (第22届). Words in
data/properbodies.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dipnet.datakeys import required
from dipnet.model import Document, Mention
from dipnet.recognize.lexicon import NameRules, name_rules
from dipnet.recognize.link import rule_mention, take_place_of
from dipnet.recognize.namereads import DELIMS, is_han
from dipnet.recognize.scan import find_all


@dataclass(frozen=True)
class _Words:
    """properbodies.toml, read once."""
    forums: tuple[str, ...]
    leads: tuple[str, ...]
    sessions: frozenset[str]
    non_openers: tuple[str, ...]
    shortest: int
    longest: int


@lru_cache(maxsize=1)
def _data() -> _Words:
    file = "recognize/data/properbodies.toml"
    d = tomllib.loads(resources.files("dipnet.recognize.data").joinpath("properbodies.toml").read_text("utf-8"))

    def key(k: str) -> Any:
        return required(d, k, file)

    return _Words(tuple(sorted(key("forum_words"), key=len, reverse=True)), tuple(key("lead_words")),
                  frozenset(str(key("session_chars"))), tuple(key("non_openers")), int(key("shortest")),
                  int(key("longest")))


def proper_start(text: str, k: int, rules: NameRules) -> int | None:
    """The start of the proper words before the forum's word at text[k], or None where they are too
    few or open with a word that names no one forum (本届, 此次)."""
    w = _data()
    s = k
    while s > 0 and k - s < w.longest:
        ch = text[s - 1]
        if ch in DELIMS or not is_han(ch) or ch in w.sessions or text.endswith(w.leads, 0, s) \
                or rules.stop_at_end(text, s):
            break
        s -= 1
    if k - s < w.shortest or text.startswith(w.non_openers, s):
        return None
    return s


def add_proper_bodies(doc: Document) -> None:
    """Adds the forums named by proper words and a forum's word that no name of the page covers."""
    w = _data()
    text = doc.text
    hits = [(k, k + len(f)) for f in w.forums for k in find_all(text, f)]
    if not hits:  # (most pages: no forum's word)
        return
    rules = name_rules()
    by_id = {e.id: e for e in doc.entities}
    added: list[Mention] = []
    inside: list[Mention] = []
    for k, e in hits:
        s = proper_start(text, k, rules)
        if s is None:
            continue
        near = [x for x in doc.mentions + added if x.start < e and s < x.end]
        # a place read by its own suffix inside the proper words opens the forum's name (某某湾 + 对话会);
        # any other name of the page that covers or crosses it is the name (湄公河 + 对话会: the suffix reader's)
        if any(x.type != "LOCATION" or x.start < s or x.end > k for x in near):
            continue
        inside += near
        added.append(rule_mention(doc, by_id, s, e, text[s:e], "ORG"))
    if added:
        take_place_of(doc, added, inside)
