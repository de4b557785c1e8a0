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
from operator import attrgetter
from typing import TypeGuard

from dipnet.kb import KnowledgeBase
from dipnet.kb.loader import Entry
from dipnet.lineshape import ANY_DATELINE
from dipnet.model import Coverage, Mention
from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.listowners import BOTH, list_owner
from dipnet.recognize.namereads import DELIMS, TitleHit, after_honorifics, is_han
from dipnet.recognize.nested import coordinated_country
from dipnet.recognize.outlets import Outlet, chamber_default
from dipnet.recognize.pairowners import pair_before
from dipnet.recognize.scan import found_words
from dipnet.recognize.shortowner import both_sides, full_countries, short_form_owner, unnamed_owner, vietnamese_shaped

# how far back a paragraph or sentence is read for what a bare word repeats or who says it (bounded,
# so a page with no line break is not read again from its start at every word)
_REACH_BACK = 400
# how far a post that a body word opens may run before the holder's name (外交部党委书记、部长 + 黎怀忠)
_CHAIN_REACH = 24
# the posts of one person joined in a chain (副总理兼财政部长, 政治局委员、外交部长)
_JOINERS = ("兼", "、")
_UNHELD = ("", "。", "，", ",", "；", ";", "等", "）", ")")  # (fe2) what ends a post that names no holder
_POST_AND = ("和", "及")  # (fe2) the last link of a chain of posts (葡萄牙总统、总理 + 和 + 外交部长)
# words that count the countries whose bodies follow (双方外交部, 各国政府)
_COUNTED = ("双方", "各国", "两国", "多国", "本国")


@lru_cache(maxsize=1)
def we_words() -> tuple[str, ...]:
    """The words by which a page names its own country (我国): names.toml's first_person_country."""
    got = read_word("first_person_country")
    return (got,) if isinstance(got, str) else got


@lru_cache(maxsize=4)
def _country_codes(kb: KnowledgeBase) -> tuple[str, ...]:
    """Every country's code, sorted (read off the whole KB once, not once per body word)."""
    return tuple(sorted({e.country for e in kb.entries.values() if e.type == "COUNTRY" and e.country}))


@lru_cache(maxsize=1024)
def generic_countries(kb: KnowledgeBase, word: str) -> tuple[str, ...]:
    """The countries that have a body by this bare word (国务院: China's, and the US State Department)."""
    under = kb.generic_countries_of(word)  # the others have none: not asked
    return tuple(c for c in _country_codes(kb) if c in under and (b := kb.generic_body(word, c)) is not None
                 and b.country == c)


@lru_cache(maxsize=4)
def generic_sorted(kb: KnowledgeBase) -> tuple[str, ...]:
    """The bare body words, longest first (sorted once, not on every page)."""
    return tuple(sorted(kb.generic_words(), key=lambda w: (-len(w), w)))


def holder_at(text: str, end: int, title_ends: set[int], people: dict[int, str], rules: NameRules) -> int | None:
    """Where the name of the holder of the post a bare body word (ending at `end`) opens begins:
    外交部长 + 王毅, 外交部党委书记、部长 + 黎怀忠. The words between run without punctuation (a 、
    between posts aside) and without a verb or a joining word; a title ends where the name begins,
    and the name is a known person's or opens with a Chinese character."""
    j = end
    while j < len(text) and j - end <= _CHAIN_REACH:
        if j in title_ends and (j in people or (is_han(text[j]) and not rules.stop_at(text, j))):
            return j
        ch = text[j]
        if (ch in DELIMS and ch != "、") or rules.stop_at(text, j):
            return None
        j += 1
    return None


def holder_country(text: str, end: int, title_ends: set[int], people: dict[int, str],
                   rules: NameRules) -> str | None:
    """The country of the known person who holds the post a bare body word opens (外交部长王毅), or of an
    unknown one whose name has a Vietnamese shape (中央书记处书记 + 何氏某: 氏 after the surname)."""
    j = holder_at(text, end, title_ends, people, rules)
    return None if j is None else people.get(j) or vietnamese_shaped(text, j, rules)


