"""What find_mentions asks of the knowledge base and the name rules on every page, made once per KB or rules:
the entry a name stands for, the rules' read words and body words, the titles that are posts; and the
country a page is written from."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Mention
from dipnet.recognize.lexicon import NameRules

# where a name names several entries: a country before a body, a body before a place, a place before a person
_TYPE_RANK = {"COUNTRY": 0, "ORG": 1, "LOCATION": 2, "PERSON": 3}


@lru_cache(maxsize=65536)
def pick_entry(kb: KnowledgeBase, ids: tuple[str, ...]) -> tuple[str, str]:
    """The id and type of the entry a name stands for where it names several entries
    (remembered: asked for every name)."""
    entries = [kb.entries.get(i) for i in ids]
    e = min((e for e in entries if e), key=lambda e: _TYPE_RANK.get(e.type, 9))
    return e.id, e.type


def home_country(kb: KnowledgeBase, mentions: list[Mention], doc: Document) -> str | None:
    """The country the page is written from: the one its article's known names belong to most
    (越通社, 越南国会 and 越南 all count for Vietnam), the teasers under it left out."""
    # a page without teasers has no segment of a brief: no name is asked where it stands
    teasers = any(s.brief is not None for s in doc.segments)
    counts = Counter(e.country for m in mentions if m.kb_id and (e := kb.entries.get(m.kb_id)) and e.country
                     and (not teasers or doc.brief_at(m.start) is None))
    return counts.most_common(1)[0][0] if counts else None


_BODY_WORDS: dict[int, tuple[NameRules, tuple[str, ...]]] = {}
_READ_WORDS: dict[int, tuple[NameRules, dict[str, str | tuple[str, ...]]]] = {}


def read_words(rules: NameRules) -> dict[str, str | tuple[str, ...]]:
    """The rules' name_read_words as a dict (made once per rules, not three times a page; not to be changed)."""
    got = _READ_WORDS.get(id(rules))
    if got is None or got[0] is not rules:
        got = _READ_WORDS[id(rules)] = (rules, dict(rules.name_read_words))
    return got[1]


def body_words(rules: NameRules) -> tuple[str, ...]:
    """The suffixes of two characters or more that end a body's name (部 alone is also a post's).
    Kept by the rules' id (with the rules, so the id is not reused): a frozen dataclass's hash, as an
    lru_cache key, reads every word list of the rules on every page."""
    got = _BODY_WORDS.get(id(rules))
    if got is None or got[0] is not rules:
        got = _BODY_WORDS[id(rules)] = (rules, tuple(w for w in rules.org_suffixes if len(w) >= 2) + ("部",))
    return got[1]


@lru_cache(maxsize=4)
def post_words(kb: KnowledgeBase) -> frozenset[str]:
    """The titles that are posts (built once per knowledge base, not once per page)."""
    return frozenset(t for t, info in kb.titles().items() if info.kind == "post")
