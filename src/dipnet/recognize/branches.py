"""A body's local branch named by the body, the branch's place and a branch word (某友好协会 + 岘港市 + 分会,
某国总商会 + 河内 + 分会, 某国在台协会 + 台中 + 分处): one organization. The body before the place is then
part of the branch's name, no entity of its own there (SPEC: an organization inside another one's name is
none); the place stays an entity. The branch words are names.toml's (name_read_words.branch_suffixes)."""

from __future__ import annotations

from functools import lru_cache

from dipnet.model import Mention
from dipnet.recognize.lexicon import NameRules, Words, name_rules, read_word
from dipnet.recognize.namereads import DELIMS

# how far before the place a country may open a body the reader knows only by its word (美国在台协会)
_BODY_REACH = 8


@lru_cache(maxsize=1)
def _branch_words() -> Words:
    v = read_word("branch_suffixes")
    return Words((v,) if isinstance(v, str) else v)


def branch_bodies(text: str, mentions: list[Mention], rules: NameRules | None = None) -> list[Mention]:
    """The mentions with each body + place + branch word read as one ORG, the body's own mention (if
    any) dropped at that place."""
    words = _branch_words()
    if not words.words or not any(w in text for w in words):
        return mentions
    rules = rules or name_rules()
    places = [m for m in mentions if m.type == "LOCATION"]
    drop: set[tuple[int, int]] = set()
    out: list[Mention] = []
    for p in places:
        word = words.at(text, p.end)
        if word is None:
            continue
        end = p.end + len(word)
        s = _body_start(text, p, mentions, rules)
        if s is None or any(o.start < end and s < o.end and not (o.start >= s and o.end <= p.start)
                            and (o.start, o.end) != (p.start, p.end) for o in mentions):
            continue  # no body right before the place, or a name across the branch's
        drop |= {(o.start, o.end) for o in mentions if o.type == "ORG" and o.start == s and o.end == p.start}
        out.append(Mention(s, end, text[s:end], "ORG"))
    if not out:
        return mentions
    return [m for m in mentions if (m.start, m.end) not in drop] + out


def _body_start(text: str, p: Mention, mentions: list[Mention], rules: NameRules) -> int | None:
    """Where the body before place `p` opens: a known or read ORG ending right at the place, else a
    country opening a run that ends in a body's word (美国 + 在台 + 协会) with no delimiter inside."""
    org = next((o for o in mentions if o.type == "ORG" and o.end == p.start), None)
    if org is not None:
        return org.start
    for c in mentions:
        if c.type == "COUNTRY" and 0 < p.start - c.end <= _BODY_REACH and c.end < p.start:
            run = text[c.start:p.start]
            if not any(ch in DELIMS for ch in run) and rules.ends_in_org_suffix(text[c.end:p.start]):
                return c.start
    return None