def foreign_holder(text: str, end: int, title_ends: set[int], people: dict[int, str], rules: NameRules) -> bool:
    """The post a bare body word opens is held by a person the knowledge base does not know whose name
    opens with no surname: a transliterated foreign name (副总理兼外交部长巴速坤), so not the outlet's
    own official."""
    j = holder_at(text, end, title_ends, people, rules)
    # an honour between the post and the name (外交部长 + 拿督斯里 + 赞比里) is the Malaysian and Bruneian
    # outlets' usage for their own officials
    return j is not None and j not in people and text[j] not in rules.surnames and \
        rules.compound_surnames.at(text, j) is None and after_honorifics(text, j) == j


def chain_country(text: str, k: int, title_by_end: dict[int, TitleHit], countries_ending: dict[int, str],
                  spans_ending: dict[int, int]) -> str | None:
    """The country a chain of posts opens with, where the bare body word's post is a later link:
    新加坡副总理兼财政部长 (Singapore's finance ministry)."""
    pos = k
    for _ in range(4):
        joiner = next((j for j in _JOINERS + _POST_AND if text.endswith(j, 0, pos)), None)
        if joiner is None:
            return None
        t = title_by_end.get(pos - len(joiner))  # (fe2: 和/及 join two posts only: a post ends right before it)
        if t is None:
            return None
        s = t.start
        while s in spans_ending and s not in countries_ending:  # a body qualifies the post (越共中央 + 总书记)
            s = spans_ending[s]
        if s in countries_ending:
            return countries_ending[s]
        # a government whose last word opens the post (老挝政府 + 政府副总理, read overlapping): its country
        inner = next((e for e in range(s + 1, t.end) if e in countries_ending and spans_ending.get(e, e) < s), None)
        if inner is not None:
            return countries_ending[inner]
        # a country's side (中 + 方 + 代表团团长、外交部副部长): the short form's country
        if s - 1 in countries_ending and name_rules().single_suffixes.at(text, s - 1):
            return countries_ending[s - 1]
        pos = s
    return None


def named_before(text: str, k: int, word: str, bodies: list[tuple[int, str, str]],
                 kb: KnowledgeBase) -> str | None:
    """The country of the body this bare word repeats: the nearest one of its kind named in full
    before it in its paragraph (越南外交部今天举行例行记者会,外交部发言人… is Vietnam's)."""
    line_start = 0 if word in name_rules().page_wide_bodies else max(text.rfind("\n", max(0, k - _REACH_BACK), k) + 1, k - _REACH_BACK)
    for start, oid, country in reversed(bodies[:bisect_left(bodies, (k, "", ""))]):
        if start < line_start:
            return None
        body = kb.generic_body(word, country)
        if body is not None and body.id == oid:
            return country
    return None


def subject_country(text: str, k: int, country_spans: list[tuple[int, int]],
                    countries_ending: dict[int, str]) -> str | None:
    """The country that opens the sentence of a bare word and is the only one named in it before
    the word (老挝将举行国民议会选举,以组建新一届政府: Laos's assembly and government)."""
    start = max(text.rfind(c, 0, k) for c in _SENTENCE_ENDS) + 1
    while start < k and text[start] in " \u3000\t":
        start += 1
    if start < k and text[start] in "(（":  # a dateline's bracket opens it: (万象综合讯)老挝将…
        close = min((j for j in (text.find(")", start, k), text.find("）", start, k)) if j >= 0), default=-1)
        start = close + 1 if close >= 0 else start
    # ...or an agency's dateline does (新华社利马3月5日电 秘鲁代表团…, 越通社河内—— 老挝…, 【某某讯】): the
    # sentence's subject follows it
    dateline = ANY_DATELINE.match(text, start, k)
    if dateline:
        start = dateline.end()
    near = country_spans[bisect_left(country_spans, (start, 0)):bisect_left(country_spans, (k, 0))]
    if not near or near[0][0] != start or near[0][1] >= k:
        return None
    countries = {countries_ending.get(e) for _, e in near if e <= k}
    return countries.pop() if len(countries) == 1 else None


_SENTENCE_ENDS = "。！？!?\n"


def speaker_country(text: str, k: int, speakers: list[tuple[int, str]]) -> str | None:
    """The country of the known person whose words a bare body word stands in: the speaker of its
    sentence, named before it (潘某指出，国防部计划… is his ministry)."""
    i = bisect_left(speakers, (k, ""))
    if not i:
        return None
    end, country = speakers[i - 1]
    sentence_start = max(max(text.rfind(c, max(0, k - _REACH_BACK), k) for c in "。！？!?\n") + 1, k - _REACH_BACK)
    return country if end >= sentence_start else None


