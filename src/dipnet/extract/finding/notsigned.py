"""Signing words and instrument words that tell no signing (issue 13, unseen pages): a handover
certificate signed at an aid handover, a running count of partners signed with, an instrument's name
inside the name of its parties' meeting. The words are data (data/signings.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.finding.signings import signings_data
from dipnet.model import Event
from dipnet.rx import plain as _plain

_CLAUSE_END = ",，。;；!?"




@lru_cache(maxsize=1)
def _instruments() -> tuple[str, ...]:
    return tuple(signings_data()["instrument_words"])


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = signings_data()
    return _plain(d["count_of_partners"]), _plain(d["meeting_after_instrument"]), \
        _plain(d["instrument_after_enforcement"])


@lru_cache(maxsize=1)
def _deals() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = signings_data()
    return _plain(d["deal_figure_after"]), _plain(d["deal_total_before"])


def _deal_figure(sentence: str, trig: str, at: int) -> bool:
    """签约项目金额8000亿元, 共签订合作项目6609个: a sum or count of deals, no signing of an instrument."""
    figure, total = _deals()
    rest = _clause_after(sentence, at + len(trig))
    return bool(figure.match(rest)) or bool(total.search(sentence[:at]) and figure.search(rest))


_SENTENCE_END = "。!?！？\n"
_FRAME_REACH = 300  # how far back the sentence's start is looked for


def running_total(text: str, k: int, end: int) -> bool:
    """迄今,…;共签署15份自贸协定, 建交以来,俄哈共签署450多个…文件: the signing word at k..end sums up the instruments
    signed since a time the sentence opens with (a to-date frame before it, a total word right before it, a count
    right after it) — a figure, no signing (rs1, issue 13). 访问期间,双方共签署12份合作文件 (no such frame) is kept."""
    _, total = _deals()
    d = signings_data()
    if not total.search(text, max(0, k - 2), k) or not _plain(d["instruments_counted_after"]).match(text, end):
        return False
    lo = max(0, k - _FRAME_REACH)
    opened = max([text.rfind(ch, lo, k) for ch in _SENTENCE_END] + [lo - 1]) + 1
    return _plain(d["running_total_frame"]).search(text, opened, k) is not None


def _occurrences(sentence: str, word: str) -> list[int]:
    out, at = [], sentence.find(word) if word else -1
    while at != -1:
        out.append(at)
        at = sentence.find(word, at + 1)
    return out


def _clause_after(sentence: str, at: int) -> str:
    end = next((i for i in range(at, len(sentence)) if sentence[i] in _CLAUSE_END), len(sentence))
    return sentence[at:end]


def _handover_paper(sentence: str, trig: str, at: int) -> bool:
    """签署了疫苗交接证书: the signing verb's object is a handover certificate, no instrument; nor is a
    law or decree signed at home (签署“领海基线法案”, 签署行政令)."""
    rest = _clause_after(sentence, at + len(trig))
    docs = tuple(signings_data()["handover_documents"]) + tuple(signings_data().get("domestic_acts", ()))
    return any(d in rest for d in docs) and not any(w in rest for w in _instruments())


# the types not_signed reads (prune asks it of these only)
SIGNED_TYPES = ("AGREEMENT", "LAW_ENFORCEMENT", "AID")


def not_signed(ev: Event, sentence: str) -> bool:
    """Does the sentence tell no signing where the AGREEMENT's trigger stands (every occurrence), or name
    a treaty where a LAW_ENFORCEMENT word stands, or the people who gave aid where an AID word does?"""
    if ev.type not in SIGNED_TYPES:
        return False
    trig = str(ev.attributes.get("trigger", ""))
    where = _occurrences(sentence, trig)
    if not where:
        return False
    counted, meeting, treaty = _patterns()
    if ev.type == "LAW_ENFORCEMENT":  # 引渡条约: the treaty's name, no extradition carried out
        return all(treaty.match(sentence, at + len(trig)) for at in where)
    if ev.type == "AID":  # 中国援越退伍军人: the people who once gave it, no aid given
        givers = _plain(signings_data()["aid_people_after"])
        return all(givers.match(sentence, at + len(trig)) for at in where)

    def void(at: int) -> bool:
        if counted.search(sentence, 0, at):
            return True  # 迄今已同74个国家…签署: a standing count, a fact (a relation count may list the new
            # partners it grew by, 新增加意大利…后,越南已与13个国家建立…: those are events, RELATION_CHANGE's)
        if trig in _instruments() and meeting.match(sentence, at + len(trig)):
            return True  # 区域全面经济伙伴关系协定领导人会议: a meeting's name
        if trig not in _instruments() and _deal_figure(sentence, trig, at):
            return True  # 预计达成签约项目金额8000亿元: a figure
        return trig not in _instruments() and _handover_paper(sentence, trig, at)

    return all(void(at) for at in where)


def adopted_at_home(ev: Event, sentence: str, lands: dict[str, str]) -> bool:
    """与会代表通过决议和行动计划: a document one country's meeting adopts (every party of one land, the
    document's word after a verb of adopting) is no agreement between parties."""
    if ev.type != "AGREEMENT":
        return False
    theirs = {lands.get(p) for p in ev.participants}
    if len(theirs) != 1 or None in theirs:
        return False
    trig = str(ev.attributes.get("trigger", ""))
    where = _occurrences(sentence, trig)
    adopted = _plain(signings_data()["adopted_before"])
    return bool(where) and all(adopted.search(sentence[:at]) for at in where)
