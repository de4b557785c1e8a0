"""Years a page's text speaks of as its present or past, and the ones it counts from (split from year.py):
a year told as a target ('至2025年', '2045年愿景'), a plan or a proposal, an invitation, a term of office
or a plan named by its span, or a starting point ('自1992年建交以来', '2009年4月出任首相后') is none of them."""

from __future__ import annotations

from dipnet.rx import plain as _plain

from ..model import TimeExpr
from .history import told_as_history
from .patterns import gated  # a skip set where the engine has none of its own (dipnet.rx)
from .tenure import FIRST, LAST
from .words import WORDS

_P = WORDS["year"]["patterns"]  # (data/timewords.json)
# a year before which it is said to be reached, or after which what is planned for it comes, is a
# target, not the present: '至2025年', '2023年将双边贸易额提升至…'
FUTURE_BEFORE = gated(_P["future_before"])
FUTURE_AFTER = gated(_P["future_after"])
# …and so is a year in a sentence that proposes what to do ('建议…配合在2025年举办好…纪念活动',
# '希望2026年…'): the sentence's words before the year, back to its start
PROPOSING = gated(_P["proposing"])
# …or invites someone to do in it ('邀请日本外相2021年访华'; not '应…邀请', the visit being told)
_INVITATION = _plain(_P["invitation_before"])
_INVITATION_RECEIVED = _plain(_P["invitation_received"])
# a year that begins a term of office is the term's, not the page's ('任期从2024年1月1日起', '任期自…开始'),
# and a span named as the term an election fills ('担任2016-2017年度安理会非常任理事国')
TERM_BEFORE = gated(_P["term_before"])
# 将/拟/计划 just before a date: the date is of something still to come, not of the report
PLANNED = _plain(WORDS["planned"])
TERM_SPAN_AFTER = gated(_P["term_span_after"])
# …and the same span told as two years joined ('选举…5国为2019年和2020年安理会非常任理事国'): both years the term's
TERM_PAIR = gated(_P["term_pair"])
# a year told as a starting point is history, not the present: '自1992年建交以来', '从2016年起'
SINCE_AFTER = gated(_P["since_after"])
SINCE_FROM = gated(_P["since_from"])
# a clause that, after the year and a comma, tells what is to be done: '2020年,越方将在…'
CLAUSE_FUTURE = gated(_P["clause_future"])
# a range followed by a term, or a plan, or preceded by a plan's name or a review ('2011-2015年…规划')
_TERM_AFTER_RANGE = _plain(_P["term_after_range"])
_PLAN_AFTER_RANGE = _plain(_P["plan_after_range"])
_PLAN_BEFORE_RANGE = _plain(_P["plan_before_range"])
_REVIEW_BEFORE_RANGE = _plain(_P["review_before_range"])
# a span signed, adopted or opened now is of its first year: '签署2018-2020年阶段合作备忘录', '召开第N次代表大会
# (2022-2027年任期)', '签署了…合作计划(2019 - 2021)' (its end is ahead, not the present)
_SIGNED_BEFORE_SPAN = _plain(_P["span_signed_before"])
_INSTRUMENT_AFTER_SPAN = _plain(_P["span_instrument_after"])
_CONGRESS_BEFORE_SPAN = _plain(_P["span_congress_before"])
_PLAN_PAREN_SPAN = _plain(_P["plan_paren_span"])


def _opened_span(text: str, t: TimeExpr) -> bool:
    """The range `t` names the span of what is signed or adopted ('签署…2018-2020年阶段合作备忘录') or of
    the term a congress opens ('代表大会(2022-2027年任期)')."""
    before = text[max(0, t.start - 16):t.start]
    return bool((_SIGNED_BEFORE_SPAN.search(before) and _INSTRUMENT_AFTER_SPAN.match(text[t.end:t.end + 14]))
                or _CONGRESS_BEFORE_SPAN.search(text[max(0, t.start - 5):t.start]))