def _we_by_holder(text: str, title_ends: set[int], people: dict[int, str], rules: NameRules) -> str | None:
    """Who "we" are where the outlet is not known: the country of a known person whose post 我国
    opens (我国总统尚达曼, 我国外交部长维文)."""
    for word, at in found_words(text, we_words()):
        for k in at:
            country = holder_country(text, k + len(word), title_ends, people, rules)
            if country:
                return country
    return None


def _body(kb: KnowledgeBase, word: str, country: str | None, page_countries: list[tuple[str, int]]) -> Entry | None:
    """The body a bare word names for a country; one the country does not have (国务院 on a
    Vietnamese page) is that of the country the page names most that has it, where few have one."""
    body = kb.generic_body(word, country)
    if body is None and len(generic_countries(kb, word)) <= 2:
        body = next((b for c, _ in page_countries for b in (kb.generic_body(word, c),) if b), None)
    return body


_CONJ = ("和", "及", "与", "、")


def _coordinated_bare(text: str, k: int, countries_ending: dict[int, str], words: tuple[str, ...]) -> str | None:
    """The country that opens the bare body word coordinated right before text[k] (马拉维 + 外交部 + 和
    + 国防部 -> Malawi), or None."""
    if not text.endswith(_CONJ, 0, k):  # (one call for the four: most bare words follow none)
        return None
    conj = next(c for c in _CONJ if text.endswith(c, 0, k))
    p = k - len(conj)
    w = next((w for w in words if text.endswith(w, 0, p)), None) if text.endswith(words, 0, p) else None
    return countries_ending.get(p - len(w)) if w else None


def _list_head(text: str, k: int, words: tuple[str, ...], ending: dict[int, Mention]) -> int:
    """The start of the first bare body word of the list that text[k] closes (泰国商业部、 + 外交部 + 和
    + 财政部 -> where 外交部 starts), or k where no bare word is coordinated right before it; a few
    links at most. What opens the list owns every bare word of it."""
    for _ in range(_LIST_LINKS):
        if not text.endswith(_CONJ, 0, k):  # (one call for the four: most bare words follow none)
            return k
        conj = next(c for c in _CONJ if text.endswith(c, 0, k))
        p = k - len(conj)
        w = next((w for w in words if text.endswith(w, 0, p)), None) if text.endswith(words, 0, p) else None
        # (a body named in full there, 泰国商业部, is no bare word: the coordination's reader takes it)
        if w is None or p in ending:
            return k
        k = p - len(w)
    return k


# how many bare body words of one list are followed back to what opens it
_LIST_LINKS = 6


def _unlisted_ministry(text: str, k: int, word: str) -> bool:
    """A bare ministry word (…部) that opens its head's post (经济部 + 长, 内政部 + 部长, 财政部 + 副部长)."""
    end = k + len(word)
    return word.endswith("部") and len(word) >= 3 and text.startswith(_MINISTER_TAILS, end)


# what follows a ministry's word in the post of its head or deputy head
_MINISTER_TAILS = tuple(read_word("minister_tails"))


def _listed_after_name(text: str, k: int, title_ends: set[int]) -> bool:
    """A 、 before text[k] follows a name, not a post: the bare word opens the next person's post in a
    list of people (外长某某、 + 财政部长某某), not a later link of one person's chain (委员、 + 外交部长)."""
    return text[k - 1] == "、" and k - 1 not in title_ends and is_han(text[k - 2:k - 1] or " ")


def _quoted(text: str, k: int) -> bool:
    """text[k] stands inside a quotation that opens in its paragraph."""
    line_start = max(text.rfind("\n", max(0, k - _REACH_BACK), k) + 1, k - _REACH_BACK)
    depth = 0
    for ch in text[line_start:k]:
        if ch in "“「『":
            depth += 1
        elif ch in "”」』" and depth:
            depth -= 1
    return depth > 0


_GOVERNMENT = "政府"
# the word that opens a central organ's name (中央书记处, 中央委员会): names.toml organ_openers
_ORGAN_OPENERS = tuple(read_word("organ_openers")) or ("\0",)


