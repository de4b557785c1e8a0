"""Countries written by their short forms: a run of two or more before a word of relations (越老,
中越, 越柬老合作) and one country's side, its prefix words or its mission (越方, 访华, 驻越)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.kb import KnowledgeBase
from dipnet.model import Mention, SpanIndex
from dipnet.recognize.lexicon import NameRules, name_rules, read_word
from dipnet.recognize.namereads import is_han
from dipnet.recognize.scan import found_words
from dipnet.recognize.shortalts import other_reading
from dipnet.recognize.suffixed import JOINT_WORDS_WITH_STOPS
from dipnet.rx import plain as _plain


def compounds(text: str, kb: KnowledgeBase, rules: NameRules, taken: list[tuple[int, int]]) -> list[Mention]:
    """越老, 中越, 越柬老 before a word of relations; 越方, 访华, 驻越 for one country."""
    shorts = kb.short_forms()
    by_first, openers = short_index(kb)
    inside = bytearray(len(text) + 1)  # 1 where no compound may begin or run
    for s, e in taken:
        if e > s:
            inside[s:e] = b"\x01" * (e - s)
    for w, starts in found_words(text, rules.short_form_words):  # 建立越中: the 立 of 建立 opens no compound
        for k in starts:
            inside[k:k + len(w)] = b"\x01" * len(w)
    out: list[Mention] = []
    i = 0
    n = len(text)
    # asked at nearly every opener: bound once
    context_at, single_at, single_firsts = rules.compound_context.at, rules.single_suffixes.at, rules.single_suffixes.firsts
    side_excluded = rules.side_excluded
    lengths, nexts, leads = _gate(by_first, rules)
    for opener in openers.finditer(text):  # only where a short form can begin
        at = opener.start()
        if at < i or inside[at]:
            continue
        # a form read alone names a country only after a prefix word or 驻, or before a side's word; a
        # run needs a form (or - or 、) after the first: where no form's end is followed by one of those
        # characters, nor the form preceded by a prefix word's last character, nothing is read here
        if at == 0 or text[at - 1] not in leads:
            for size in lengths[text[at]]:
                if at + size < n and text[at + size] in nexts:
                    break
            else:
                i = at + 1
                continue
        i = at
        run: list[tuple[int, int, str, bool]] = []
        j = i
        listed = False
        while j < n and not inside[j]:
            f = None
            for form in by_first.get(text[j], ()):
                if text.startswith(form, j):
                    f = form
                    break
            if f is None:
                break
            code, ambiguous = shorts[f]
            run.append((j, j + len(f), code, ambiguous))
            j += len(f)
            if j < n and text[j] == "-":
                j += 1
            elif j + 1 < n and text[j] in _LIST_MARKS and text[j + 1] in by_first:
                listed = True  # 英、日、美 + 等国: short forms listed one by one
                j += 1
        if not run:  # no short form here after all: nothing to read (the most common case)
            i += 1
            continue
        if listed and j > 0 and text[j - 1] in _LIST_MARKS:  # a list mark after the last form: none of the run
            j -= 1
        s0, e0, c0, amb0 = run[0]
        if listed and len(run) >= 2 and _COUNTED_COUNTRIES.match(text, j) \
                and not all(amb for *_, amb in run) and len({c for _, _, c, _ in run}) == len(run):
            out += [_pair_member(text, s, e, c, amb, kb) for s, e, c, amb in run]
            i = j
            continue
        if len(run) >= 2 and not listed and (context_at(text, j) is not None or _joint_body_ahead(text, j, rules)) \
                and (not all(amb for *_, amb in run) or text[s0:j] in _AMBIGUOUS_PAIRS) \
                and len({c for _, _, c, _ in run}) == len(run):
            out += [_pair_member(text, s, e, c, amb, kb) for s, e, c, amb in run]
            i = j
            continue
        # the side word after the first form, asked once (most characters open none)
        side = single_at(text, e0) is not None if e0 < n and text[e0] in single_firsts else False
        plain = rules.side_plain_words.at(text, e0) if side and rules.side_plain_words is not None else None
        if plain is not None and not (plain in _SIDE_PREPOSITIONS and e0 + len(plain) < n and inside[e0 + len(plain)]):
            side = False  # 共同, 方面: the side character opens a plain word (中方 + 向 + 伊朗 aside)
        # 中方, 美方, 印方: the side of a country takes its standard short form even where the
        # character alone is ambiguous
        # 驻 + 中 + 大使馆: after the word of being stationed and before a mission's word the form
        # names its country even where the character alone is ambiguous
        if amb0 and s0 > 0 and text[s0 - 1] == _STATION and text[s0:e0] in _STATION_FORMS \
                and text.startswith(_STATION_MISSIONS, e0):
            out.append(Mention(s0, e0, text[s0:e0], "COUNTRY", kb_id=c0))
            i += 1
            continue
        if not amb0 or (side and text[s0:e0] not in side_excluded):
            post = not amb0 and _before_post(text, s0, e0, rules)
            before = not amb0 and rules.single_prefixes.ends_at(text, s0) and not text.startswith(_FORM_PLAIN, s0) or post
            if (side or before) and (e0 >= n or not ("\u4e00" <= text[e0] <= "\u9fff") or side or post
                                      or rules.stop_at(text, e0) or text[e0] in "大使馆领使友关双边"):
                out.append(Mention(s0, e0, text[s0:e0], "COUNTRY", kb_id=c0))
        i += 1
    return out


# (en29) the posts a country's one-character form opens where it stands alone (美 + 防长, 日 + 外相, 俄 + 总统)
_FORM_POSTS = tuple(read_word("short_form_posts"))
# the characters that make a day's word with 日 before it (今日, 5日, 周日): no Japan there
_DAY_OPENERS = str(read_word("day_openers"))
# the plain words a form opens (日前, 日内): no country after a word of going or being (在日前举行的)
_FORM_PLAIN = tuple(read_word("form_plain_words"))


def _before_post(text: str, s: int, e: int, rules: NameRules) -> bool:
    """A lone short form that opens a post (美 + 防长, 日 + 外相) where a word ends right before it: the
    post's country, as in Singapore's, Hong Kong's and Taiwan's press (no 日 of a day: 5日外长)."""
    if not text.startswith(_FORM_POSTS, e) or e - s != 1:
        return False
    if s > 0 and (text[s - 1].isdigit() or text[s - 1] in _DAY_OPENERS):
        return False
    return s == 0 or not is_han(text[s - 1]) or rules.stop_at_end(text, s)


_STATION_MISSIONS = tuple(read_word("station_mission_words"))
_STATION_FORMS = frozenset(read_word("station_short_forms"))
# pairs of forms each ambiguous alone that are read together (马中, 星中, 新中: names.toml)
_AMBIGUOUS_PAIRS = frozenset(read_word("ambiguous_pairs"))
_STATION = str(dict(name_rules().suffix_read_words).get("station", ""))
# the plain words a side and a preposition also spell (中方 + 向 + 伊朗提供): the side where a name follows
_SIDE_PREPOSITIONS = tuple(read_word("side_prepositions"))

# short forms listed with enumeration commas name countries only where the list is counted as countries
# after them (英、日、美 + 等国, 中、俄、印 + 三国): elsewhere such single characters are plain words
_LIST_MARKS = "、"
_COUNTED_COUNTRIES = re.compile(str(read_word("counted_countries")))

# the most characters between a compound of short forms and the word of the joint body it opens
# (越中 + 陆界 + 联委会, 越新 + 工业园区)
_JOINT_REACH = 6


def _pair_member(text: str, s: int, e: int, code: str, ambiguous: bool, kb: KnowledgeBase) -> Mention:
    """A form of a pair read as its country, or as its other reading (澳葡 on a page of 澳门: shortalts.py)."""
    alt = other_reading(text[s:e], code, text, kb) if ambiguous else None
    if alt is not None:
        return Mention(s, e, text[s:e], alt.type, kb_id=alt.id)
    return Mention(s, e, text[s:e], "COUNTRY", kb_id=code)


def _joint_body_ahead(text: str, j: int, rules: NameRules) -> bool:
    """A joint body's word (联委会, 工业园区, 友好协会) follows the compound within a few characters of one
    phrase, no stop word or punctuation between: the compound opens that body's name."""
    words = rules.joint_body_suffixes
    if words is None:
        return False
    for k in range(j, min(len(text), j + _JOINT_REACH + 1)):
        if words.at(text, k):
            return True
        # (a joint body's word that opens with a stop ends nothing inside the phrase: 越美科技合作 + 联合 + 委员会)
        if not ("\u4e00" <= text[k] <= "\u9fff") or (k > j and rules.stop_at(text, k)
                                                        and not text.startswith(JOINT_WORDS_WITH_STOPS, k)):
            return False
    return False


