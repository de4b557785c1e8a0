"""Phrases that read like a body's name and name none: a country or place, words that describe
bodies in general or count them, and a body's word (美国 + 大型 + 集团, 澳门、岘港 + 两地 + 政府).
The suffix readers take the country as the name's opener; these words say the phrase is about a
kind of body or several, not one body."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.recognize.lexicon import name_rules


def drop_generic_bodies(doc: Document) -> None:
    """Removes the rule-read organizations whose words between the opening country or place and
    the body's word open with a general word (大型, 跨国, 有关: generic_body_words) or a count
    (两地, 三国); an entity left with no mention goes too."""
    rules = name_rules()
    text = doc.text
    places = [m for m in doc.mentions if m.type in ("COUNTRY", "LOCATION")]
    openers = {m.start: m.end for m in places}
    ends = {m.end for m in places}
    gone: set[tuple[int, int]] = set()
    for m in doc.mentions:
        # the country opens the body's name, or stands right before it (美国 + 大型集团)
        if m.type != "ORG" or m.kb_id or not (m.start in openers or m.start in ends):
            continue
        mid_start = openers.get(m.start, m.start)
        suffix = rules.org_suffixes.longest_ending(text, m.end)
        mid = text[mid_start:m.end - suffix]
        # (a number before 号 numbers one unit, counts none: 三号 + 工兵队, org_openers)
        if mid and (mid.startswith(rules.generic_body_words)
                    or (mid[0] in rules.count_chars and not mid.startswith(rules.org_openers))):
            gone.add((m.start, m.end))
    if not gone:
        return
    dropped = [m for m in doc.mentions if m.type == "ORG" and (m.start, m.end) in gone]
    doc.mentions = [m for m in doc.mentions if not (m.type == "ORG" and (m.start, m.end) in gone)]
    still = {m.entity_id for m in doc.mentions}
    ids = {m.entity_id for m in dropped} - still
    doc.entities = [e for e in doc.entities if e.id not in ids]
    doc.roles = [r for r in doc.roles if r.person_id not in ids]
