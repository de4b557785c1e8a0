"""A country's name and a national body's word read as that body (moved out of mentions.py): 中国 +
政协 as 全国政协, 汤加王国 + 国会 as 汤加国会."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention
from dipnet.rx import plain as _plain


def national_bodies(text: str, kb: KnowledgeBase, mentions: list[Mention], word: str) -> list[Mention]:
    """A country's name before a national body's name without its 全国 (中国 + 政协 is 全国政协, 中国 +
    人大常委会 is 全国人大常委会): one mention of the body over both, where no known name starts
    right after the country."""
    if not word:
        return mentions
    starts = {m.start for m in mentions}
    heads = kb.name_heads(word) if _HAN.fullmatch(word) else None
    out: list[Mention] = []
    for m in mentions:
        body = None
        # no name filed opens with the word and the (Chinese) characters after the country: none asked
        if heads is not None and text[m.end:m.end + 2] not in heads and _HAN.fullmatch(text, m.end, m.end + 5):
            out.append(m)
            continue
        if m.type == "COUNTRY" and m.kb_id and m.end not in starts:
            for n in (5, 4, 3, 2):
                hits = kb.by_name(word + text[m.end:m.end + n]) if m.end + n <= len(text) else None
                # (most names asked are no entry's: no search of an empty list)
                entry = next((e for e in hits if e.type == "ORG" and f"country:{e.country}" == m.kb_id),
                             None) if hits else None
                if entry is not None:
                    body = Mention(m.start, m.end + n, text[m.start:m.end + n], "ORG", kb_id=entry.id)
                    break
        out.append(body or m)
    return out


_HAN = _plain("[\u4e00-\u9fff]+")


@lru_cache(maxsize=8)
def _longest_first(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern over `words` that matches the longest word written at a position (the body words
    are asked after every country mention: a test per word was most of the rule's time)."""
    return _plain("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


def formal_country_bodies(text: str, kb: KnowledgeBase, mentions: list[Mention], forms: tuple[str, ...]
                          ) -> list[Mention]:
    """A country named in its formal style and a body's bare word (汤加王国 + 国会, 斐济共和国 + 议会):
    the body the knowledge base files under the country's name and that word (汤加国会), read over
    the word, spelled as the knowledge base does; the country stays the country (the events name it)."""
    starts = {m.start for m in mentions}
    forms = tuple(sorted(forms, key=len, reverse=True))  # the longest first, sorted once a page
    bare = _longest_first(kb.generic_words())
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        entry = kb.entries.get(m.kb_id) if m.type == "COUNTRY" and m.kb_id else None
        if entry is not None:
            p = m.end + len(next((f for f in forms if text.startswith(f, m.end)), "")) \
                if text.startswith(forms, m.end) else m.end
            hit_word = bare.match(text, p)
            word = hit_word.group() if hit_word else None
            if word and p not in starts:
                code = entry.id.removeprefix("country:")
                hit = next(((n + word, e) for n in (entry.name, *entry.aliases) for e in kb.by_name(n + word)
                            if e.type == "ORG" and e.country == code), None)
                if hit is not None:
                    out.append(Mention(p, p + len(word), hit[0], "ORG", kb_id=hit[1].id))
    return out
