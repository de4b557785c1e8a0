"""Instruments referred back to, no signing told (issue 13, ordinary pages): the agreements a party is
to carry out, named by what was reached or signed before and by no name of their own (落实所达成的协议,
落实所签署的协议, 展开落实…所达成各合作协议, 实施各项自由贸易协定, 有效落实此前签署的重要合作协议, 推动高层协议落实). SPEC counts a signing, or a named
instrument referred to (the open gold: 有效实施大米贸易合作备忘录, …关于…的声明); a generic back-reference
names none. Kept: a dated one (落实2015年…所签署的合作协议, a retrospective the text dates) and one the
sentence then names (落实所签署的合作协议,尤其是…的声明). The cues are data (data/signings.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.finding.signings import signings_data
from dipnet.kb import COUNTRY, load_kb
from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = signings_data()
    return _plain(d["generic_reference_before"]), _plain(d["generic_reference_named_after"])


@lru_cache(maxsize=1)
def _titled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = signings_data()
    return _plain(d["titled_instrument_after"]), _plain(d["titled_reference_before"])


def titled_reference(text: str, clause_start: int, k: int, end: int) -> bool:
    """Is the instrument word at k..end the end of a title (《越中陆地边界管理制度协定》) that a verb of carrying it
    out names (按照, 落实, 贯彻, 遵守)? Such an instrument is named, and SPEC counts a named instrument referred
    to as an AGREEMENT (the open gold: 按照《…协定》对…进行处理), where a bare or generic one (落实协议) is none."""
    closes, verb = _titled()
    if closes.match(text, end) is None:
        return False
    opens = text.rfind("《", clause_start, k)
    return opens != -1 and verb.search(text, clause_start, opens) is not None


def paired_set(text: str, clause_start: int, k: int) -> bool:
    """Is the instrument word at k a counted set named by two countries' short forms (越中陆地边界三个法律文件)?
    Such a set is named as a title names one instrument, so a verb of carrying it out (落实, 遵守) or its count
    does not turn it down (SPEC: a named instrument referred to is an AGREEMENT; the open gold counts this one)."""
    return _pair_opens(text, clause_start, k, 2, _pair_set())


def paired_name(text: str, clause_start: int, k: int) -> bool:
    """Is the instrument word at k the end of a name two countries' short forms open (中越联合声明, 越柬两国外交部的
    协议, 越澳全面伙伴关系声明)? The pair names the instrument as a title does, so a verb of carrying it out (落实,
    根据) does not turn it down (SPEC: a named instrument referred to is an AGREEMENT; the official dev2 n20 counts
    落实中越两党…合作计划), where 越中双方同意落实协议 (the pair the subject) or 两国领导人所达成的协议 names none."""
    return _pair_opens(text, clause_start, k, 1, _pair_name())


def _pair_opens(text: str, clause_start: int, k: int, least: int, rest: re.Pattern[str]) -> bool:
    """Do two different countries' short forms stand within 20 characters before k, with `rest` filling the text
    from them to k (at least `least` characters after the pair's first)?"""
    kb = load_kb()
    short = kb.short_forms()
    for i in range(max(clause_start, k - 20), k - least):
        a, b = short.get(text[i]), short.get(text[i + 1])
        if a is not None and b is not None and a[0] != b[0] and rest.fullmatch(text, i + 2, k) is not None \
                and not any(e.type == COUNTRY for e in kb.by_name(text[i:i + 2])):  # (智利: one land's name, 智 and 利 both short forms)
            return True
    return False


@lru_cache(maxsize=1)
def _pair_name() -> re.Pattern[str]:
    return re.compile(signings_data()["paired_name_inside"])


@lru_cache(maxsize=1)
def _pair_set() -> re.Pattern[str]:
    return _plain(signings_data()["paired_set_before"])


@lru_cache(maxsize=1)
def paired_only_words() -> frozenset[str]:
    """The instrument words that name an instrument only as a set two countries name (法律文件)."""
    return frozenset(signings_data()["paired_only_words"])


def carried_out(text: str, start: int, k: int) -> bool:
    """Does a verb of carrying an instrument out (落实, 遵守, 贯彻) stand in [start, k)? An instrument so
    referred to exists, whatever a suggestion before the verb asks of it (建议双方落实…)."""
    return _carry().search(text, start, k) is not None


@lru_cache(maxsize=1)
def _carry() -> re.Pattern[str]:
    return _plain(signings_data()["carry_out_verbs"])


def generic_reference(text: str, sentence: tuple[int, int], k: int, end: int) -> bool:
    """Is the instrument word at k..end one carried out that the sentence names only by its having been
    reached or signed (and names no instrument of its own after it)?"""
    before, named = _cues()
    return before.search(text[sentence[0]:k]) is not None and named.match(text, end, sentence[1]) is None


def generic_signing(text: str, sentence: tuple[int, int], k: int, end: int) -> bool:
    """Is the signing verb at k..end the one inside such a back-reference (基于…所签署的文件: a generic instrument
    right after it), no signing told?"""
    verb_before, verb_after, done_before = _signing_cues()  # (the match after the verb first: the sentence's search only where it holds)
    if verb_after.match(text, end) is None:
        return False
    # (推进已签署的合作协议: 已 tells it signed before only with 的 after the verb; 已签署合作协议 tells a signing)
    return verb_before.search(text[sentence[0]:k]) is not None \
        or text.startswith("的", end) and done_before.search(text[sentence[0]:k]) is not None


@lru_cache(maxsize=1)
def _signing_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = signings_data()
    return _plain(d["generic_signing_before"]), _plain(d["generic_signing_after"]), _plain(d["generic_signing_done_before"])
