"""Bodies whose names list their fields with 、 (国会 + 外交、国际合作及媒体新闻 + 委员会, 越南-俄罗斯 +
政府间经贸、科技合作 + 联合委员会): the suffix readers end a name at any punctuation, so a country or a
known body, a run of fields joined by 、 (and 及, 和 or 与 before the last), and a body's word are read
here as one name. A field that is a name of its own (a country, a place: 谅山、广宁) makes it no such run."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from dipnet.kb import KnowledgeBase
from dipnet.model import Document, Entity, Mention
from dipnet.recognize.lexicon import name_rules
from dipnet.recognize.link import rule_mention, take_place_of
from dipnet.recognize.namereads import DELIMS
from dipnet.recognize.scan import find_every

_LIST = "、"
# the words of bodies' names that open with a stop word (能源, 联合): names.toml suffix_read_words
_W = dict(name_rules().suffix_read_words)
_STOPS_IN_NAMES = tuple(_W.get("org_words_with_stops", ())) + tuple(_W.get("joint_words_with_stops", ()))
_SUFFIXES = tuple(sorted(_W.get("field_list_suffixes", ()), key=len, reverse=True))
# (en33) the words that end such a body only where a joiner opens its last field (警察、国家安全 + 与 + 惩戒部 is
# one ministry; 外交、国防部 is two)
_JOINED_ONLY = frozenset(_W.get("field_list_joined_suffixes", ()))

# the most characters of the fields and the body's word after the name that opens them
_REACH = 40
# (en34) the words joining the holder's next post to a post (副总统 + 兼), the post at most _POST characters
_JOINERS, _POST = tuple(_W.get("field_list_post_joiners", ())), 6


def _fields_end(text: str, p: int) -> int:
    """Where the body's word ends after fields listed from text[p] (0 where none is read there)."""
    rules = name_rules()
    joiners = rules.list_closers
    n = min(len(text), p + _REACH)
    item = p  # where the current field opens
    lists = joined = 0
    j = p
    while j < n:
        ch = text[j]
        if ch == _LIST:
            if j - item < 2 or joined:
                return 0
            lists += 1
            item = j + 1
            j += 1
            continue
        if ch in DELIMS or not "\u4e00" <= ch <= "\u9fff":
            return 0
        suffix = next((w for w in _SUFFIXES if text.startswith(w, j)), None) if lists else None
        if suffix is not None and j - item >= 2 and not rules.in_plain_word(text, j + len(suffix) - 1, p) \
                and (joined or suffix not in _JOINED_ONLY):
            return j + len(suffix)
        if ch in rules.count_chars or ch.isdigit():  # 一号、二号, 两党、两国: things counted, no fields
            return 0
        joiner = next((w for w in joiners if text.startswith(w, j)), None) if lists else None
        if joiner is not None and j - item >= 2:
            joined += 1
            item = j + len(joiner)
            j += len(joiner)
            continue
        if rules.stop_at(text, j) and not text.startswith(_STOPS_IN_NAMES, j):
            return 0
        j += 1
    return 0


def _past_joined_post(text: str, p: int, titles: Mapping[str, object]) -> int:
    """Where the fields open after a post the country's holder holds first and a joiner (兼) joins to the next one
    (巴西 + 副总统兼 + 发展、工业、贸易和服务部长): there, else `p`."""
    for k in range(min(len(text), p + _POST), p + 1, -1):
        joiner = next((w for w in _JOINERS if text.startswith(w, k)), None)
        if joiner and text[p:k] in titles:
            return k + len(joiner)
    return p


def add_field_lists(doc: Document, kb: KnowledgeBase) -> None:
    """Adds each body a country or a known body opens whose fields are listed with 、, where no
    mention covers it whole; a body read by rule inside it is part of it, no body of its own."""
    text = doc.text
    if _LIST not in text:
        return
    # _fields_end reads a body's word only after a 、 and within _REACH: where no such word starts
    # after the first 、 past a name, none is read there (asked before the per-character read)
    suffix_starts = sorted({k for w in _SUFFIXES for k in find_every(text, w)})
    if not suffix_starts:
        return
    by_start: dict[int, list[Mention]] = {}
    spans: set[tuple[int, int]] = set()
    by_id: dict[str, Entity] = {}
    titles = kb.titles()
    added: list[Mention] = []
    for m in doc.mentions:
        if m.type not in ("COUNTRY", "ORG") or (m.type == "ORG" and not m.kb_id):
            continue
        q = text.find(_LIST, m.end, m.end + _REACH)
        if q < 0:
            continue
        i = bisect_right(suffix_starts, q)
        if i == len(suffix_starts) or suffix_starts[i] >= m.end + _REACH:
            continue
        p = _past_joined_post(text, m.end, titles)
        end = _fields_end(text, p)
        if not end:
            continue
        if not spans:  # built at the first body read (the mentions do not change in this loop)
            for x in doc.mentions:
                by_start.setdefault(x.start, []).append(x)
            spans = {(x.start, x.end) for x in doc.mentions}
            by_id = {e.id: e for e in doc.entities}
        # a field that ends in a post (越南政府总理、国家某某委员会): posts listed, not fields
        items = text[p:end].split(_LIST)
        if any(it[-k:] in titles for it in items[:-1] for k in range(2, min(len(it), 6) + 1)):
            continue
        # a field that is a name of its own (谅山、广宁): a list of names, not of fields
        if any(x.type in ("COUNTRY", "LOCATION", "PERSON") or x.kb_id
               for k in range(p, end) for x in by_start.get(k, ())):
            continue
        s = m.start if p == m.end else p  # (巴西副总统兼 + 发展、工业…部: the ministry named by its fields)
        # a joint body opens with both partners (越南 + - + 俄罗斯 + 政府间…)
        pair = next((x for x in doc.mentions if x.type == "COUNTRY" and x.end == s - 1 and text[s - 1] in "-—"), None)
        if pair is not None:
            s = pair.start
        if (s, end) in spans or any(a.start <= s and end <= a.end for a in added):
            continue
        added.append(rule_mention(doc, by_id, s, end, text[s:end], "ORG"))
    if not added:
        return
    inside = [m for m in doc.mentions if m.type == "ORG" and not m.kb_id and any(
        a.start < m.start and m.end <= a.end for a in added)]
    take_place_of(doc, added, inside)