def _organ_of_other(before: Mention | None, body: Entry, kb: KnowledgeBase) -> TypeGuard[Mention]:
    """A known body ends right before a bare central organ's word that the knowledge base gives to
    another body (胡志明共青团 + 中央书记处 is the youth union's secretariat, not the party's): the
    organ is part of the name before it, no body of its own."""
    if before is None or before.type != "ORG" or not before.kb_id:
        return False
    owner = kb.get(before.kb_id)
    return owner is not None and body.id != owner.id and body.parent != owner.id


def _government(m: Mention, e: Entry) -> bool:
    """A country's government named with its country (老挝政府): it stands for the country, as where
    it opens a chain of posts (老挝政府副总理兼 + 外交部长: Laos's ministry)."""
    return m.type == "ORG" and m.text.endswith(_GOVERNMENT) and e.sector == "government"


def bare_bodies(text: str, kb: KnowledgeBase, mentions: list[Mention], titles: list[TitleHit],
                home: str | None, outlet: Outlet | None, rules: NameRules,
                covered: Coverage) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Mentions of the bare body words (外交部, 国会, 政府 …) not inside a longer name, each linked
    to its country's body, and of 我国 (the outlet's country); with the spans of the body words.
    `outlet`: the page's outlet (None where unknown); `home`: the country the page's names belong
    to most. `covered` is marked with what is added."""
    out: list[Mention] = []
    generic: set[tuple[int, int]] = set()
    ending = {m.end: m for m in sorted(mentions, key=attrgetter("start"), reverse=True)}  # the longest ending there
    page_countries = Counter(e.country for m in mentions if m.kb_id and (e := kb.entries.get(m.kb_id)) and e.country
                             and e.country != home).most_common()
    people = {m.start: e.country for m in mentions if m.type == "PERSON" and m.kb_id
              and (e := kb.entries.get(m.kb_id)) is not None and e.country}
    title_ends = {t.end for t in titles}
    title_by_end = {t.end: t for t in titles}
    # a post that opens with the word reads past it (外交部 + 发言人: 发言 ends no post there)
    post_end = {t.start: t.end for t in titles}
    countries_ending = {m.end: e.country for m in mentions if m.kb_id and (e := kb.get(m.kb_id)) is not None
                        and e.country and (m.type == "COUNTRY" or _government(m, e))}
    spans_ending = {m.end: m.start for m in mentions if m.type != "PERSON"}
    # a chain of posts opened by a country's known body (老挝人民革命党中央委员、+ 中央对外部部长): its country
    chain_owners = {m.end: e.country for m in mentions if m.type == "ORG" and m.kb_id
                    and (e := kb.get(m.kb_id)) is not None and e.country} | countries_ending
    # where no outlet is known, 我国 before a known person's post says who "we" are (我国总统尚达曼)
    own = outlet.country if outlet else _we_by_holder(text, title_ends, people, rules)
    default = own if own and (outlet is None or outlet.bare_own) else home
    country_spans = sorted((m.start, m.end) for m in mentions if m.type == "COUNTRY")
    # the known people who open a clause of speech (潘某指出，…), by where their verb ends
    # (by end: a verb's place is looked up once, not at each of the six lengths a name may have)
    known_starts: dict[int, set[int]] = {}
    for m in mentions:
        if m.start in people and m.type == "PERSON":
            known_starts.setdefault(m.end, set()).add(m.start)
    speakers = sorted((v + len(verb), people[v - n]) for verb, at in found_words(text, rules.subject_verbs)
                      for v in at if v in known_starts for n in range(2, 8) if v - n in known_starts[v])
    # the page's bodies named in full, by start: a bare word repeats the one named before it
    bodies = sorted((m.start, e.id, e.country) for m in mentions if m.type == "ORG" and m.kb_id
                    and (e := kb.entries.get(m.kb_id)) is not None and e.country)
    full = full_countries(mentions, kb)  # (塞 + 外交部长 on a page naming 塞拉利昂)
    for word, at in found_words(text, generic_sorted(kb)):
        for k in at:
            if covered.at(k):  # a body after 中国中央军委和 is China's, not the home country's
                continue
            if any(n > len(word) and text[k:k + n] in ws for n, ws in rules.false_suffixes_by_size):
                continue  # 政府 + 间 (intergovernmental): a plain word opens with the body's word
            # 两国政府, 双方外交部, 越南和中国第7次国防部, 双方同意建立 + 外交部…: the bodies of the countries counted,
            # paired or agreeing, none of them alone
            # (两国党、 + 政府: a list of collective nouns that both open, listowners.py)
            listed = list_owner(text, k, countries_ending, ending, kb)
            if (k >= 2 and (text[k - 2:k] in _COUNTED or (text[k - 1] in "国方" and text[k - 2] in rules.count_chars))) \
                    or pair_before(text, k, country_spans, kb) or both_sides(text, k) or listed == BOTH:
                continue
            # 自治区人大, 省政府, 市公安局: a local level word before it makes the body a locality's, no
            # country's (data: local_levels); 东道国, 有关国家, 当地 + 政府: an unnamed one's (unnamed_owner_words)
            if text.endswith(rules.local_levels, 0, k) or unnamed_owner(text, k, word):
                continue
            # 马拉维外交部和 + 国防部: the country of a bare word coordinated after another that a
            # country opens; where that country has no such body known, the word names none of ours
            # …and so, further back, what opens a list of bare words (泰国商业部、外交部和 + 财政部), or a
            # short form before the list's first word (菲 + 外交部、 + 国防部)
            joined = _coordinated_bare(text, k, countries_ending, generic_sorted(kb))
            head = _list_head(text, k, generic_sorted(kb), ending)
            if joined is None and head != k:
                joined = countries_ending.get(head) or coordinated_country(text, head, ending, kb) \
                    or short_form_owner(text, head, full, kb)
            joined = joined or listed  # 越南党、国家、 + 政府: the country that opens a list of its collective nouns
            if joined is not None and kb.generic_body(word, joined) is None:
                continue
            # 柬埔寨 + 执政党: the country right before the word owns it
            short = short_form_owner(text, k, full, kb)
            country = countries_ending.get(k) or joined or short \
                or coordinated_country(text, head, ending, kb) \
                or holder_country(text, max(k + len(word), post_end.get(k, 0)), title_ends, people, rules) \
                or chain_country(text, k, title_by_end, chain_owners, spans_ending) \
                or speaker_country(text, k, speakers) \
                or named_before(text, k, word, bodies, kb) \
                or subject_country(text, k, country_spans, countries_ending)
            stated = country  # the country the words around it give (no guess from the page's names)
            if country is None and default != home and foreign_holder(text, k + len(word), title_ends, people, rules):
                country = home  # a foreign official's ministry on an outlet's page about his country
            body = _body(kb, word, country or chamber_default(kb, word, home, default, outlet), page_countries)
            before = ending.get(k)
            if body is not None and word.startswith(_ORGAN_OPENERS) and _organ_of_other(before, body, kb):
                # 胡志明共青团 + 中央书记处: the youth union's own organ, a part of its name
                out.append(Mention(before.start, k + len(word), text[before.start:k + len(word)], "ORG", kb_id=before.kb_id))
                covered.mark(k, k + len(word))
                continue
            s = k - 1 if short and short == country else k  # (土 + 外交部: the short form is part of the name)
            if body is not None and len(word) >= 2:
                out.append(Mention(s, k + len(word), text[s:k + len(word)], "ORG", kb_id=body.id))
                generic.add((k, k + len(word)))
                covered.mark(s, k + len(word))
            elif body is None and stated is not None and (_unlisted_ministry(text, k, word) or short) and \
                    not countries_ending.get(k) and (text[k - 1:k] not in _JOINERS or _listed_after_name(text, k, title_ends)
                                                     or (text[post_end.get(k, k):post_end.get(k, k) + 1] in _UNHELD
                                                         and chain_country(text, k, title_by_end, chain_owners, spans_ending) == stated)):
                # (fe2: and a later link of a country's chain of posts no holder follows: 拜会葡萄牙总统、总理和 + 外交部长。)
                # a ministry the words around it give a country (外交部长 + 魏某 on a page about his
                # country) that the knowledge base lists no such body of: still that ministry, unlinked
                # (a country right before it or a chain's 兼 leave it to the readers that name it in full)
                owner = kb.entries.get(f"country:{stated}")
                out.append(Mention(s, k + len(word), (owner.name if owner else "") + word, "ORG"))
                covered.mark(s, k + len(word))
    if own and kb.entries.get(f"country:{own}") is not None:
        for word, at in found_words(text, we_words()):
            for k in at:
                if not covered.any(k, k + len(word)) and (own == home or not _quoted(text, k)):
                    out.append(Mention(k, k + len(word), word, "COUNTRY", kb_id=f"country:{own}"))
                    covered.mark(k, k + len(word))
    return out, generic
