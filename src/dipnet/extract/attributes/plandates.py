"""What a page announces for later: the days a plan told without days of its own takes, the plan told
right after an event's noun, and a trip told again that is the planned one (split from eventdates.py)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cues
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.common.page import EventPage
from dipnet.model import Event, TimeExpr
from dipnet.rx import plain as _plain

# what a page announces for later is dated by its own days: these are the kinds of event a trip or a
# programme lists (an anniversary, a term or an election has a day of its own that no plan moves)
_PLANNED_KINDS = ("VISIT", "MEET", "CALL", "CONFERENCE", "AGREEMENT")
_PLAN_HORIZON = 62  # days: a plan a page reports is for the coming weeks, not for a date months on


def _ahead(t: TimeExpr, ref: str, horizon: str) -> bool:
    """A day after the report's, or a later month (计划于今年9月上旬举行), within the horizon."""
    v = t.value or ""
    later = (t.precision == "day" and len(v) == 10 and ref < v <= horizon) or \
        (t.precision == "month" and len(v) == 7 and ref[:7] < v <= horizon[:7])
    return later and t.kind in ("date", "range", "relative")


def planned_days(page: EventPage, c: Clause, k: int, etype: str, date: str | None
                 ) -> tuple[str, str, str | None] | None:
    """A planned event told without days of its own (即将对越南进行访问; 此访期间,将分别同…会谈; 还将访问
    武汉) or dated by the day the plan was made known (10月13日,…正式确认将出访越南: the 13th is the
    confirming): the days the page gives for what is still to come (将于10月18日至21日…), the nearest
    such days before it in the page, else the first after it. None where its date is already ahead."""
    if etype not in _PLANNED_KINDS:
        return None
    ref, precision = page.anchor(c.brief)
    if precision != "day":
        ref = page.story_day if c.brief is None else None
    if not ref or len(ref) != 10:
        return None
    if date and date > ref[:len(date)]:
        return None  # days (or a month, a year) of its own ahead of the report's
    # a day before the report's is the announcing's (他于15日…透露其访华日程定于5月20日至26日): only days
    # ahead told in the same sentence after the event's word replace it
    # (a headline or sentence with no time of its own, 某某启程对甲、乙进行正式访问并出席…峰会, took the story's day:
    # no announcing, the page's days ahead date it)
    announced = bool(date) and (date or "") < ref[:len(date or "")] and any(
        t.value and t.kind != "duration" for t in page.times.starting_in(*c.sentence))
    text = page.doc.text
    cb = codebook()
    if any(cb.planned.search(text, _clause_start(text, c.sentence[0], t.start), t.start)
           for t in page.times.starting_in(c.sentence[0], k) if t.value and t.kind != "duration"):
        return None  # 将于今天下午会见, 预计将于10月中旬访问: the plan's own time, the report's day or month
    if text.startswith(tuple(_words()["clause_day_parts"]), c.start) and any(
            t.value and t.precision == "day" and t.kind != "duration" for t in page.times.starting_in(c.sentence[0], c.start)):
        return None  # 今天上午抵达东京,下午将与…举行会谈: the afternoon of the day its sentence named
    if any(t.value == ref and text[t.start - 1:t.start] in cues("plan_day_before")
           for t in page.times.starting_in(c.start, k) if t.kind == "date"):
        return None  # (ev8) 首相也正在协调于30日与某某举行会谈: the day the clause plans it for, the report's own
    try:
        day = dt.date.fromisoformat(ref)
    except ValueError:
        return None
    horizon = (day + dt.timedelta(days=_PLAN_HORIZON)).isoformat()

    # the page's times ahead of the report (read once a page and brief: a page of many plans asks often)
    cache: dict[tuple[int | None, str], list[TimeExpr]] = page.__dict__.setdefault("_times_ahead", {})
    key = (c.brief, ref)
    if key not in cache:
        cache[key] = [t for t in page.times.times if _ahead(t, ref, horizon) and page.doc.brief_at(t.start) == c.brief]
    found = cache[key]
    starts = [t.start for t in found]
    i, j = bisect_left(starts, k), bisect_left(starts, c.sentence[1])
    here = found[i:j]
    # (another sentence's month is that plan's — 两国计划于4月举行磋商。新加坡总理将访问越南 is not of April —
    # unless the sentence points back at it: 此访期间, 届时)
    sent = text[c.sentence[0]:c.sentence[1]]
    tied = any(w in sent for w in (*_words()["back_reference"], *_words()["within_plan"]))
    before = [t for t in found[:bisect_left(starts, c.sentence[0])] if t.precision == "day" or tied]
    after = [t for t in found[j:] if t.precision == "day" or tied]
    got = here[0] if here else None if announced else before[-1] if before else after[0] if after else None
    if not got or not got.value:
        return None
    # a trip or a conference spans the days; a meeting or a signing is on one of them
    return got.value, got.precision, got.end_value if etype in ("VISIT", "CONFERENCE") else None


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause holding `at` begins (after the last comma or semicolon before it, not before lo):
    a plan marker in an earlier clause (…即将访华,他于15日…透露) is not the plan of a time in this one."""
    return max([lo] + [text.rfind(ch, lo, at) + 1 for ch in ",，;；"])


def plan_after_trigger(text: str, k: int, trig: str) -> bool:
    """The plan told right after the event's noun (…的会谈将于24日进行; 会谈后将前往北京), or its date said to
    be made known later in the sentence (中方欢迎某某访华,会在适当时候公布日期)."""
    if _plan_after().match(text, k + len(trig)) is not None or _itinerary_told(text, k, trig):
        return True
    end = text.find("。", k)
    rest = text[k:end if end != -1 else min(len(text), k + 80)]
    return _date_to_come().search(rest) is not None


def _itinerary_told(text: str, k: int, trig: str) -> bool:
    """说明了某某的访华行程, 就某某访问老挝的日程回答提问: a trip whose itinerary its clause tells or explains is a
    programme laid out, not a trip made (what is told of a trip under way or done says 结束, 成果 …)."""
    m = _plain(str(_words()["itinerary_after"])).match(text, k + len(trig))
    if m is None:
        return False
    lo = max([text.rfind(ch, 0, k) + 1 for ch in ",，。;；\n"] + [max(0, k - 40)])
    hi = min([i for i in (text.find(ch, m.end()) for ch in ",，。;；\n") if i != -1] + [m.end() + 20])
    return _plain(str(_words()["itinerary_telling"])).search(text, lo, hi) is not None


@lru_cache(maxsize=1)
def _date_to_come() -> re.Pattern[str]:
    """Any of the words saying a date will be made known (one search, not a test per word)."""
    return _plain("|".join(map(re.escape, _words()["date_to_come"])) or "(?!)")


@lru_cache(maxsize=1)
def _plan_after() -> re.Pattern[str]:
    return _plain(str(_words()["plan_after_trigger"]))


def _one_plan(plan: Event, e: Event) -> bool:
    """The same trip (a visitor in common, the same host) or the same meeting (第十一次会议 named in
    both, one name holding the other)."""
    if e.type == "VISIT":
        return bool(plan.target) and plan.target == e.target and bool(set(plan.source) & set(e.source))
    a, b = str(plan.attributes.get("name") or ""), str(e.attributes.get("name") or "")
    return bool(a and b) and (a in b or b in a)


def carry_plans(events: list[Event], text: str, times_in: Callable[[int, int], list[TimeExpr]],
                shown: Callable[[int], bool] = lambda pos: False) -> None:
    """A trip or meeting the page tells again without a day of its own (此次访华意义非凡; 菅义伟对越南的访问有助于…, a
    headline) is the planned one it told (将从6月19日至21日对中国进行国事访问): planned, on its days. Not a
    trip told as done or as an earlier one (已, 曾, 不久前…), unless the sentence points back at this one
    (此次, 此访). Read once the page's events are all found, before they are merged (so the two become one)."""
    marks = tuple(_words()["back_reference"])
    cb = codebook()
    # (a departure is the trip itself under way: 启程出席…并对美国进行工作访问)
    past = tuple(cb.done_markers) + tuple(_words()["told_as_past"]) + tuple(cb.departure_words)
    plans = [e for e in events if e.status == "planned" and e.type in ("VISIT", "CONFERENCE") and e.date
             and (e.target or e.attributes.get("name"))]
    if not plans:
        return
    for e in events:
        if e.type not in ("VISIT", "CONFERENCE") or shown(e.start):
            continue  # (a photo caption shows what took place)
        sentence = text[e.start:e.end]
        if not any(w in sentence for w in marks) and \
                (any(w in sentence for w in past) or cb.passing_markers.search(sentence)):
            continue
        lately = tuple(_words()["lately"])
        if any((t.value or (t.kind == "date" and t.precision == "day")) and t.kind not in ("duration", "anniversary")
               and not t.note.startswith(lately) and (t.precision in ("day", "month") or t.explicit_year)
               for t in times_in(e.start, e.end)):
            # a time of its own (此次访问于5日开始, 上次访问是在2017年; 周日(18日)抵达 on a page whose month is not
            # known: a day told all the same), not 日前 (when the speaker spoke)
            continue
        # (a plan told without its days, 欢迎某某即将访华, is the one the page dates: 将在11月4至6日访问)
        plan = next((p for p in plans if p is not e and p.brief == e.brief and p.type == e.type and _one_plan(p, e)), None)
        if plan is not None:
            e.status, e.date, e.date_precision, e.end_date = "planned", plan.date, plan.date_precision, plan.end_date
