"""Whether a plan marker before an event's verb marks what is still to come. 将 is also the
disposal preposition (将物资移交给…, 将两国关系提升为…: 'took the goods and handed them over'),
which tells a deed, not a plan: a 将 whose object runs on to a verb of handing over or making into
(移交给, 提升为, 视为) is that preposition."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, TypeVar

from dipnet.extract.common.datewords import words as _words
from dipnet.rx import plain as _plain

if TYPE_CHECKING:
    from dipnet.extract.common.page import EventPage

_CLAUSE_END = "，,。;；:：!！?？\n"
_WINDOW = 30  # characters: an object noun phrase between 将 and its verb is rarely longer


@cache
def _pattern(key: str) -> re.Pattern[str]:
    """The data's pattern `key`, compiled: looked up once, not at each of the two questions per event."""
    return _plain(str(_words()[key]))


@cache
def _listed(key: str) -> tuple[str, ...]:
    """The data's words `key` as a tuple (for startswith and endswith): made once, not per question."""
    return tuple(_words()[key])


@lru_cache(maxsize=1)
def _ahead() -> re.Pattern[str]:
    """Any word of a time ahead (下周, 明年 …): most clauses have none, and one search says so."""
    return _plain("|".join(map(re.escape, _words()["ahead_words"])) or "(?!)")


@lru_cache(maxsize=1)
def _planned() -> re.Pattern[str]:
    """Any word of arranging or wishing ahead (预祝, 获安排 …): most clauses have none, and one search
    says so (instead of a search per word)."""
    return _plain("|".join(map(re.escape, _words()["plan_words"])) or "(?!)")


@lru_cache(maxsize=1)
def _planned_or_ahead() -> re.Pattern[str]:
    """Any word of _planned or of _ahead: a span holding neither is searched once."""
    return _plain("|".join(map(re.escape, _words()["plan_words"] + _words()["ahead_words"])) or "(?!)")


@lru_cache(maxsize=1)
def _welcome_ahead() -> re.Pattern[str]:
    """Any word of welcoming what is ahead (迎接, 喜迎): one search for all of them."""
    return _plain("|".join(map(re.escape, _words()["welcome_ahead_words"])) or "(?!)")


@lru_cache(maxsize=1)
def _complement() -> re.Pattern[str]:
    return _plain("|".join(map(re.escape, _words()["disposal_verbs"])))


def disposal(text: str, at: int) -> bool:
    """The 将 at `at` is the disposal preposition: an object of two characters or more, or a pronoun
    (将其视为), follows it (not 于/在 nor another preposition or modal: 将于, 将把, 将会), not after a word of aiming (面向将…,
    力争将…: the making aimed at is still to come), then a verb of handing over or
    making into, in the same clause, with no other 将 or 把 between (双方将继续将关系提升为…: the
    first 将 is the future's)."""
    nxt = text[at + 1:at + 2]
    if not nxt or nxt in _words()["future_after_jiang"]:
        return False
    if text.endswith(tuple(_words()["aim_before_jiang"]), max(0, at - 4), at):
        return False  # 面向将双边关系提升至…: the making is aimed at, still to come
    limit = min(len(text), at + 1 + _WINDOW)
    stop = _CLAUSE_END_AT.search(text, at + 1, limit)  # (the clause's end, found in C: no step per character)
    end = stop.start() if stop else max(at + 1, limit)
    m = _complement().search(text, at + 1, end)
    if m is None or (m.start() - (at + 1) < 2 and text[at + 1:m.start()] not in _listed("disposal_pronouns")):
        return False  # (将其视为: a pronoun is an object of one character)
    return _DISPOSAL_AGAIN.search(text, at + 1, m.start()) is None


@lru_cache(maxsize=1)
def _programme_item() -> re.Pattern[str]:
    return _plain(str(_words()["programme_item"]))


@lru_cache(maxsize=1)
def _invited_by() -> re.Pattern[str]:
    return _plain(str(_words()["at_invitation"]))


