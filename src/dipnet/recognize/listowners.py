"""Whose body a bare body word is where it stands in a list of a country's collective nouns that the
country opens (越南 + 党、国家、政府和人民; 古巴党、政府和人民; 老挝党、国家、政府): the country right before
the list's first noun owns every noun of it, the bare 政府 or 国会 among them, whatever other country the
sentence names after it (…向老挝援助: still Vietnam's government). A list that two countries or both
sides open (两国党、政府、军队和人民) is the bodies of both, none alone. The nouns and joiners are data
(names.toml collective_list_words, collective_list_joiners)."""

from __future__ import annotations

from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.recognize.lexicon import name_rules

# what a list opened by both countries returns: the bare word names no one country's body
BOTH = ""
# how many nouns of one list are followed back to what opens it
_LINKS = 8


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The collective nouns (longest first), the joiners of such a list, and the words counting the countries that
    open one (两国, 双方, 各国)."""
    got = dict(name_rules().name_read_words)

    def longest_first(key: str) -> tuple[str, ...]:
        v = got.get(key, ())
        return tuple(sorted((v,) if isinstance(v, str) else v, key=lambda w: (-len(w), w)))
    return longest_first("collective_list_words"), longest_first("collective_list_joiners"), \
        longest_first("collective_list_counted")


def _country_of(m: Mention | None, kb: KnowledgeBase) -> str | None:
    if m is None or m.type not in ("ORG", "COUNTRY") or not m.kb_id:
        return None
    e = kb.get(m.kb_id)
    return e.country if e is not None and e.country else None


def list_owner(text: str, k: int, countries_ending: dict[int, str], ending: dict[int, Mention],
               kb: KnowledgeBase) -> str | None:
    """The country that opens the list of collective nouns whose later member is the bare word at text[k]
    (越南党、国家、 + 政府 -> Vietnam); BOTH where two countries or both sides open it (两国党、 + 政府); None
    where the word closes no such list (then the other readers of its owner decide)."""
    nouns, joiners, counted = _words()
    count_chars = name_rules().count_chars
    pos, links = k, 0
    while links < _LINKS:
        joiner = next((j for j in joiners if text.endswith(j, 0, pos)), None)
        if joiner is None:
            break
        q = pos - len(joiner)
        named = _country_of(ending.get(q), kb)  # a body or country named in full there (老挝党、国家、 + 政府)
        if named is not None:
            return named
        noun = next((w for w in nouns if text.endswith(w, 0, q)), None)
        if noun is None:
            return None
        pos, links = q - len(noun), links + 1
    if not links:
        return None
    if pos in countries_ending:  # 越南 + 党、…
        return countries_ending[pos]
    if text.endswith(counted, 0, pos) or (pos >= 2 and text[pos - 1] in "国方" and text[pos - 2] in count_chars):
        return BOTH
    return None