def present_years(text: str, times: list[TimeExpr]) -> list[int]:
    """Years the text speaks of as past or present (not targets: '至2025年', '2045年愿景', nor a
    term or plan named by its span: '2026—2028任期', '2011-2015年…规划')."""
    out = []
    pairs = [m.span() for m in TERM_PAIR.finditer(text)]
    signed = [m for m in _PLAN_PAREN_SPAN.finditer(text) if _SIGNED_BEFORE_SPAN.search(text[max(0, m.start() - 30):m.start() + 2])]
    out += [int(m.group(1)) for m in signed if FIRST <= int(m.group(1)) <= LAST - 5]
    for t in times:
        if not t.explicit_year or t.kind in ("anniversary", "lunar") or not t.value:
            continue
        if any(a <= t.start < b for a, b in pairs):
            continue  # (a term's span told as two years joined)
        y = int(t.value[:4])
        before, after = text[max(0, t.start - 3):t.start], text[t.end:t.end + 4]
        if t.precision == "year" and (FUTURE_BEFORE.search(before) or FUTURE_AFTER.search(after)):
            continue
        if t.precision == "year" and PROPOSING.search(text, max(text.rfind("。", 0, t.start), t.start - 80) + 1, t.start):
            continue
        if t.precision == "year" and CLAUSE_FUTURE.match(text[t.end:t.end + 18]):
            continue
        if t.precision in ("year", "month") and _invited(text, t.start):
            continue
        if TERM_BEFORE.search(text[max(0, t.start - 8):t.start]):
            continue  # the start of someone's term, told before it begins
        opened = t.kind == "range" and t.end_value is not None and _opened_span(text, t)
        if t.kind == "range" and TERM_SPAN_AFTER.match(text[t.end:t.end + 24]) and not opened:
            continue
        if t.kind != "range" and (SINCE_AFTER.match(text[t.end:t.end + 18]) or SINCE_FROM.match(text[t.end:t.end + 4])):
            continue  # a starting point: the page is later (see since_years), not of that year
        if told_as_history(text, t):
            continue  # a founding told as history (see founded_years)
        if t.kind == "range" and t.end_value:
            if _TERM_AFTER_RANGE.match(after) and not opened:
                continue
            reviewed = bool(_REVIEW_BEFORE_RANGE.search(text[max(0, t.start - 8):t.start]))
            if not reviewed and (opened or _PLAN_AFTER_RANGE.match(text[t.end:t.end + 16]) or
                                 _PLAN_BEFORE_RANGE.search(text[max(0, t.start - 8):t.start])):
                # the span a plan, a roadmap or a phase of work covers ('2018年至2020年…路线图',
                # '2020-2025年阶段的…'): its end is ahead, the page at its start or within it
                y = int(t.value[:4])
            else:
                y = int(t.end_value[:4])
                if reviewed and y <= LAST:
                    y += 1  # a review of a period (a plan's, a phase's too) is held once the period is over
        if FIRST <= y <= LAST - 5:
            out.append(y)
    return out


def _invited(text: str, at: int) -> bool:
    """The year at `at` is when someone is invited to come ('邀请…茂木敏充2021年访华'): a plan, not the present."""
    start = max(text.rfind("。", 0, at), at - 60) + 1
    m = _INVITATION.search(text, start, at)
    return m is not None and not _INVITATION_RECEIVED.search(text, start, m.start())


def since_years(text: str, times: list[TimeExpr]) -> list[int]:
    """Years the text counts from as past ('自1992年建交以来', '2019年以来'): the page is of that year or later."""
    return [int(t.value[:4]) for t in times
            if t.explicit_year and t.value and t.kind != "range" and SINCE_AFTER.match(text[t.end:t.end + 18])
            and FIRST <= int(t.value[:4]) <= LAST]


_LAST_TIME = _plain(WORDS["last_time_before"])


def told_as_last_time(text: str, times: list[TimeExpr], year: int) -> bool:
    """Every mention of `year` is the time before ('贝尔伯克上次访问中国是在2023年4月', '两人此前于2023年…'):
    the page is of a later time than that year's mentions, not of them."""
    hits = [t for t in times if t.explicit_year and t.value and t.value[:4] == str(year) and t.kind != "anniversary"]
    return bool(hits) and all(_LAST_TIME.search(text, max(text.rfind("。", 0, t.start) + 1, t.start - 20), t.start)
                              for t in hits)