def at_invitation(text: str, at: int) -> bool:
    """The 邀请 at `at` closes 应…邀请 ('at the invitation of'): the frame a trip is made under, which
    tells nothing of when (应洪森邀请赴柬埔寨出席…会议之旅 is the trip just ended), not an invitation
    to come (邀请某某出席)."""
    return _invited_by().search(text, max(0, at - _WINDOW), at) is not None


def plan_marked(rx: re.Pattern[str], text: str, a: int, b: int, decided_done: bool = False) -> bool:
    """rx.search(text, a, b) found a plan marker, not counting a disposal 将 nor the 邀请 of 应…邀请, nor
    one a word of the past stands after, before the event's verb at b (希望双方按照胡锦涛主席不久前…会见时
    提出的意见: the meeting told is an earlier one, the wish is about what it said). With `decided_done`
    (an event whose decision is the deed: aid decided on is aid granted, as 宣布提供援助 is) 决定 marks no plan."""
    if _pattern("outcome_after").match(text, b):
        return False  # 将在考量28日的…会谈结果后,确认…: the talks whose results are weighed were held
    a = _chain_start(text, a)
    if _welcomed(text, a, b) or _prepared_for(text, a, b) or _opening_awaited(text, a, b):
        return True
    either = _planned_or_ahead().search(text, a, b) is not None  # (most spans hold neither: one search, not two)
    for w in _listed("plan_words") if either and _planned().search(text, a, b) else ():  # 预祝…大会圆满成功, 会获安排与…会晤: arranged or wished for, still ahead
        at = text.rfind(w, a, b)
        if at >= 0 and not _past_before_verb(text, at + len(w), b) and \
                _CLAUSE_END_AT.search(text, at + len(w), b) is None:
            return True  # (in the verb's own clause: 经过精心筹备,会议…开幕 is done)
    for w in _listed("ahead_words") if either and _ahead().search(text, a, b) else ():  # 下周在利马会面: a time ahead before the verb plans it as 将 does
        at = text.find(w, a, b)
        if at >= 0 and not _past_before_verb(text, at + len(w), b) and not _occasion_frame(text, at + len(w), b):
            return True
    for m in rx.finditer(text, a, b):
        if m.group().startswith("决定") and (decided_done or _done_after(text, b) or _pattern("effective_from").match(text, m.end())):
            continue  # 决定向阿富汗提供…援助,首批物资已运抵: the decision the sentence tells carried out (决定自…起: from a day)
        if m.group() == "将" and disposal(text, m.start()):
            continue
        if m.group().startswith("邀请") and at_invitation(text, m.start()):
            continue
        if _past_before_verb(text, m.end(), b) or _done_in_own_clause(text, m.end(), b):
            continue
        if _occasion_frame(text, m.end(), b):
            continue
        if _occasion_object(text, m.end(), b):
            continue  # 希望双方以签署…备忘录为契机,…: the signing is the occasion, the wish is of what follows
        if m.group() == "会" and text.endswith(tuple(_words()["named_hui"]), 0, m.end()):
            continue  # 七国集团外长会发表…: the meeting's name, no 'will
        return True
    return False


def speech_planned(rx: re.Pattern[str], text: str, a: int, k: int, trig: str) -> bool:
    """将作大会发言, 将出席…论坛并发表讲话: a speech act (data: speech_act) whose own clause, or the one its 并 clause
    goes on from, plans it — an address announced, not the words a speaker says will come."""
    if _pattern("speech_act").search(text[max(a, k - 12):k + len(trig)]) is None:
        return False
    return plan_marked(rx, text, a, k)


def _welcomed(text: str, a: int, b: int) -> bool:
    """中方欢迎并重视某某访华: a side (a government, its ministry or spokesman) welcoming a visit invites it,
    still to come (not 习近平欢迎某某来访, the host at the talks)."""
    return text.startswith(_listed("welcomed_visit_words"), b) and \
        _pattern("welcome_by_side").search(text, a, b) is not None


def _opening_awaited(text: str, a: int, b: int) -> bool:
    """迎接越共十四大胜利召开: a meeting welcomed right before its name, the event's word at b in the name or its
    verb of opening after it, is ahead."""
    lo = max(a, b - 24)
    if _welcome_ahead().search(text, lo, b + 1) is None:
        return False  # (asked at every event twice: most spans hold none of the words, and one search says so)
    starts = [at + len(w) for w in _listed("welcome_ahead_words") if (at := text.rfind(w, lo, b + 1)) != -1]
    m = _pattern("welcome_ahead_after").match(text, max(starts)) if starts else None
    return m is not None and m.end() > b


