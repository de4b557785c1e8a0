"""(en25) A body named right before its own head's post (SPEC: the body inside a title is an
organization): the post repeats the body's last character (经济财政司 + 司长, 某某事务及某某局 +
副局长), which vouches for the body's name whatever its words, where the knowledge base lists none
(the bureaux of special regions and small states). The name is read back from that character to a
delimiter, a stop word, a title's qualifier or a name of the page; a country, place or body right
before it opens it (香港 + 财政司). Words in data/headbodies.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dipnet.datakeys import required
from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Mention, in_order
from dipnet.recognize.lexicon import NameRules, name_rules
from dipnet.recognize.link import rule_mention
from dipnet.recognize.namereads import DELIMS, is_han
from dipnet.recognize.owners import subject_country


@dataclass(frozen=True)
class _Words:
    """headbodies.toml, read once."""
    post: re.Pattern[str]
    openers: tuple[str, ...]
    joiners: tuple[str, ...]
    longest: int
    clause: frozenset[str]
    contracted: re.Pattern[str]
    non_openers: tuple[str, ...]
    post_cues: tuple[str, ...]  # body character + head (司长): every post match holds one
    contracted_cues: tuple[str, ...]  # 部长: every contracted match holds one
    list_words: tuple[str, ...] = ()  # the words that open a list of members (代表团成员有 + 某某部长)


@lru_cache(maxsize=1)
def _data() -> _Words:
    file = "recognize/data/headbodies.toml"
    d = tomllib.loads(resources.files("dipnet.recognize.data").joinpath("headbodies.toml").read_text("utf-8"))

    def key(k: str) -> Any:
        return required(d, k, file)

    quals, word = key("post_qualifiers"), str(key("post_head"))
    head = re.escape(word)
    post = re.compile(rf"([{re.escape(str(key('body_chars')))}])(?:{'|'.join(re.escape(q) for q in quals)})?\1{head}")
    contracted = re.compile(rf"[{re.escape(str(key('contracted_chars')))}](?={head})")
    return _Words(post, tuple(sorted(quals, key=len, reverse=True)), tuple(key("inner_joiners")), int(key("longest")),
                  frozenset(str(key("clause_chars"))), contracted,
                  tuple(sorted(key("non_openers"), key=len, reverse=True)),
                  tuple(c + word for c in str(key("body_chars"))), tuple(c + word for c in str(key("contracted_chars"))),
                  tuple(d.get("list_words", ())))


def body_before_post(text: str, e: int, ends: dict[int, Mention], rules: NameRules) -> int | None:
    """The start of the body's name that ends at `e` (its last character repeated by the post after
    it), or None where fewer than three characters name it."""
    w = _data()
    openers, joiners, longest, clause = w.openers, w.joiners, w.longest, w.clause
    s = e - 1
    while s > 0 and e - s < longest:
        k = s - 1
        ch = text[k]
        before = ends.get(k + 1)
        # a place opens it where it stands clear before it; one read across the name's words is none
        # there (社会安全部 holds no 会安)
        place = before is not None and before.type == "LOCATION" and (
            before.start == 0 or text[before.start - 1] in DELIMS or before.start in ends
            or rules.stop_at_end(text, before.start))
        if before is not None and (before.type in ("COUNTRY", "ORG") or place):
            s = before.start  # 香港 + 财政司, 某国外交部 + 礼宾司: the owner opens the name
            break
        if ch in DELIMS or not is_han(ch) or (before is not None and before.type != "LOCATION") or text.endswith(openers, 0, s) or \
                text.endswith(tuple(rules.title_openers), 0, s) or text.endswith(w.list_words, 0, s):
            break
        if ch in joiners and e - s >= 3:  # 财经事务 + 及 + 库务局: a joiner inside, where a field opens before it
            if k in ends or k - 1 < 0 or not is_han(text[k - 1]) or rules.stop_at_end(text, k):
                break
            s = k
            continue
        if rules.stop_at_end(text, s) and (ch in clause or rules.stops.longest_ending(text, s) >= 2):
            break  # (社会 + 文化司: a one-character stop other than a particle is a word's inside)
        s = k
    s += next((len(n) for n in w.non_openers if text.startswith(n, s)), 0)
    return s if e - s >= 3 else None


def add_head_bodies(doc: Document, kb: KnowledgeBase) -> None:
    """Adds the bodies named right before their heads' posts that no name of the page covers."""
    w = _data()
    post, contracted = w.post, w.contracted
    text = doc.text
    # (speed) every match holds its character + 长: a page without them is not searched
    posts, contracts = any(c in text for c in w.post_cues), any(c in text for c in w.contracted_cues)
    if not posts and not contracts:
        return
    people = {m.start for m in doc.mentions if m.type == "PERSON"}
    # 经济财政司 + 司长; 经济部 + 长 + 某某 (a name right after the post)
    # (not 外交部 + 部长, nor a post of its own that ends so: 高级部长, 助理部长)
    titles = kb.titles()
    body_ends = ([m.start() + 1 for m in post.finditer(text)] if posts else []) + \
        [m.end() for m in (contracted.finditer(text) if contracts else ()) if m.end() + 1 in people and text[m.start() - 1] != m.group()
         and not any(text[k:m.end() + 1] in titles for k in range(max(0, m.start() - 4), m.start()))]
    if not body_ends:
        return
    rules = name_rules()
    ends = {m.end: m for m in doc.mentions}
    by_id = {e.id: e for e in doc.entities}
    added: list[Mention] = []
    for e in body_ends:
        s = body_before_post(text, e, ends, rules)
        if s is not None and (text[s:e] in kb.generic_words() or text[s] in rules.place_non_openers
                              or text.endswith(tuple(rules.local_levels), 0, s)):
            continue  # a bare word filed for a country (教育部): the knowledge base's; a level word opens
            # a locality's own body, no name (市 + 公安局 + 局长)
        if s is None or any(x.start <= s and e <= x.end and x.type != "PERSON" for x in doc.mentions if x.start <= s):
            continue
        if any(x.start < e and s < x.end and not (x.end <= s or x.start >= e) and x.type != "PERSON"
               and not (x.start >= s and x.end <= e) for x in doc.mentions):
            continue  # a name that runs across the body's edge
        owner = _sentence_owner(doc, kb, s) if text.endswith(_MINISTRY, 0, e) else ""
        added.append(rule_mention(doc, by_id, s, e, owner + text[s:e], "ORG"))
    if added:
        doc.mentions = in_order(doc.mentions + added)


# a ministry's word: the body whose country a sentence's subject gives (塞拉利昂代表团包括…、能源部 + 长)
_MINISTRY = "部"


def _sentence_owner(doc: Document, kb: KnowledgeBase, k: int) -> str:
    """The name of the only country that opens the sentence of text[k] (after a dateline) and is named in it
    before k, or "": a ministry listed in that country's delegation is its ministry (en29)."""
    countries = {m.end: c for m in doc.mentions if m.type == "COUNTRY" and m.kb_id
                 and (c := getattr(kb.get(m.kb_id), "country", None))}
    spans = sorted((m.start, m.end) for m in doc.mentions if m.end in countries and m.type == "COUNTRY")
    code = subject_country(doc.text, k, spans, countries)
    entry = kb.entries.get(f"country:{code}") if code else None
    return entry.name if entry is not None else ""
