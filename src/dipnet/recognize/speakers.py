"""Names told by their place in a sentence rather than by a title: the speaker before a verb of
speech (。王毅表示), the guest before 一行/夫妇, the one met or addressed after a verb of meeting or
message (致电拜登)."""

from __future__ import annotations

import re
from functools import cache

from dipnet import rx
from dipnet.recognize.lexicon import NameRules, read_word
from dipnet.recognize.namereads import (
    _LEADER_BY,
    _LEADER_VERBS,
    _SENTENCE_OPEN,
    BODY_ENDS,
    DELIMS,
    PARTY_WORDS,
    is_han,
    read_name_after,
    surname_led,
)
from dipnet.recognize.scan import found_words

# verbs of meeting, visiting and leading that a sentence's subject runs into (。王某某率团赴越, ,李某某会见):
# a surname-led name alone before one, after a sentence's or clause's start, is its subject
_ACTION_VERBS = tuple(read_word("subject_action_verbs"))
# a dateline's or a bracket's close opens the story's first sentence as a full stop does
# (越通社河内—— + 王某某表示, 新华社北京3月5日电 + 王某某会见, 【某某讯】 + 王某某说)
_STORY_OPEN = _SENTENCE_OPEN | frozenset("—】）) \u3000")
_DATE_BEFORE = rx.compile(r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?$")


def subject_names(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of surname-led names of two to three characters (four with a compound surname) that
    stand alone between a sentence's or clause's start and a verb of speech (。王毅表示), or before
    一行/夫妇 (欢迎普京一行, transliterated names too); a body (林业部表示) or a place (河内市指出)
    ends in its word and is none."""
    out = []
    for verb, at in found_words(text, (*rules.subject_verbs, *PARTY_WORDS, *_LEADER_VERBS, *_ACTION_VERBS)):
        led_by = verb in _LEADER_VERBS
        for v0 in at:
            # a date may stand between the name and its verb (阮某某10月20日表示)
            dated = _DATE_BEFORE.search(text, max(0, v0 - 12), v0) if verb not in PARTY_WORDS else None
            v = dated.start() if dated else v0
            for length in (3, 2, 4):
                k = v - length
                # a sentence opens the name; before 一行 or 夫妇 a verb may (欢迎普京一行); so does the
                # body he speaks for before a dated verb (庆和省外事厅 + 阮某某 + 10月20日表示)
                # 由 + 金某 + 率领: only the word of leading opens the leader's name
                if led_by and not (k > 0 and text[k - 1] == _LEADER_BY):
                    continue
                if k < 0 or not (k == 0 or text[k - 1] in _STORY_OPEN or led_by or
                                 (verb in PARTY_WORDS and rules.stop_at_end(text, k)) or
                                 (dated and (rules.ends_in_org_suffix(text[max(0, k - 4):k])
                                            or text[k - 1] in rules.body_end_chars))):
                    continue
                name = text[k:v]
                if not all("\u4e00" <= c <= "\u9fff" and c not in rules.not_in_name for c in name) or name[-1] in BODY_ENDS:
                    continue
                if length == 4 and rules.compound_surnames.at(name, 0) is None:
                    continue
                led = surname_led(name, rules) or \
                    ((verb in PARTY_WORDS or led_by) and all(c in rules.transliteration for c in name))
                if led and not any(rules.stop_at(text, x) for x in range(k, v)) and \
                        not rules.ends_in_org_suffix(name) and name not in rules.subject_non_names:
                    out.append((k, v))
                    break
    return out


def object_names(text: str, rules: NameRules, blocked: set[int]) -> list[tuple[int, int]]:
    """Spans of names right after a verb of meeting or message (致电拜登,, 祝贺奥巴马当选): surname-led
    or transliterated, two to four characters, visibly ending at punctuation, a stop word or a title."""
    out = []
    for verb, at in found_words(text, rules.object_verbs):
        for v in at:
            i = v + len(verb)
            if text.startswith("了", i):
                i += 1
            # a visitor's word may stand before the one met (会见了 + 来访的 + 某某), or a short phrase
            # ending in a word for a kind of person (拜会 + 该国首富 + 某某, 会见 + 知名企业家 + 某某)
            i += next((len(w) for w in rules.object_fillers if text.startswith(w, i)), 0)
            i = _after_descriptor(text, i, rules)
            end = read_name_after(text, i, rules, blocked)
            # a transliterated name may be longer (会见了卡拉巴耶夫斯基): all its characters say so
            if end is None or not (2 <= end - i <= 4 or (
                    end - i <= 9 and all(c in rules.transliteration for c in text[i:end]))):
                continue
            name = text[i:end]
            clean = end >= len(text) or text[end] in DELIMS or end in blocked or rules.stop_at(text, end)
            if clean and name[-1] not in BODY_ENDS and name not in rules.subject_non_names and \
                    not rules.ends_in_org_suffix(name) and \
                    (surname_led(name, rules) or all(c in rules.transliteration for c in name)):
                out.append((i, end))
                out += _listed_after(text, end, rules, blocked)
    return out


def _after_descriptor(text: str, i: int, rules: NameRules) -> int:
    """Where the name starts after a descriptor of up to eight characters that ends in a word for a kind
    of person (首富, 企业家, 侨领), with no punctuation inside; else `i`."""
    for k in range(i, min(len(text), i + 8)):
        if text[k] in DELIMS:
            break
        w = next((w for w in rules.person_kind_words if text.startswith(w, k)), None) \
            if text.startswith(rules.person_kind_words, k) else None
        if w is not None:
            return k + len(w)
    return i


def _listed_after(text: str, end: int, rules: NameRules, blocked: set[int]) -> list[tuple[int, int]]:
    """Names listed after one met (会见了某某和卡拉巴耶夫。): after 和 or 、 a name of the same form,
    transliterated or surname-led of two or three characters, closed by punctuation."""
    out: list[tuple[int, int]] = []
    while end < len(text) and text[end] in "和、" and len(out) < 6:
        i = end + 1
        stop = read_name_after(text, i, rules, blocked)
        if stop is None:
            break
        name = text[i:stop]
        translit = 2 <= len(name) <= 9 and all(c in rules.transliteration for c in name)
        surnamed = 2 <= len(name) <= 3 and surname_led(name, rules)
        if not (translit or surnamed) or not (stop >= len(text) or text[stop] in DELIMS) or \
                name[-1] in BODY_ENDS or name in rules.subject_non_names or rules.ends_in_org_suffix(name):
            break
        out.append((i, stop))
        end = stop
    return out


@cache
def _verbs_or_places(verbs: tuple[str, ...], places: tuple[str, ...]) -> tuple[re.Pattern[str] | None, int]:
    """One pattern for the partner verbs and place words (None where one is empty: no shortcut), and
    the longest of them."""
    words = (*verbs, *places)
    if not all(words):
        return None, 0
    return rx.plain("|".join(map(re.escape, words)) or "(?!)"), max(map(len, words), default=0)


def partner_names(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of a meeting's partner with no title (与郭某某举行会谈, 同卡拉巴耶夫通电话): the words
    between 与/同 and a verb of meeting or talking, or a place word before one in the same clause; the
    words are a surname-led name of two or three characters (four with a compound surname) or two to
    nine transliteration characters, and no body's, place's or group's word (与美方, 与各国)."""
    out = []
    verbs = rules.partner_verbs
    # (a verb or place word starting in an opener's reach, one search: most openers have none, and their
    # reach is not read word by word)
    either, longest = _verbs_or_places(verbs, rules.partner_places)
    for _, at in found_words(text, rules.partner_openers):
        for p in at:
            i = p + 1
            if either is not None and either.search(text, i + 2, i + 10 + longest) is None:
                continue
            for end in range(i + 2, min(len(text), i + 10) + 1):
                if text.startswith(verbs, end):
                    pass
                elif text.startswith(rules.partner_places, end):
                    tail = text[end + 1:end + 16]
                    stop = next((x for x, c in enumerate(tail) if c in DELIMS), len(tail))
                    if not any(v in tail[:stop] for v in verbs):
                        continue
                else:
                    continue
                name = text[i:end]
                translit = all(c in rules.transliteration for c in name)
                # a four-character name with a compound surname only right before the verb: before a
                # place word an adverb may run on a short name (与高市 + 借此 + 在场边会晤)
                surnamed = surname_led(name, rules) and (len(name) <= 3 or (
                    len(name) == 4 and rules.compound_surnames.at(name, 0) is not None
                    and text.startswith(verbs, end)))
                if (translit or surnamed) and all(is_han(c) and c not in rules.not_in_name for c in name) and \
                        name[-1] not in BODY_ENDS and name not in rules.subject_non_names and \
                        not rules.ends_in_org_suffix(name) and \
                        not any(rules.stop_at(text, x) for x in range(i if not translit else i + 1, end)):
                    out.append((i, end))
                break
    return out
