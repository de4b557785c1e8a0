"""A body named by two fields joined by 和 or 与 before its word (堤坝管理 + 和 + 自然灾害防治 + 局,
某某工程 + 与 + 项目指导 + 委员会): the suffix reader stops at the joining word, a stop, and its window
is too short for such names. Read where the name opens at a clear boundary: a delimiter, a stop word's
end, or the end of a known body (the parent ministry it stands under); the first field may open with
a country (越南 + 援老军事专家). The words are names.toml's (field_body_words)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.model import Mention
from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.namereads import DELIMS

_FIRST_MAX, _SECOND_MAX = 10, 8


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    w = dict(name_rules().name_read_words)
    joiners, ends = w.get("field_body_joiners", ()), w.get("field_body_words", ())
    if not joiners or not ends:
        return None
    alt = "|".join(map(re.escape, sorted(ends, key=len, reverse=True)))
    return re.compile(rf"(?P<j>{'|'.join(map(re.escape, joiners))})(?P<f2>[\u4e00-\u9fff]{{2,{_SECOND_MAX}}}?)(?P<suf>{alt})")


@lru_cache(maxsize=1)
def _ends() -> tuple[str, ...]:
    return tuple(read_word("field_body_words"))


def field_bodies(text: str, mentions: list[Mention], rules: NameRules | None = None) -> list[Mention]:
    """The bodies named by two joined fields, as ORG mentions, where no mention already runs across them."""
    pat = _pattern()
    if pat is None or not any(w in text for w in _ends()):  # (every name read ends in a body's word)
        return []
    rules = rules or name_rules()
    org_ends: set[int] | None = None  # (made at the first name read: most pages have none)
    country_at: dict[int, int] = {}
    out: list[Mention] = []
    for m in pat.finditer(text):
        j, f2, end = m.start(), m.group("f2"), m.end()
        # the second field holds no stop, no body's word (计划与 + 投资部对外投资 + 局: two bodies) and the
        # suffix opens no plain word (全球 + 局势)
        if any(rules.stops.at(f2, k) for k in range(len(f2))) or rules.ends_in_org_suffix(f2) or \
                any(rules.ends_in_org_suffix(f2[:k]) for k in range(2, len(f2))) or rules.in_plain_word(text, m.start("suf"), m.start("f2")):
            continue
        if rules.org_suffixes.at(text, end, min_len=2):
            continue  # the body's word runs on into another (…委员会 + 办公厅): part of a longer name
        if org_ends is None:
            org_ends = {m.end for m in mentions if m.type == "ORG"}
            country_at = {m.start: m.end for m in mentions if m.type == "COUNTRY"}
        s = _first_field_start(text, j, rules, org_ends, country_at)
        if s is None:
            continue
        first = text[s:j]
        if rules.ends_in_org_suffix(first):  # two bodies joined (常务委员会 + 与 + 祖国阵线委员会)
            continue
        # no other name inside, across or around it (有 + 突尼斯团结与振兴党 + 外事委员会: the party's organ),
        # but the country or place that opens it (越南 + 援老…, 某市 + 计划与投资局)
        if any(o.start < end and s < o.end and not (o.start == s and o.type in ("COUNTRY", "LOCATION")) for o in mentions):
            continue
        out.append(Mention(s, end, text[s:end], "ORG"))
    return out


def _particle_before(text: str, s: int, rules: NameRules) -> bool:
    """A stop word of two characters or more, or one of the particles of names.toml field_body_particles,
    ends right before text[s] (召开的 + 国家重点…): not a one-character stop that opens a field's word (能 + 源)."""
    if not rules.stop_at_end(text, s):
        return False
    return rules.stops.longest_ending(text, s) >= 2 or text[s - 1] in _particles()


@lru_cache(maxsize=1)
def _particles() -> str:
    return "".join(read_word("field_body_particles"))


def _first_field_start(text: str, j: int, rules: NameRules, org_ends: set[int], country_at: dict[int, int]) -> int | None:
    """Where the first field opens, reading back from the joiner at `j` over characters no stop word holds,
    to a delimiter, a stop word's end or a known body's end; None where no such boundary comes within
    reach or the field is too short."""
    s = j
    while s > 0 and j - s < _FIRST_MAX:
        if text[s - 1] in DELIMS or s in org_ends or (s < j and _particle_before(text, s, rules)):
            break
        if rules.stops.at(text, s - 1) and s - 1 not in country_at:
            return None  # a stop inside the field: no name of two fields
        s -= 1
    else:
        if s > 0:
            return None  # no boundary within reach
    if j - s < 2:
        return None
    # a country opening the field is part of the name only after a delimiter or a stop (、越南 + 援老…)
    return s
