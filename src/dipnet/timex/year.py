"""The year of a page whose text and URL do not print it: every signal weighed, none trusted alone.

Hard bounds first, each narrowing the years a page can be of: the terms of office of the people it
names with a title (the years most of those terms share: a historical figure named in passing,
'胡志明主席', does not veto the rest), eras and numbered congresses it mentions (新冠 -> 2020 or
later), and the month-day it reports when one is known (a term that ends in January holds no
December). Within the bounds, votes: anniversaries (建交75周年 -> founding + 75, '明年是…70周年' ->
a year before), numbered sessions, year-end reviews, a weekday stated beside a month-day, the
latest year the text speaks of as present, and the site's article id read against calibrated ids.
The caller gets the year, a confidence, the evidence, and the years the bounds left open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dipnet.rx import plain as _plain
from dipnet.rxneeds import finditer as _needing  # no scan of a text without the words a match needs

from ..model import TimeExpr
from .anchors import valid_date
from .annual import annual_month
from .chairs import vote_chairs
from .editions import edition_votes
from .heldnow import held_month
from .history import around, founded_years
from .knowledge import founding_before, numbered_mentions
from .numerals import to_int
from .pairs import relation_in
from .patterns import clause_before, gated  # a skip set where the engine has none of its own (dipnet.rx)
from .reviews import summed_up
from .roc import roc_votes
from .siteclock import IdEstimate
from .spoken import TERM_BEFORE, present_years, since_years, told_as_last_time
from .tenure import FIRST, LAST, _date_of, _open_end, tenure_regions
from .termage import term_age_votes
from .words import WORDS

_Y = WORDS["year"]  # the pattern words and small tables of this module (data/timewords.json)
_P = _Y["patterns"]
REVIEW = gated(_P["review"])  # '2013年即将接近尾声'
STATS = gated(_P["stats"])  # figures for part of a year: '2024年前三季度', '2019年前5个月'
# a whole year's figure told as reached ('2017年中国与湄公河五国贸易总额达2200亿美元'): published once the
# year is over, mostly early the next; estimates and part-year figures are not
FULL_YEAR = gated(_P["full_year"])
# a rank held over a whole year ('2018年继续成为越南最大的贸易伙伴'): told once the year is over
FULL_YEAR_RANK = gated(_P["full_year_rank"])
SINCE_COUNT = gated(_P["since_count"])  # '自1992年建交27年来'
STATS_MONTH: dict[str, int] = _Y["part_year_months"]
# an election for a term that starts next year ('选举产生2026—2028任期…成员', '连任2026-2028任期',
# '当选2027年至2028年度…理事国': the term's span of years)
TERM_ELECTION = gated(_P["term_election"])
# a congress congratulated on or briefed on as just held ('祝贺…十九大圆满闭幕', '成功举行…第十三次全国代表大会', '通报十九大情况')
JUST_HELD_BEFORE = gated(WORDS["congress_just_held_before"])
JUST_HELD_AFTER = gated(WORDS["congress_just_held_after"])
AHEAD_BEFORE = gated(WORDS["congress_ahead_before"])  # '迎接越共十四大胜利召开', '为…大会做准备': still to come
AHEAD_AFTER = gated(WORDS["congress_ahead_after"])
_WD = "一二三四五六日天"
WEEKDAY_PAIRS = [gated(_P["weekday_after_date"]), gated(_P["weekday_before_date"])]  # '8月27日(星期二)', '周三(10月2日)'
REL_YEAR_BEFORE: dict[str, int] = _Y["relative_years"]
# a relative year word ('去年', '明年') and nothing that names another year after it, up to a mention
_TOLD_YEAR_BEFORE = _plain(_P["told_year_before"])
# the year written in a bracket beside the relative word ('本(2024)年9月', '去(2012)年同期', in Taiwan the
# Republic of China year: '去(111)年'), and a year
# of the Republic of China calendar ('中华民国112年', '民国113年'; folded to Simplified before reading)
BRACKET_YEAR = gated(_P["bracket_year"])
_BRACKET_SHIFT: dict[str, int] = _Y["bracket_year_shift"]
_ANNIV_REL_YEAR = _plain(_P["anniversary_relative_year"])
_DATED_CLAUSE_YEAR = _plain(_P["dated_clause_year"])
_ANNIV_AHEAD = _plain(_P["anniversary_ahead_before"])  # '联合举行好两国建交60周年…纪念活动': still to come
_FOUNDING = _plain(_P["founding_words"])
_SINCE_COUNT_AFTER = _plain(_P["since_count_after"])
_SINCE_COUNT_BEFORE: str = _P["since_count_before_word"]
# what stands between a year and the 'N年来' counted from it in one clause ('1974年…破冰之旅后五十年来')
_SINCE_YEAR_IN_CLAUSE = _plain(_P["since_year_in_clause"])
_TARGET_BEFORE_FULL_YEAR = _plain(_P["target_before_full_year"])
_REL_YEAR_WRITTEN = _plain(_P["relative_year_written"])
_REL_YEAR_DAY = _plain(_P["relative_year_day"])  # '明年1月3日', the same day the page writes with its year elsewhere
_REVIEW_TITLE = _plain(_P["review_title"])


@dataclass
class YearGuess:
    year: int
    confidence: float
    evidence: str
    month: int | None  # a month the evidence itself points to (a review in December, an id bracket)
    open_years: tuple[int, int]  # the years the bounds left open
    # the days all the named people's terms share, where they bound the page within its year (for a bare
    # day, '昨天(13日)', to pick its month): None when they do not
    span: tuple[dt.date, dt.date] | None = None


def _votes(text: str, title: str, times: list[TimeExpr]) -> tuple[defaultdict[int, float], dict[int, str], dict[int, int]]:
    votes: defaultdict[int, float] = defaultdict(float)
    why: dict[int, str] = {}
    month_hint: dict[int, int] = {}

    def vote(y: int, w: float, ev: str, month: int | None = None) -> None:
        votes[y] += w
        why.setdefault(y, ev)
        if month:
            month_hint.setdefault(y, month)

    for t in times:  # anniversaries: '建交75周年', '(1950年2月3日—2025年2月3日)', '明年是…70周年', '以明年…70周年为契机'
        if t.kind != "anniversary" or not t.value:
            continue
        clause = _plain(r"[。;!?]").split(text[max(0, t.start - 40):t.start])[-1]
        rel = _ANNIV_REL_YEAR.search(clause)
        shift = -REL_YEAR_BEFORE[rel.group(1)] if rel else 0
        if not rel and not t.explicit_year and _DATED_CLAUSE_YEAR.search(clause):
            continue  # '2015年,两国开展庆祝越中建交65周年…': a dated past celebration
        if not rel and _ANNIV_AHEAD.search(clause):
            continue  # '联合举行好两国建交60周年的纪念活动': celebrations yet to be prepared, not the page's year
        month = int(t.value[5:7]) if t.explicit_year and t.precision in ("day", "month") and not shift else None
        vote(int(t.value[:4]) + shift, 2.5 if t.explicit_year or rel else 2.0,
             f"anniversary {text[t.start:t.end]!r}: {t.note}" + (f" ({rel.group(1)})" if rel else ""), month)
    # 'N年来' counted from a founding the text itself dates ('1945年8月28日…外交部也于同日成立')
    founded = [t for t in times if t.explicit_year and t.precision in ("day", "month") and t.kind == "date"
               and _FOUNDING.search(text[t.end:t.end + 40])]
    for t in times:
        m = _plain(r"(\d+) years").match(t.note) if t.kind == "duration" else None
        if not m or not _SINCE_COUNT_AFTER.match(text[t.end:t.end + 2]) and _SINCE_COUNT_BEFORE not in text[max(0, t.start - 3):t.start]:
            continue
        n = int(m.group(1))
        if (y0 := _year_in_clause(text, times, t)) is not None and y0.value:  # the clause's year comes first
            vote(int(y0.value[:4]) + n, 3.0, f"{text[t.start:t.end]}来 since {text[y0.start:y0.end]} (the same clause)")
        elif founded and founded[0].value:
            f0 = founded[0].value
            vote(int(f0[:4]) + n, 3.0, f"{text[t.start:t.end]}来 since {f0} ({text[founded[0].start:founded[0].end]})", int(f0[5:7]))
        elif (fb := founding_before(text[max(0, t.start - 30):t.start], text)):
            vote(int(fb[0][:4]) + n, 1.0, f"{text[t.start:t.end]}来 since {fb[1]} {fb[0]}")
        elif text.endswith("建交", 0, t.start) and (near := relation_in(around(text, t.start - 2, t.end))):
            vote(int(near[0][:4]) + n, 1.0, f"建交{text[t.start:t.end]}来 since {near[1]} {near[0]} (the sides told beside it)")
    for m in _needing(REVIEW, text):  # a year-end review: '2013年即将接近尾声'
        vote(int(m.group("y")), 3.0, f"year-end review {m.group()!r}", 12)
    for t in times:  # a term told before it begins ('任期从2024年1月1日起') was filled before it: the day before
        if t.explicit_year and t.value and t.kind == "date" and TERM_BEFORE.search(text[max(0, t.start - 8):t.start]):
            start = _date_of(t.value, False)
            vote((start - dt.timedelta(days=1)).year, 1.5, f"a term beginning {t.value} is filled before it")
    for m in STATS.finditer(text):  # figures for part of a year are published in that year, once the part is over
        got = STATS_MONTH.get(m.group("q") or "") or (int(m.group("n")) + 1 if m.group("n") else None)
        if got and got <= 12:
            vote(int(m.group("y")), 1.0, f"figures for {m.group()!r}", got)
    for m in _needing(SINCE_COUNT, text):  # '自1992年建交27年来': the year counted from, plus the years counted
        count = to_int(m.group("n"))
        if count and not m.group("more") and FIRST <= int(m.group("y")) + count <= LAST:  # '30多年来' only bounds
            vote(int(m.group("y")) + count, 2.5, f"{m.group()!r}")
    for y, told in full_years(text):
        vote(y + 1, 0.8, f"a whole year's figure {told!r} is published after it")
    for m in BRACKET_YEAR.finditer(text):  # '本(2024)年9月19日': the page's own year, written out
        shift = _BRACKET_SHIFT[m.group("w")]
        vote(int(m.group("y")) + (1911 if len(m.group("y")) == 3 else 0) + shift, 3.0, f"{m.group()!r}", int(m.group("m")) if m.group("m") and not shift else None)
    for args in roc_votes(text, times, LAST):  # the Republic of China calendar (Taiwan's pages)
        vote(*args)
    for m in _needing(_REL_YEAR_WRITTEN, text):
        vote(int(m.group(2)) - REL_YEAR_BEFORE[m.group(1)], 3.0, f"{m.group()!r}")
    dated = {t.value[5:]: int(t.value[:4]) for t in times if t.explicit_year and t.precision == "day" and t.value}
    for m in _needing(_REL_YEAR_DAY, text) if dated else ():
        if (dy := dated.get(f"{int(m.group(2)):02d}-{int(m.group(3)):02d}")) is not None:
            vote(dy - REL_YEAR_BEFORE[m.group(1)], 3.0, f"{m.group()!r} is the {dy} day the page writes")
    for y, w, ev, bound in edition_votes(text):
        if not bound:
            vote(y, w, ev)
    for m in _needing(TERM_ELECTION, text):
        vote(int(m.group("y")) - 1, 2.0, f"election for a term starting next year {m.group()!r}")
    tm = _REVIEW_TITLE.match(title)
    if tm:
        vote(int(tm.group(1)), 2.0, f"review title {title[:20]!r}", 12)
    for m in (m for rx in WEEKDAY_PAIRS for m in _needing(rx, text)):
        mo, d = int(m.group("m")), int(m.group("d"))
        want = min(_WD.index(m.group("w")), 6)
        for y in range(FIRST, LAST + 1):
            day = valid_date(y, mo, d) if 1 <= mo <= 12 else None
            if day and day.weekday() == want:
                vote(y, 2.0, f"weekday beside {m.group()!r} holds in {y}")
    return votes, why, month_hint


def _year_in_clause(text: str, times: list[TimeExpr], t: TimeExpr) -> TimeExpr | None:
    """The written year an 'N年来' counts from in its own clause ('1974年访华之后五十年来'), or None."""
    for y0 in times:
        if (y0.explicit_year and y0.value and y0.kind == "date" and y0.end <= t.start
                and _SINCE_YEAR_IN_CLAUSE.search(text[y0.end:t.start])):
            return y0
    return None


def full_years(text: str) -> list[tuple[int, str]]:
    """(year, words) of each whole year's figure told as reached; not '到2020年…达' nor '力争…': a
    target ('至2023年…达' is 'as of', a figure reached)."""
    return [(int(m.group("y")), m.group()) for rx in (FULL_YEAR, FULL_YEAR_RANK) for m in _needing(rx, text)
            if not _TARGET_BEFORE_FULL_YEAR.search(text[max(0, m.start() - 8):m.start()])]


def _days_by_year(windows: list[tuple[dt.date, dt.date, frozenset[str]]], years: list[int]) -> dict[int, int]:
    """How many days of the windows fall in each of `years`; none when a window runs to the open end of
    the terms still held (the knowledge base's 'current' says nothing of how late a page is)."""
    out: dict[int, int] = {}
    if any(b.year >= _open_end() for _a, b, _ns in windows):
        return out
    for a, b, _ns in windows:
        for y in years:
            lo, hi = max(a, dt.date(y, 1, 1)), min(b, dt.date(y, 12, 31))
            if lo <= hi:
                out[y] = out.get(y, 0) + (hi - lo).days + 1
    return out



def _congress_ahead(text: str, span: tuple[int, int]) -> bool:
    """迎接…胜利召开, 为越共十四大做准备: a congress still to come (no bound, no 'just held')."""
    a, b = span
    return bool(AHEAD_BEFORE.search(text[max(0, a - 8):a]) or AHEAD_AFTER.search(text[b:b + 12]))


def _congress_just_held(text: str, span: tuple[int, int]) -> bool:
    a, b = span
    return not _congress_ahead(text, span) and bool(JUST_HELD_BEFORE.search(text[max(0, a - 16):a]) or JUST_HELD_AFTER.search(text[b:b + 8]))


def infer_year(text: str, title: str = "", tenure: Sequence[tuple[str, str, str | None]] = (),
               times: list[TimeExpr] | None = None, *, month_day: tuple[int, int] | None = None,
               site: IdEstimate | None = None, latest: dt.date | None = None) -> YearGuess | None:
    """The page's year from what the text implies, the month-day it reports (when known) and the
    site's article id (when calibrated); None when nothing bears on the year. `latest`: the newest
    day the page can be of (the day it was fetched; today when unknown)."""
    from .parse import find_times  # the caller usually has them; parse imports nothing from here

    times = find_times(text, None) if times is None else times
    votes, why, month_hint = _votes(text, title, times)
    for ty, tw, tev, tmo in term_age_votes(text, tenure, latest):  # '卢拉再度出任巴西总统满一百日'
        votes[ty] += tw
        why.setdefault(ty, tev)
        if tmo:
            month_hint.setdefault(ty, tmo)
    lo, bound_ev = FIRST, []
    for nm in numbered_mentions(text):  # numbered sessions vote; congresses, terms and eras bound
        if nm.kind in ("event", "happening"):  # a happening is reported mostly, not only, in its year
            # '去年11月…在旧金山会晤': a page telling an event as last year's is of the year after it
            told = _TOLD_YEAR_BEFORE.search(clause_before(text, nm.span[0]))
            y = nm.start - REL_YEAR_BEFORE[told.group(1)] if told else nm.start
            votes[y] += 2.5 if nm.kind == "event" else 1.0
            why.setdefault(y, f"{nm.text} ({nm.name}) was in {nm.start}" + (f", told as {told.group(1)}'s" if told else ""))
            if (held := held_month(text, nm, y)) and y not in month_hint:  # told in the head as held now
                month_hint[y], why[y] = held[0], why.get(y, "") + held[1]
        if nm.kind == "congress" and nm.start == nm.end and _congress_just_held(text, nm.span):
            # '祝贺…十九大圆满闭幕': a congress congratulated on or briefed on as just held is of the page's year
            votes[nm.start] += 2.0
            why.setdefault(nm.start, f"{nm.text} ({nm.name}, {nm.start}) told as just held")
        if nm.kind == "congress" and _congress_ahead(text, nm.span):
            continue  # 为越共十四大做准备: the page is not after it
        if nm.kind != "event" and nm.start > lo:
            lo = nm.start
            bound_ev.append(f"{'in term' if nm.kind == 'term' else 'after'} {nm.text} ({nm.start})")
    latest = min(latest or dt.date.today(), dt.date.today())
    since = [y for y in since_years(text, times) if y <= latest.year]
    if since and max(since) > lo:  # '自2019年以来…': not older than the year counted from
        lo = max(since)
        bound_ev.append(f"counts from {lo} as past")
    history_lo = lo  # a founding year bounds the page but says nothing of which later year it is of
    founded = [y for y in founded_years(text, times) if y <= latest.year]
    if founded and max(founded) > lo:
        lo = max(founded)
        bound_ev.append(f"after a founding told in {lo}")
    for y, _w, ev, bound in edition_votes(text):
        if bound and y > lo:
            lo = y
            bound_ev.append(ev)
    # a whole year's figure is published once the year is over: the page is of a later year (as a
    # bound only when it leaves a year the fetch allows)
    reached = [y + 1 for y, _ in full_years(text) if y + 1 <= min(LAST, latest.year)]
    if reached and max(reached) > lo:
        lo = max(reached)
        bound_ev.append(f"after a whole year's figure for {lo - 1}")
    regions = tenure_regions(tenure)

    def cover(y: int, md: tuple[int, int] | None) -> int:
        """How many of the named people held their post on the reported day of year y (or at some
        point of year y when no day is known)."""
        day = valid_date(y, *md) if md else None
        if md and day is None:
            return -1
        if not regions:  # (no term named: none covers, and no generator is made for each year)
            return 0
        return max((len(ns) for a, b, ns in regions
                    if (a <= day <= b if day else a.year <= y <= b.year)), default=0)

    last = min(LAST, latest.year)  # no page is newer than its fetch, nor than today
    if month_day and last == latest.year and (day := valid_date(last, *month_day)) and day > latest:
        last -= 1  # the day it reports had not yet come in the year it was fetched
    years = range(lo, last + 1)
    if not years:  # what the text bounds from below is newer than the fetch: nothing fits
        return None
    best = max((cover(y, month_day) for y in years), default=0)
    if regions and best <= 0 and month_day:  # the month-day fits no term: trust the terms' years
        month_day_for_terms = None
        best = max(cover(y, None) for y in years)
    else:
        month_day_for_terms = month_day
    # all the named people in office together: a hard bound. Terms that never all meet (a
    # historical figure, a post misread) only weigh, each year by how many of them it fits
    everyone = len({n for _, _, ns in regions for n in ns})
    hard = bool(regions) and best == everyone
    allowed = [y for y in years if not hard or cover(y, month_day_for_terms) == best]
    present = present_years(text, times)
    p_max = max(present) if present else None
    p_max = summed_up(text, p_max, votes, why, month_hint)  # a year summed up at its end: December (reviews.py)
    last_time = p_max is not None and told_as_last_time(text, times, p_max)  # '上次访华是在2023年4月'
    # the knowledge base's terms can be stale or a post misread: where the text's own years or the
    # site's ids lie wholly outside them, the terms weigh instead of bounding
    if hard and allowed and ((p_max is not None and p_max > allowed[-1]) or (site is not None and (
            (site.lo is not None and site.lo.year > allowed[-1]) or (site.hi is not None and site.hi.year < allowed[0])))):
        hard, allowed = False, list(years)
    windows = [(a, b, ns) for a, b, ns in regions if len(ns) == best and
               any(a.year <= y <= b.year for y in allowed)]
    # with no day to test, a year the terms all share for a few days only is less likely than one
    # they share for months ('2022-12-30..2023-07-25': 2023): each year weighed by its share of them
    shared = _days_by_year(windows, allowed) if hard and month_day_for_terms is None else {}
    # votes only for years no page can be of yet (a term starting after today) say nothing
    if not (any(y in years for y in votes) or present or regions or site or history_lo > FIRST):
        return None

    vote_chairs(text, allowed, votes, why, month_hint)  # '中国担任金砖国家轮值主席': 2011, 2017 or 2022
    # an id past the calibrated ones is read at the rate of the nearest two: the farther out, the
    # less sure its day, so its reach widens with the distance from the nearest point (half of it)
    edge = None if site is None or (site.lo is None) == (site.hi is None) else site.lo or site.hi
    reach = max(365.0, abs((site.mid - edge).days) / 2) if site is not None and edge is not None else 365.0

    def score(y: int) -> float:
        s = votes.get(y, 0.0)
        if p_max is not None:
            # a page speaks of its own year or the last one as present, rarely of years long past
            s += 1.0 if y == p_max else max(-0.3, 0.6 - 0.3 * (y - p_max - 1)) if y > p_max else -1.5
            s += (0.6 if y == p_max + 1 else -0.6 if y == p_max else 0.0) if last_time else 0.0
        if site is not None:
            day = valid_date(y, *month_day) if month_day else None
            ylo, yhi = site.years()
            inside = (site.lo is None or (day or dt.date(y, 12, 31)) >= site.lo) and \
                     (site.hi is None or (day or dt.date(y, 1, 1)) <= site.hi)
            ref = day or dt.date(y, 7, 1)
            s += (2.0 if inside else 0.0) + 2.0 * max(0.0, 1 - abs((ref - site.mid).days) / reach)
        if regions and not hard:
            s += 0.8 * max(0, cover(y, month_day_for_terms))
        if shared:
            s += 0.3 * shared.get(y, 0) / max(shared.values())
        # nothing else: the middle of the open years (terms, or an era's start to today), not their
        # first: the year that is, on average, least far from the truth
        if (regions or lo > FIRST) and len(allowed) > 1:
            mid = (allowed[0] + min(allowed[-1], _open_end())) / 2
            s += 0.1 * (1 - abs(y - mid) / max(1, len(allowed)))
        return s

    # (of years that tie, the latest: a page is read nearer the time it was written than not)
    ranked = sorted(allowed, key=lambda y: (score(y), -abs(y - (p_max or y)), y), reverse=True)
    y = ranked[0]
    top = score(y)
    margin = top - (score(ranked[1]) if len(ranked) > 1 else 0.0)
    parts = [why[y]] if y in why else []
    if p_max is not None:
        parts.append(f"latest year spoken of as present: {p_max}")
    if site is not None:
        parts.append(site.evidence)
    if windows:
        names = sorted({n.split("#")[0] for _, _, ns in windows for n in ns})
        parts.append(f"terms of {'、'.join(names)}: {windows[0][0]}..{windows[-1][1]}")
    if regions and not hard:
        parts.append("the terms of office named never all meet: weighed, not bounding")
    parts += bound_ev[-1:]
    open_years = (allowed[0], allowed[-1])
    if len(allowed) == 1:
        conf = 0.8
    else:
        conf = min(0.8, 0.25 + 0.08 * max(0.0, top) + 0.1 * min(margin, 3.0))
    ev = "; ".join(parts) + (f"; years {open_years[0]}-{open_years[1]} open" if len(allowed) > 1 else "")
    month = month_hint.get(y)
    if month is None and hard and windows and windows[0][0].year == windows[-1][1].year == y and \
            windows[0][0].month == windows[-1][1].month:
        month = windows[0][0].month  # the terms named overlap within one month: the page is of it
    if month is None and site is not None and site.lo and site.hi and (site.hi - site.lo).days <= 120 \
            and site.mid.year == y:
        month = site.mid.month  # a narrow id bracket places the month too
    if month is None:
        for m in STATS.finditer(text):  # figures for a period are published once it is over
            if int(m.group("y")) == y:
                got = STATS_MONTH.get(m.group("q") or "") or (int(m.group("n")) + 1 if m.group("n") else None)
                if got and got <= 12:
                    month, ev = got, ev + f"; figures for {m.group()!r}"
                    break
    if month is None and month_day is None and (held := annual_month(text, y)):  # '在海南博鳌会晤' of 2018: April
        month, ev = held[0], ev + "; " + held[1]
    span = (windows[0][0], windows[-1][1]) if hard and windows and windows[0][0].year == windows[-1][1].year == y else None
    return YearGuess(y, round(conf, 2), ev, month, open_years, span)
