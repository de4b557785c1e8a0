"""A bare body word right after a country's one-character short form that opens a sentence or a line (。塞外交部长…,
来源:土外交部, 。马议会议长…) is that country's body: the short form stands for the country the page names in
full with that character first (塞 for 塞拉利昂 on a page about Sierra Leone, not the Serbia 塞 names elsewhere).
Where the page names two such countries (土耳其, 土库曼斯坦), none."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.namereads import DELIMS
from dipnet.rx import plain as _plain

# the forms that are also plain words there (新政府: a new government): names.toml short_owner_plain_chars
_PLAIN = frozenset(read_word("short_owner_plain_chars"))


def full_countries(mentions: list[Mention], kb: KnowledgeBase) -> dict[str, set[str]]:
    """The countries the page names in full (two characters or more), by their name's first character."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        e = kb.get(m.kb_id) if m.type == "COUNTRY" and m.kb_id and m.end - m.start >= 2 else None
        if e is not None and e.country:
            for name in {e.name, m.text}:
                out.setdefault(name[0], set()).add(e.country)
    return out


def short_form_owner(text: str, k: int, full: dict[str, set[str]], kb: KnowledgeBase) -> str | None:
    """The country whose body the bare word at text[k] is, by the one-character short form right before it
    at a sentence's or line's start; None where there is none or it is ambiguous on the page (two countries
    named in full open with it, and the character is no unambiguous short form of one of them)."""
    if k < 1 or text[k - 1] in _PLAIN or (k >= 2 and text[k - 2] not in DELIMS and text[k - 2] != "\n"):
        return None
    codes = full.get(text[k - 1])
    if not codes:
        return None
    if len(codes) == 1:
        return next(iter(codes))
    short = kb.short_forms().get(text[k - 1])
    e = kb.get(short[0]) if short and not short[1] else None
    return e.country if e is not None and e.country in codes else None


@lru_cache(maxsize=1)
def _both_sides() -> re.Pattern[str]:
    """Both sides as a clause's subject, agreeing to build or strengthen something, then the list that holds the
    body word (names.toml both_sides_subjects, both_sides_verbs, both_sides_builds)."""
    words = dict(name_rules().name_read_words)

    def alt(key: str) -> str:
        return "|".join(map(re.escape, words.get(key, ()))) or "(?!)"
    return _plain(rf"(?:{alt('both_sides_subjects')})(?:{alt('both_sides_verbs')})(?:{alt('both_sides_builds')})?"
                  r"[\u4e00-\u9fff、]{0,16}$")


def both_sides(text: str, k: int) -> bool:
    """The bare body word at text[k] stands in what both sides agree to build or strengthen (双方一致同意建立 +
    外交部、国防部…机制, 双方同意加强党、国家、政府、 + 国会…互访): the bodies of both, none alone (the official
    gold names none)."""
    # (the clause's start is looked for among the 41 characters before k only: one further back is too far anyway)
    start = max(map(text.rfind, "，,。；;：:！？!?\n", repeat(max(0, k - 41)), repeat(k))) + 1  # (the rfinds mapped in C)
    return k - start <= 40 and _both_sides().search(text, start, k) is not None


# the middle names that only Vietnamese names hold after the surname (names.toml vietnamese_middle_names)
_VIETNAMESE_MIDDLES = tuple(read_word("vietnamese_middle_names")) or ("\0",)


def vietnamese_shaped(text: str, j: int, rules: NameRules) -> str | None:
    """"VN" where the name at text[j] has a shape only Vietnamese names have (何氏某: 氏 after the surname)."""
    return "VN" if text[j] in rules.surnames and text.startswith(_VIETNAMESE_MIDDLES, j + 1) else None


@lru_cache(maxsize=1)
def _unnamed_owners() -> tuple[str, ...]:
    return tuple(read_word("unnamed_owner_words"))


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[str, ...], frozenset[str]]:
    words = dict(name_rules().name_read_words)
    return tuple(words.get("body_qualifiers", ())), frozenset(words.get("qualified_body_words", ()))


def unnamed_owner(text: str, k: int, word: str = "") -> bool:
    """A word for a country or place the page does not name there (东道国, 驻在国, 有关国家, 当地) right
    before the bare body word at k: the body is that unnamed one's, no country's the page names. (en2) So is
    a government a word before it qualifies (新政府, 包容性政府, 共产党政府: names.toml body_qualifiers,
    qualified_body_words)."""
    qualifiers, bodies = _qualifiers()
    return text.endswith(_unnamed_owners(), 0, k) or (word in bodies and text.endswith(qualifiers, 0, k))
