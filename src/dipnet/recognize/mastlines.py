"""A site's name standing alone on its own line is its masthead (SPEC: the outlet's masthead names the outlet): a
line that holds only a name ending in a site's or outlet's word (某国华人网, 某地资讯网, 某县融媒; names.toml
masthead_line_ends) names that outlet, an organization. The line holds no other word: a section's label (相关新闻)
ends in no such word, and a line that reads a known name at its end (关注某某新闻网) is left to that name."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.model import Document, Mention
from dipnet.recognize.lexicon import read_word
from dipnet.recognize.link import rule_mention, take_place_of


@lru_cache(maxsize=1)
def _line() -> re.Pattern[str]:
    v = read_word("masthead_line_ends")
    ends = "|".join(map(re.escape, (v,) if isinstance(v, str) else v)) or "(?!)"
    return re.compile(rf"(?m)^[ \t\u3000]*([\u4e00-\u9fff]{{2,8}}(?:{ends}))[ \t\u3000]*$")


def add_masthead_lines(doc: Document) -> None:
    """Adds the outlet each masthead line names, in place of the names read inside it (某国 of 某国华人网,
    which stays an entity of the page as the place inside an organization's name)."""
    text = doc.text
    if "\n" not in text:
        return
    by_id = {e.id: e for e in doc.entities}
    for m in _line().finditer(text):
        s, e = m.start(1), m.end(1)
        inside = [x for x in doc.mentions if s <= x.start and x.end <= e]
        if any(x.end == e or x.type in ("PERSON", "ORG") for x in inside) or \
                any(x.start < e and s < x.end and not (s <= x.start and x.end <= e) for x in doc.mentions):
            continue  # (a known name ends the line, or one runs across it: the line is that name's)
        added: list[Mention] = [rule_mention(doc, by_id, s, e, text[s:e], "ORG", "media")]
        take_place_of(doc, added, [])  # (the places inside stay: names of their own inside the outlet's)