_GATES: dict[int, tuple[dict[str, list[str]], NameRules, tuple[dict[str, tuple[int, ...]], frozenset[str], frozenset[str]]]] = {}


def _gate(by_first: dict[str, list[str]], rules: NameRules) -> tuple[dict[str, tuple[int, ...]], frozenset[str], frozenset[str]]:
    """For `compounds`' skip: the lengths of the forms each character opens, the characters that may
    follow a form read (a form's first character, a side word's, - and 、), and those a form read alone
    may follow (a prefix word's last character, 驻). Kept by the index's id (with it and the rules)."""
    got = _GATES.get(id(by_first))
    if got is None or got[0] is not by_first or got[1] is not rules:
        lengths = {c: tuple(sorted({len(f) for f in forms})) for c, forms in by_first.items()}
        nexts = frozenset(by_first) | rules.single_suffixes.firsts | {"-"} | frozenset(_LIST_MARKS) | \
            frozenset(p[0] for p in _FORM_POSTS)
        leads = frozenset(w[-1] for w in rules.single_prefixes.words) | frozenset(_STATION)
        got = _GATES[id(by_first)] = (by_first, rules, (lengths, nexts, leads))
    return got[2]


@lru_cache(maxsize=4)
def short_index(kb: KnowledgeBase) -> tuple[dict[str, list[str]], re.Pattern[str]]:
    """The short forms by first character, longest first, and a pattern of those characters."""
    by_first: dict[str, list[str]] = {}
    for f in sorted(kb.short_forms(), key=lambda f: (-len(f), f)):
        by_first.setdefault(f[0], []).append(f)
    return by_first, _plain("[" + "".join(re.escape(c) for c in sorted(by_first)) + "]")


def joint_bodies(text: str, found: list[Mention], mentions: list[Mention], rules: NameRules) -> list[Mention]:
    """The joint bodies read after a pair of short forms (越中双边合作指导委员会), less those counted
    (越中两国…) or inside a known longer name; a place right before an association names its local
    branch (胡志明市 + 越罗友好协会)."""
    org_spans = SpanIndex((m.start, m.end) for m in mentions if m.type == "ORG")
    place_before = {m.end: m.start for m in mentions if m.type == "LOCATION"}
    return [_branch(m, place_before, text, rules) for m in found
            if not text.startswith(("两", "三", "双方"), m.start + 2)
            and not any(a <= m.start and m.end <= b for a, b in org_spans.near(m.start, m.end))]


def _branch(m: Mention, place_before: dict[int, int], text: str, rules: NameRules) -> Mention:
    """A place right before a joint association names its local branch (胡志明市 + 越罗友好协会); a
    place before a joint committee is where it meets (在河内 + 越老政府间委员会)."""
    s = place_before.get(m.start)
    if s is None or not m.text.endswith(rules.branch_words):
        return m
    return Mention(s, m.end, text[s:m.end], "ORG")
