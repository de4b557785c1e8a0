"""The gathering a letter is addressed to (习近平向第三届全球数字贸易博览会致贺信, 某某致信第二届全球华侨华人大会): the
words between the letter's 向 (or 致信) with the edition's count or year, and the letter's verb (or the clause's end), ending
in a gathering's word, are its name — an organization the letter is sent to (SPEC: a MESSAGE names its recipients; named
forums are organizations in the open gold: 博鳌亚洲论坛, 世界经济论坛). A name holding a known country or body (越中人民论坛,
中国—东盟博览会) is left to them, as the open gold names such gatherings by their parties. ev65, issue 13, probes."""

from __future__ import annotations

from functools import lru_cache

from dipnet import rx
from dipnet.model import Document, Entity
from dipnet.recognize.lexicon import read_word
from dipnet.recognize.link import rule_mention, take_place_of


@lru_cache(maxsize=1)
def _addressed() -> str:
    got = read_word("addressed_gathering")
    return got if isinstance(got, str) else "|".join(got)


def add_addressed_gatherings(doc: Document) -> None:
    """Adds the name of each gathering a letter is addressed to that no mention covers whole, in place of the rule
    mentions inside it; none where a known country or body stands inside the name."""
    text = doc.text
    if "贺" not in text and "信" not in text:  # (no letter: most pages)
        return
    by_id: dict[str, Entity] = {e.id: e for e in doc.entities}
    added, inside = [], []
    for m in rx.compile(_addressed()).finditer(text):
        group = "name" if m.group("name") else "name2"  # (向…致贺信 / 致信…)
        s, e = m.span(group)
        within = [x for x in doc.mentions if s <= x.start and x.end <= e]
        if any(x.start <= s and e <= x.end for x in doc.mentions) or \
                any(x.type == "COUNTRY" or (x.kb_id and x.type == "ORG") for x in within):
            continue
        added.append(rule_mention(doc, by_id, s, e, m.group(group), "ORG"))
        inside += [x for x in within if x.type == "ORG" and not x.kb_id]
    if added:
        take_place_of(doc, added, inside)
