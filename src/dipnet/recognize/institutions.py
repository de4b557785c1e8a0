"""A foreign school named after the country that introduces it (巴新 + 西太平洋大学, 纽西兰 + 怀卡托大学,
美国 + 西奥勒冈大学): the country is no part of the school's name, which is its own proper name, in
transliteration characters or after a known place (太平洋). A name of plain words after a country
(中国人民大学, 老挝国立大学, 越南国家大学) is the school's whole name and keeps it."""

from __future__ import annotations

from dipnet.kb import COUNTRY, LOCATION, KnowledgeBase
from dipnet.recognize.lexicon import NameRules


def proper_school(rest: str, rules: NameRules, kb: KnowledgeBase) -> bool:
    """`rest` (the name after its country) is a school's proper name: an institution word after two
    characters or more that open in transliteration, or that hold a known place or country at their
    first or second character (西 + 太平洋)."""
    word = next((w for w in rules.institution_words if rest.endswith(w)), "")
    core = rest[:-len(word)] if word else ""
    if len(core) < 2:
        return False
    if core[0] in rules.transliteration and core[1] in rules.transliteration:
        return True
    return any(e.type in (COUNTRY, LOCATION) for k in (0, 1) for j in range(k + 2, len(core) + 1)
               for e in kb.by_name(core[k:j]))