def _prepared_for(text: str, a: int, b: int) -> bool:
    """正在为访华做准备, 为…会议作好准备: the event word inside a 为…准备 frame is what is prepared for, ahead."""
    opened = text.rfind("为", a, b)
    if opened == -1 or _CLAUSE_END_AT.search(text, opened, b) is not None:
        return False
    return _pattern("prepare_close").match(text, b) is not None


def _done_after(text: str, b: int) -> bool:
    """Words of completion (已运抵, 完成交接) after the event's word, in its sentence."""
    end = text.find("。", b)
    rest = text[b:end if end != -1 else min(len(text), b + 120)]
    return any(w in rest for w in _words()["done_after"])


def _occasion_object(text: str, a: int, b: int) -> bool:
    """以…签署…备忘录为契机: the event word at b stands inside a 以…为契机 frame opened after the marker."""
    opened = text.rfind("以", a, b)
    if opened == -1 or _CLAUSE_END_AT.search(text, opened, b) is not None:
        return False
    limit = min(len(text), b + _WINDOW)
    stop = _CLAUSE_END_AT.search(text, b, limit)
    end = stop.start() if stop else max(b, limit)
    return any(w in text[b:end] for w in _words()["occasion_object_close"])


def _occasion_frame(text: str, a: int, b: int) -> bool:
    """在国庆节即将到来之际: the marker stands inside the frame of the occasion an event is held at (…之际),
    closed before the event's verb — a time, no plan of the event."""
    stop = _CLAUSE_END_AT.search(text, a, b)
    frame = text[a:stop.start() if stop else max(a, b)]
    return any(w in frame for w in _words()["occasion_frame_close"])


def _past_before_verb(text: str, a: int, b: int) -> bool:
    """A word of the past in [a, b) in the verb's own clause, with no 后 between it and the verb (继去年11月
    …外长会之后,韩中外长再次会谈: what comes after the past one is still the plan)."""
    for w in _words()["past_after_plan"]:
        at = text.rfind(w, a, b)
        if at >= 0 and _PAST_STOP.search(text, at + len(w), b) is None:
            return True
    return False


def _done_in_own_clause(text: str, a: int, b: int) -> bool:
    """A marker told in an earlier clause (越南将继续深化…合作,感谢中方向越南捐赠了…物资) plans nothing of an event
    whose own clause tells it done: a perfective 了 before its word in the clause, or right after it (进行了访问,
    成功举办了…峰会, 捐赠了)."""
    start = b
    if start > a:  # (back to just after the last clause end before b, found in C)
        last = _LAST_CLAUSE_END.match(text, a, b)
        start = last.end() if last else a
    if start == a:  # (the marker's own clause)
        return False
    near = text[start:b] + text[b:b + 6].split("，")[0].split(",")[0]
    return _perfective().search(near) is not None


@lru_cache(maxsize=1)
def _perfective() -> re.Pattern[str]:
    return _plain(str(_words()["perfective_le"]))


def _chain_start(text: str, a: int) -> int:
    """Where the clause at `a` starts its scope: a clause opened by 并 (邀请某某对越南进行访问,并出席…会议)
    goes on with the previous clause's predicate, so a plan told there holds over it; so does each item
    of a programme listed with semicolons that opens on its verb (按计划,某某将与…举行会谈;会见…;出席…):
    back over such items to the first one's clause; any other clause is its own."""
    while a > 0 and text[a - 1] in ";；" and _programme_item().match(text, a):
        start = a - 1
        while start > 0 and text[start - 1] not in _CLAUSE_END:
            start -= 1
        a = start
    if a == 0 or text[a - 1] not in "，,":  # (the cheap test first: most clauses follow no comma's clause)
        return a
    if not text[a:a + 3].lstrip().startswith(_listed("chained_clause")):
        return a
    start = a - 1
    while start > 0 and text[start - 1] not in _CLAUSE_END:
        start -= 1
    return start


