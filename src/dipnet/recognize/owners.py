"""Whose body a bare body word is (外交部, 国防部, 财政部 written without a country), and who "we"
are (我国). A page names a body bare when its country is plain from the words around it: the
post it opens and the person holding it (外交部长王毅 is China's, 外交部党委书记、部长黎怀忠
Vietnam's), the country a chain of posts opens with (新加坡副总理兼财政部长), a coordination after
a named body (中国中央军委和国防部); otherwise it is the outlet's own country (外交部 on a Taiwan
site is Taiwan's), or, where the outlet is not known, the country the page's names belong to most."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Coverage, Mention
from dipnet.recognize.lexicon import NameRules
from dipnet.recognize.nested import coordinated_country
from dipnet.recognize.people import _DELIMS, TitleHit
from dipnet.recognize.scan import found_words

# how far a post that a body word opens may run before the holder's name (外交部党委书记、部长 + 黎怀忠)
_CHAIN_REACH = 24
# the posts of one person joined in a chain (副总理兼财政部长, 政治局委员、外交部长)
_JOINERS = ("兼", "、")
# "our country" as the writer says it: the outlet's country
WE = ("我国",)
# words that count the countries whose bodies follow (双方外交部, 各国政府)
_COUNTED = ("双方", "各国", "两国", "多国", "本国")


@lru_cache(maxsize=1024)
def generic_countries(kb: KnowledgeBase, word: str) -> tuple[str, ...]:
    """The countries that have a body by this bare word (国务院: China's, and the US State Department)."""
    codes = {e.country for e in kb.entries.values() if e.type == "COUNTRY" and e.country}
    return tuple(sorted(c for c in codes if (b := kb.generic_body(word, c)) is not None and b.country == c))


@lru_cache(maxsize=4)
def generic_sorted(kb: KnowledgeBase) -> tuple[str, ...]:
    """The bare body words, longest first (sorted once, not on every page)."""
    return tuple(sorted(kb.generic_words(), key=lambda w: (-len(w), w)))


def holder_country(text: str, k: int, end: int, title_ends: set[int], people: dict[int, str],
                   rules: NameRules) -> str | None:
    """The country of the known person who holds the post a bare body word opens: 外交部长王毅,
    外交部党委书记、部长黎怀忠. The words between run without punctuation (a 、 between posts
    aside) and without a verb or a joining word, and a title ends where the name begins."""
    j = end
    while j < len(text) and j - end <= _CHAIN_REACH:
        if j in people and j in title_ends:
            return people[j]
        ch = text[j]
        if (ch in _DELIMS and ch != "、") or rules.stop_at(text, j):
            return None
        j += 1
    return None


def chain_country(text: str, k: int, title_by_end: dict[int, TitleHit], countries_ending: dict[int, str],
                  spans_ending: dict[int, int]) -> str | None:
    """The country a chain of posts opens with, where the bare body word's post is a later link:
    新加坡副总理兼财政部长 (Singapore's finance ministry)."""
    pos = k
    for _ in range(4):
        joiner = next((j for j in _JOINERS if text.endswith(j, 0, pos)), None)
        if joiner is None:
            return None
        t = title_by_end.get(pos - len(joiner))
        if t is None:
            return None
        s = t.start
        while s in spans_ending and s not in countries_ending:  # a body qualifies the post (越共中央 + 总书记)
            s = spans_ending[s]
        if s in countries_ending:
            return countries_ending[s]
        pos = s
    return None


def named_before(text: str, k: int, word: str, bodies: list[tuple[int, str, str]],
                 kb: KnowledgeBase) -> str | None:
    """The country of the body this bare word repeats: the nearest one of its kind named in full
    before it in its paragraph (越南外交部今天举行例行记者会,外交部发言人… is Vietnam's)."""
    line_start = text.rfind("\n", 0, k) + 1
    for start, oid, country in reversed(bodies[:bisect_left(bodies, (k, "", ""))]):
        if start < line_start:
            return None
        body = kb.generic_body(word, country)
        if body is not None and body.id == oid:
            return country
    return None


def _quoted(text: str, k: int) -> bool:
    """text[k] stands inside a quotation that opens in its paragraph."""
    line_start = text.rfind("\n", 0, k) + 1
    depth = 0
    for ch in text[line_start:k]:
        if ch in "“「『":
            depth += 1
        elif ch in "”」』" and depth:
            depth -= 1
    return depth > 0


def bare_bodies(text: str, kb: KnowledgeBase, mentions: list[Mention], titles: list[TitleHit],
                home: str | None, own: str | None, rules: NameRules,
                covered: Coverage) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions of the bare body words (外交部, 国会, 政府 …) not inside a longer name, each linked
    to its country's body, and of 我国 (the outlet's country); with the spans of the body words.
    `own`: the outlet's country (None where unknown); `home`: the country the page's names belong
    to most. `covered` is marked with what is added."""
    out: list[Mention] = []
    generic: set[tuple[int, int]] = set()
    ending = {m.end: m for m in sorted(mentions, key=lambda m: -m.start)}  # the longest ending there
    page_countries = Counter(e.country for m in mentions if m.kb_id and (e := kb.get(m.kb_id)) and e.country
                             and e.country != home).most_common()
    people = {m.start: e.country for m in mentions if m.type == "PERSON" and m.kb_id
              and (e := kb.get(m.kb_id)) is not None and e.country}
    title_ends = {t.end for t in titles}
    title_by_end = {t.end: t for t in titles}
    countries_ending = {m.end: e.country for m in mentions if m.type == "COUNTRY" and m.kb_id
                        and (e := kb.get(m.kb_id)) is not None and e.country}
    spans_ending = {m.end: m.start for m in mentions if m.type != "PERSON"}
    default = own or home
    # the page's bodies named in full, by start: a bare word repeats the one named before it
    bodies = sorted((m.start, e.id, e.country) for m in mentions if m.type == "ORG" and m.kb_id
                    and (e := kb.get(m.kb_id)) is not None and e.country)
    for word, at in found_words(text, generic_sorted(kb)):
        for k in at:
            if covered.at(k):  # a body after 中国中央军委和 is China's, not the home country's
                continue
            country = coordinated_country(text, k, ending, kb) \
                or holder_country(text, k, k + len(word), title_ends, people, rules) \
                or chain_country(text, k, title_by_end, countries_ending, spans_ending)
            # 两国政府, 双方外交部: the bodies of the countries counted, none of them alone
            if k >= 2 and (text[k - 2:k] in _COUNTED or (text[k - 1] in "国方" and text[k - 2] in rules.count_chars)):
                continue
            country = country or named_before(text, k, word, bodies, kb)
            body = kb.generic_body(word, country or default)
            # a body the home country does not have (国务院 on a Vietnamese page) is that of the
            # country the page names most that has it, where few countries have one
            if body is None and len(generic_countries(kb, word)) <= 2:
                body = next((b for c, _ in page_countries for b in (kb.generic_body(word, c),) if b), None)
            if body is not None and len(word) >= 2:
                out.append(Mention(k, k + len(word), word, "ORG", kb_id=body.id))
                generic.add((k, k + len(word)))
                covered.mark(k, k + len(word))
    if own and kb.get(f"country:{own}") is not None:
        for word, at in found_words(text, WE):
            for k in at:
                if not covered.any(k, k + len(word)) and (own == home or not _quoted(text, k)):
                    out.append(Mention(k, k + len(word), word, "COUNTRY", kb_id=f"country:{own}"))
                    covered.mark(k, k + len(word))
    return out, generic
