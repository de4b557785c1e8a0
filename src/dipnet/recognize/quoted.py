"""Bodies named in quotation marks (参与“加沙和平委员会”倡议, 「移民联席委员会」主席): the marks bound
the name, so a body's word at its end is enough to read it, with no known opener before it and
whatever stop words it holds (和平)."""

from __future__ import annotations

from dipnet.model import Document, Mention
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.link import rule_mention, take_place_of
from dipnet.rx import plain as _plain

# a quoted run of Chinese script (with the hyphens, dashes and dots of joint and foreign names)
_QUOTED = _plain(r"[“「『]([\u4e00-\u9fff·\-—]{3,20})[”」』]")


def add_quoted_bodies(doc: Document) -> None:
    """Adds each quoted name of three characters or more that ends in a body's word (委员会, 协会,
    论坛, 传媒) and is longer than that word (「芋传媒」), where no mention covers it whole already."""
    text = doc.text
    rules = name_rules()
    suffixes = rules.org_suffixes
    spans = {(m.start, m.end) for m in doc.mentions}
    by_id = {e.id: e for e in doc.entities}
    added: list[Mention] = []
    for m in _QUOTED.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if (s, e) in spans or not suffixes.ends_at(text, e) or suffixes.longest_ending(text, e) > len(name) - 1:
            continue
        # a plain word at the end (干部, 市场) is no body's word; nor is a quoted name some mention
        # covers with more around it
        if rules.in_plain_word(text, e - 1, s) or any(a <= s and e <= b for a, b in spans):
            continue
        added.append(rule_mention(doc, by_id, s, e, name, "ORG"))
    if not added:
        return
    # a body read by rule inside the quoted name is part of it (“尤索夫伊萨东南亚研究所”: no
    # 东南亚研究所 of its own); an entity left with no mention goes
    quoted = [(m.start, m.end) for m in added]
    inside = [m for m in doc.mentions if m.type == "ORG" and not m.kb_id and any(
        s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in quoted)]
    take_place_of(doc, added, inside)