def tomorrow_marked(page: EventPage, tomorrow: re.Pattern[str], a: int, b: int) -> bool:
    """明天访问, 明赴越南 in [a, b): tomorrow before the verb, still to come; not a 明 that ends a person's name
    (国务委员王东明赴越南, 李光明访问: ev65, issue 13)."""
    hits = [m.start() for m in tomorrow.finditer(page.doc.text, a, b)]
    if not hits:  # (mostly none: the span's people are looked up only where a 明 stands)
        return False
    people = [(m.start, m.end) for m in page.in_span(a, b)
              if (e := page.entities.get(m.entity_id)) is not None and e.type == "PERSON"]
    return any(not any(s <= h < e for s, e in people) for h in hits)


_CLAUSE_END_AT = re.compile("[" + re.escape(_CLAUSE_END) + "]")
_LAST_CLAUSE_END = re.compile("(?s).*[" + re.escape(_CLAUSE_END) + "]")  # (its end: just after the last clause end)
_DISPOSAL_AGAIN = re.compile("[将把]")
_PAST_STOP = re.compile("[，,。;；后]")
_T = TypeVar("_T")


def _of_last_text(read: Callable[[str], _T]) -> Callable[[str], _T]:
    """`read`, remembered for the last text it was given (asked at nearly every event word of a page, issue 17; the
    text is held, so no other text can take its id)."""
    last: list = [None, None]

    def remembered(text: str) -> _T:
        if last[0] is not text:
            last[:] = [text, read(text)]
        return last[1]
    return remembered


# where the text's clause ends stand; whether a condition word stands anywhere in it (most pages hold none)
_clause_ends = _of_last_text(lambda text: [m.start() for m in _CLAUSE_END_AT.finditer(text)])
_holds_condition = _of_last_text(lambda text: _pattern("condition_opening").search(text) is not None)


def conditioned(text: str, sentence_start: int, k: int) -> bool:
    """The clause of the event word at k opens with a condition (如果, 一旦, 若 …: data condition_opening), or comes
    right after a clause of its sentence that does: what it tells happens only if the condition holds (一旦签署最终
    协定; 若停火能持续三天,某国将遣返…) — a hypothetical, no event told; not the occasion it takes (如果借…会晤的契机)."""
    if not _holds_condition(text):
        return False
    opening = _pattern("condition_opening")
    start = _clause_opening(text, sentence_start, k)
    if not opening.match(text, start):
        if start <= sentence_start or text[start - 1] not in "，,":
            return False  # (the consequence: the clause right after the condition's, parted by a comma)
        if not opening.match(text, _clause_opening(text, sentence_start, start - 1)):
            return False
    ends = _clause_ends(text)
    i = bisect_left(ends, k)  # (the clause ends where the first clause mark at or after k stands)
    end = ends[i] if i < len(ends) else len(text)
    return not any(w in text[k:end] for w in _listed("condition_occasion_close"))  # (如果借…会晤的契机: told)


def _clause_opening(text: str, lo: int, at: int) -> int:
    """Where the clause holding text[at] begins: after the last clause mark before it, not before lo."""
    if at <= lo:
        return at
    ends = _clause_ends(text)
    i = bisect_left(ends, at)  # (the last clause mark before `at`, looked up, not walked back to)
    return ends[i - 1] + 1 if i and ends[i - 1] >= lo else lo


def in_force(text: str, a: int, k: int, trig: str) -> bool:
    """将共同落实好…相关协议, 将继续有效展开所签署的各项协议: the instrument at k is the object of a verb of
    carrying it out in its own clause, or told signed before in a relative clause (所签署的, 所达成的) — one in
    force, whatever plan the clause tells of carrying it out; not when the clause signs anew (a signing word
    outside a relative clause, 将在落实…的基础上签署新协定)."""
    start = k
    while start > a and text[start - 1] not in _CLAUSE_END:
        start -= 1
    region = text[start:k + len(trig) + 1]
    relative = _pattern("signed_relative")
    if _pattern("signing_words").search(relative.sub("", region)):
        return False
    return relative.search(region) is not None or _pattern("carry_out_before").search(text, start, k) is not None
