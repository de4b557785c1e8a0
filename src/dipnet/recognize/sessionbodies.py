"""(cf6) A body named by proper words the knowledge base lacks and an organ's word, right before one of
its sessions (泰柬两国结束为期2天的联合边界委员会会议, 中俄科技合作联盟第二次全体大会, 第三届吉尔吉斯斯坦人民大会
会议): the session's word says the words before it name a standing body, whatever opens them, where no
name of the page covers the organ's word already. The name is read back from the organ's word to a
delimiter, a word that leads it (的, 出席, 在), a session's count (第三届) or a joining word (与, 同); a country or
place inside it (吉尔吉斯斯坦 + 人民大会) is part of the name. Words in data/sessionbodies.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dipnet.datakeys import required
from dipnet.kb import load_kb
from dipnet.model import Document, Mention
from dipnet.recognize.link import rule_mention, take_place_of
from dipnet.recognize.namereads import DELIMS, is_han

_PLACES = ("COUNTRY", "LOCATION")


@dataclass(frozen=True)
class _Words:
    """sessionbodies.toml, read once."""
    organs: re.Pattern[str]
    leads: tuple[str, ...]
    sessions: frozenset[str]
    stops: frozenset[str]
    non_openers: tuple[str, ...]
    shortest: int
    longest: int


@lru_cache(maxsize=1)
def _data() -> _Words:
    file = "recognize/data/sessionbodies.toml"
    d = tomllib.loads(resources.files("dipnet.recognize.data").joinpath("sessionbodies.toml").read_text("utf-8"))

    def key(k: str) -> Any:
        return required(d, k, file)

    organs = "|".join(re.escape(w) for w in sorted(key("organ_words"), key=len, reverse=True))
    return _Words(re.compile(f"(?:{organs})(?={key('session_pattern')})"), tuple(key("lead_words")),
                  frozenset(str(key("session_chars"))), frozenset(str(key("stop_chars"))), tuple(key("non_openers")), int(key("shortest")),
                  int(key("longest")))


def _start(text: str, k: int) -> int | None:
    """The start of the proper words before the organ's word at text[k], or None where they are too few
    or open with a word that names no one body (本届, 中央)."""
    w = _data()
    s = k
    while s > 0 and k - s < w.longest:
        ch = text[s - 1]
        if ch in DELIMS or not is_han(ch) or ch in w.sessions or ch in w.stops or text.endswith(w.leads, 0, s):
            break
        s -= 1
    if k - s < w.shortest or text.startswith(w.non_openers, s):
        return None
    return s


def add_session_bodies(doc: Document) -> None:
    """Adds the bodies named by proper words and an organ's word right before their session's word that no
    name of the page covers."""
    text = doc.text
    hits = [(m.start(), m.end()) for m in _data().organs.finditer(text)]
    if not hits:  # (most pages: no organ's word before a session's)
        return
    by_id = {e.id: e for e in doc.entities}
    short = load_kb().short_forms()
    added: list[Mention] = []
    inside: list[Mention] = []
    for k, e in hits:
        s = _start(text, k)
        if s is None:
            continue
        near = [x for x in doc.mentions + added if x.start < e and s < x.end]
        # a country or place inside the proper words is part of the name (吉尔吉斯斯坦 + 人民大会); any other
        # name that covers or crosses them is the body's name already (越老政府间委员会, 国家选举委员会)
        if any(x.type not in _PLACES or x.start < s or x.end > k for x in near):
            continue
        if any(x.start == s for x in near) and all(ch in short for ch in text[s:s + 2]):
            continue  # (加沙 + 和平委员会: a place whose first characters are two lands' short forms would be read
            # as the lands' joint body, 越老政府间委员会: shortpairs.py; the place stays)
        inside += near
        added.append(rule_mention(doc, by_id, s, e, text[s:e], "ORG"))
    if added:
        take_place_of(doc, added, inside)
