"""A school named after the country that introduces it (巴新 + 西太平洋大学, 纽西兰 + 怀卡托大学,
美国 + 西奥勒冈大学): the country is no part of the school's name, which is its own proper name, in
transliteration characters or after a known place (太平洋). The school is named bare, the form with
its country kept among its mentions (the text said both). A name of plain words after a country
(中国人民大学, 老挝国立大学, 越南国家大学) is the school's whole name and keeps it."""

from __future__ import annotations

from dipnet.kb import COUNTRY, LOCATION, KnowledgeBase
from dipnet.model import Document
from dipnet.recognize.lexicon import NameRules, name_rules


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


def name_schools_bare(doc: Document, kb: KnowledgeBase) -> None:
    """Names each school read by rule whose name opens with a country of the page by its proper name."""
    rules = name_rules()
    if not rules.institution_words:
        return
    schools = [e for e in doc.entities if e.type == "ORG" and not e.kb_id and e.name.endswith(rules.institution_words)]
    if not schools:  # (most pages: no school read by rule, and no country's forms to gather)
        return
    countries = sorted({f for e in doc.entities if e.type == COUNTRY for f in (e.name, *e.mentions) if len(f) >= 2},
                       key=len, reverse=True)
    for ent in schools:
        c = next((c for c in countries if ent.name.startswith(c) and len(ent.name) - len(c) >= 4), None)
        if c is not None and proper_school(ent.name[len(c):], rules, kb):
            ent.name = ent.name[len(c):]
            if ent.name not in ent.mentions:
                ent.mentions.append(ent.name)
