"""An event's date and whether it is still to come: the clause's own time expression, else the
sentence's, the paragraph's, the story's or the page's day; a trip's aims and anniversaries ahead."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dipnet import rx
from dipnet.extract.attributes import datecues
from dipnet.extract.attributes.anniversarydays import fixed, known_day, marked_day, told_anniversary
from dipnet.extract.attributes.datecues import arrival_relative, copula_time, dispatch_line, glossed, lists_lands
from dipnet.extract.attributes.fromtoday import from_today
from dipnet.extract.attributes.leadday import dispatch_day, lead_day
from dipnet.extract.attributes.nameyears import election_time, names_something
from dipnet.extract.attributes.plandates import carry_plans, plan_after_trigger, planned_days  # noqa: F401 (its API)
from dipnet.extract.attributes.sinceframe import behind
from dipnet.extract.attributes.tripaims import trip_aim  # noqa: F401 (its API)
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import any_of, codebook, kept_any_of
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.common.page import EventPage
from dipnet.extract.finding.spoken import topic_time
from dipnet.model import TimeExpr
from dipnet.rx import plain as _plain
from dipnet.sentencebounds import sentence_around
from dipnet.timex.knowledge import anniversary_subject


def event_date(page: EventPage, c: Clause, k: int, etype: str) -> tuple[str | None, str | None, str | None]:
    """When an event is (`_event_date`); a trip dated by a day of the span of days the page gives it is
    on that span (a trip is dated by its first day, SPEC)."""
    date, precision, end = from_today(page, c, k, etype, *_event_date(page, c, k, etype))  # 今天起至26日: from today
    if etype == "VISIT" and precision == "day" and date and len(date) == 10 and not end:
        if (span := _trip_span(page, c, k, date)) is not None:
            return span.value, "day", span.end_value
        first = _first_day_of_ending(page, c, k, date)
        if first is not None:
            return first, "day", date
    return date, precision, end


def _first_day_of_ending(page: EventPage, c: Clause, k: int, day: str) -> str | None:
    """今天结束为期3天的访问越南行程: a trip told as ending on a day, with its length, began that many days
    before (the 24th for three days ending on the 26th)."""
    if not kept_any_of(_words()["visit_ends"]).search(page.doc.text, c.start, k):
        return None
    for t in page.times.starting_in(c.start, c.end):
        n = rx.compile(r"(\d+) days").fullmatch(t.note) if t.kind == "duration" else None
        if n and 2 <= int(n.group(1)) <= 31:
            return (dt.date.fromisoformat(day) - dt.timedelta(days=int(n.group(1)) - 1)).isoformat()
    return None


def _trip_span(page: EventPage, c: Clause, k: int, day: str) -> TimeExpr | None:
    """6月2日下午圆满结束从5月29日至6月2日对日本进行国事访问之行: the span in the trip's clause holding the day;
    4月20日,…圆满结束对越的正式访问 with 从4月16日至20日对越南进行正式访问 told beside it: the span the page
    gives that ends on the day the trip is told as ending."""
    def holds(t: TimeExpr) -> bool:
        return t.kind == "range" and t.precision == "day" and bool(t.value and t.end_value) and \
            len(t.value or "") == 10 and (t.value or "") <= day <= (t.end_value or "")
    inside = [t for t in page.times.starting_in(c.start, c.end) if holds(t) and not lists_lands(page, t)]
    if inside:
        return inside[0]
    if not kept_any_of(_words()["visit_ends"]).search(page.doc.text, c.start, k):
        return None
    return next((t for t in page.times.times if holds(t) and t.end_value == day
                 and page.doc.brief_at(t.start) == c.brief and not lists_lands(page, t)), None)


def _in_title(text: str, at: int, since: int, by: int) -> bool:
    """Whether `at` stands inside a 《…》 title opened from `since` on, no later than `by`, not yet closed."""
    opened = text.rfind("《", since, at)
    return opened != -1 and opened <= by and text.find("》", opened, at) == -1


def _event_date(page: EventPage, c: Clause, k: int, etype: str) -> tuple[str | None, str | None, str | None]:
    """The clause's own time expression; else one earlier in its sentence (what follows the clause is
    what was said, not when); else the last day named earlier in its paragraph; else the day the story
    reports (its lead's date); else the date of its page or brief."""
    times = page.times  # by start: the ones in a clause or sentence without a scan of the page's
    text = page.doc.text
    lo, hi = c.start, c.end
    sentence = [t for t in times.starting_in(*c.sentence) if t.value]
    if etype == "ANNIVERSARY" and any(v in text[c.sentence[0]:c.sentence[1]] for v in codebook().holding_verbs):
        held = [t for t in sentence if t.kind == "date" and t.precision == "day"]
        ahead = marked_day(page, c)
        if held and ahead and ahead > (held[0].value or ""):
            return ahead, "day", None  # 11月27日…举行老挝国庆50周年纪念典礼: the day ahead it marks (SPEC)
        if held:  # 12月5日…举行仪式,庆祝…107周年: the commemoration's own day
            return held[0].value, "day", None
    if etype in ("RELATION_CHANGE", "AGREEMENT"):
        for t in sentence:
            n = rx.compile(r"(\d+)\w* anniversary").match(t.note)
            # (协议签署35周年(1977.7.18—2012.7.18): the signing's day, the count right after its verb)
            near = etype == "RELATION_CHANGE" or t.start - k <= 6
            if t.kind == "anniversary" and n and t.value and k <= t.start < hi and near:  # 建交75周年(1950年…): the founding
                return f"{int(t.value[:4]) - int(n.group(1)):04d}{t.value[4:]}", t.precision, None
    if etype == "ANNIVERSARY":
        for t in times.starting_in(lo, hi):
            n = rx.compile(r"(\d+)\w* anniversary").match(t.note)
            if t.kind == "anniversary" and not t.value and n:
                founded = anniversary_subject(text[max(c.sentence[0], t.start - 30):t.start + 2], text)
                day = f"{int(founded[0][:4]) + int(n.group(1)):04d}{founded[0][4:]}" if founded else ""
                if founded and fixed(page, t, day, page.anchor(c.brief)[0]):  # 纪念建党96周年: its day, N years on
                    return day, "day", None
                told = told_anniversary(page, c, n.group(1))
                if told:  # 两国庆祝建交50周年 under a headline of 越南与新加坡建交50周年: that one's day
                    return told, "day", None
                if founded:  # the day the knowledge base knows is not the text's: its year (SPEC)
                    return day[:4], "year", None

    cb = codebook()

    def usable(t: TimeExpr) -> bool:
        # 到2025年的任务, 2030年前: a deadline the words set, not when the event is
        # (not 30年前: so many years before the report is a year in the past, resolved by timex; nor the year a
        # step of a history opens its own part with, 从1954年日内瓦协议到1973年巴黎协定: finding/datedsteps.py)
        deadline = (t.precision == "year" and t.start != lo and text.endswith(cb.deadline_before, 0, t.start)
                    and not text.endswith(tuple(_words()["looking_back"]), 0, t.start)) or \
            (text.startswith(cb.deadline_after, t.end) and not text.startswith(cb.deadline_after_verbs, t.end)
             and not datecues.years_ago(t) and not datecues.this_period(t))
        # 这是2021年…后…首次访华, 此次访问…在2018年8月…之后: a time a since-frame puts behind the event is not its date
        background = behind(text, t, k)
        # 此次访华旨在开展近期…达成的共识: 'lately' after the trigger dates what it qualifies there, not the event
        lately = t.start > k and t.kind == "relative" and t.note.startswith(("近期", "近日", "日前"))
        # 选举任命为2016-2021年任期主席之际, 《…计划(2022-2025年)》: a span of years naming a term or a
        # programme is not when the event is (a seat held for the term is: MULTILATERAL_ROLE)
        span = t.precision == "year" and bool(t.end_value) and etype != "MULTILATERAL_ROLE" and \
            (text.startswith("任期", t.end) or (text[t.start - 1:t.start] in "(（" and text[t.end:t.end + 1] in ")）"))
        # 签署《…2012-2016年经贸合作五年发展规划》: a time inside the title the verb takes names it, not the signing
        # (a title that is itself the trigger, 《2017-2022年…愿景声明》, keeps its years: they tell it apart)
        titled = etype != "MULTILATERAL_ROLE" and t.start > k and _in_title(text, t.start, k, k + 4)
        # 就中国外交部发言人11月8日发表的言论答记者问: the topic's day, not the answer's
        titled = titled or (t.start < k and topic_time(text, c.sentence[0], t.start, t.end)) or \
            datecues.names_occasion(text, t, k, etype, sentence) or \
            names_something(text, t, k, etype)  # 2025年11月例行会议, 2006-2019年阶段…会议, 《1985年…》
        # 与上周刚就任的日相…会谈: the time the person took office qualifies the person
        took_office = t.end <= k and rx.compile(str(_words()["took_office_qualifier"])).match(text, t.end) is not None
        # 2020年是中新建交30周年,外交部发表声明…: the year of the occasion, told in a clause before the event's
        occasion_year = t.precision == "year" and t.end <= lo and text.startswith(tuple(_words()["year_copula"]), t.end) \
            and any(w in text[t.end:lo] for w in _words()["year_copula_occasion"])
        return bool(t.value) and t.kind != "duration" and not deadline and not background and not lately and \
            not span and not titled and not took_office and not occasion_year and \
            (t.kind != "anniversary" or etype == "ANNIVERSARY") and not far(t)

    def opens(t: TimeExpr) -> bool:  # a year or month closing the first clause frames it all (a day there: the dateline's)
        return t.precision != "day" and text.startswith((",", "，"), t.end) and not any(
            ch in ",，;；:：" for ch in text[c.sentence[0]:t.start])

    # 访问结束后,双方发表…: the event follows the range the story gave, on its last day
    ending = any_of(cb.end_markers).search(text, c.sentence[0], k) is not None

    # an anniversary years from the report (a founding misread from 罗 of 密克罗尼西亚) dates nothing it reports
    report = (page.anchor(c.brief)[0] or "")[:4]

    def far(t: TimeExpr) -> bool:
        y = (t.value or "")[:4]
        return t.kind == "anniversary" and report.isdigit() and y.isdigit() and abs(int(y) - int(report)) > 1

    if etype == "ANNIVERSARY":
        own = [t for t in times.starting_in(lo, hi) if t.kind == "anniversary" and t.value and not far(t)]
        known = [d for t in own if (d := known_day(page, t, page.anchor(c.brief)[0]))]
        if known or own:  # 国庆65周年: the national day itself (where the text fixes it), else its year
            return (known[0], "day", None) if known else (own[0].value, own[0].precision, None)

    if (arrived := arrival_relative(page, c, k)) is not None:
        return arrived[0], arrived[1], None  # 到访前一日,…签署: the day before the arrival told before
    if (before := datecues.day_before_told(page, c, k)) is not None:
        return before[0], before[1], None  # 在他离世前一日,…宣布: the day before the one told (datecues)
    own_times = list(filter(usable, times.starting_in(lo, hi)))  # (the clause's usable times: asked here and below)
    if not own_times and (cop := copula_time(page, c, usable)) is not None:
        return cop.value, cop.precision, cop.end_value  # 上一次访问东南亚,是2023年12月…: the copula tells when
    for a, b in ((lo, hi), (c.sentence[0], lo)):
        passing = cb.passing_markers.search(text, c.sentence[0], k) if (a, b) != (lo, hi) else None  # (某某曾访华 too)
        if passing and not any(usable(t) and t.kind == "date" and t.explicit_year and (t.start >= passing.end() or opens(t))
                               for t in times.starting_in(c.sentence[0], k)):  # (2011年,某某曾访华: the year opening it)
            year = datecues.recent_year(page, c, passing.group())  # 近期,…如:某某访问: the page's year (SPEC)
            return year, "year" if year else None, None  # 不久前访越: mentioned in passing, on no day the page gives
        # (近期,在某某于2011年10月访华期间,双方签署…: a year told after the marker dates it)
        if (a, b) != (lo, hi) and cb.recent_markers.search(text, c.sentence[0], k):
            date, precision = page.anchor(c.brief)
            if date and precision in ("day", "month"):
                return date[:7], "month", None  # 近日致电: lately, in the page's month
        got = own_times if (a, b) == (lo, hi) else list(filter(usable, times.starting_in(a, b)))
        while (a, b) == (lo, hi) and len(got) > 1 and (dispatch_line(text, got[0]) or glossed(text, got[0], got[1])):
            got = got[1:]  # 新华社南宁10月29日电…峰会将于30日举行: the dispatch's day, not the event's
        if got:
            t = datecues.own_time(text, got, k) if (a, b) == (lo, hi) else got[-1]
            if (a, b) != (lo, hi) and got[0].start - a <= 2 and got[0].kind == "date" and got[0].precision == "day":
                t = got[0]  # 4月7日,回答有关…4月3日进入…的提问时指出: the sentence's opening day is its own
            # a bare year naming the occasion (出席2025年…论坛) rather than framing a span (2025年底)
            names = t.kind == "date" and t.end < len(text) and "\u4e00" <= text[t.end] <= "\u9fff" and \
                text[t.end] not in cb.year_frame_after
            # (…before the trigger, only the day the sentence opens with: 李克强31日在会见…时,对…出席2012年
            # 博鳌论坛予以评价 dates the meeting, not the forum)
            days = [x for x in sentence if x.start < min(k, t.start) and x.precision == "day"
                    and x.kind in ("date", "range") and x.value and (t.start > k or x.start - c.sentence[0] <= 2)] \
                if (a, b) == (lo, hi) and t.precision == "year" and (t.start > k or names) else []
            if days and etype != "ANNIVERSARY" and not t.end_value and \
                    days[-1].value[:4] == t.value[:4]:  # type: ignore[index]
                t = days[-1]  # 8月31日…会见来华出席2025年…峰会的…: the year names the summit, the day the meeting
            if (a, b) == (lo, hi) and t.kind == "range" and _describes_visitor(text, t, k):
                opening = [x for x in sentence if x.start < lo and x.precision == "day" and x.kind == "date"]
                if opening:  # 4月28日,…为4月27日至29日对越南进行正式访问的日本首相举行欢迎仪式: the trip's days
                    t = opening[-1]  # describe the visitor; the day the sentence opened with dates the event
            year = (t.value or "")[:4]
            # (…会议今天落幕: a day word relative to the report dates it too, not one of 'lately')
            later = [x for x in got[1:] if x.precision == "day" and (x.kind == "date" or (
                x.kind == "relative" and not x.note.startswith(tuple(_words()["lately_words"])))) and (x.value or "")[:4] == year] \
                if (a, b) == (lo, hi) and t.precision == "year" and names and t.start < k and not days else []
            if later and etype != "ANNIVERSARY":
                t = later[0]  # 2025年东盟峰会10月26日在吉隆坡开幕: the year names the summit, the day after it dates it
            day_before = [x for x in sentence if x.start < lo and x.precision == "day" and x.kind == "date"]
            if t.precision == "year" and t.end_value and day_before and \
                    day_before[-1].value[:4] <= t.value[:4]:  # type: ignore[index]
                t = day_before[-1]  # 3月17日,…召开2026—2031年任期首次会议: the day, not the term
            t = election_time(text, t, sentence, lo, etype) or t  # 2019年6月,…当选2020-2021年任期…: the election's
            # 完成…任期(2020-2021年): the term's last year where it is over (not a trip's: 结束于8月10日至13日…访问 the 10th)
            ends = etype != "VISIT" and rx.compile(str(_words()["term_ends"])).search(text[c.start:t.start])
            if t.end_value and ((ends and datecues.term_over(page, c, t)) or ending):
                return t.end_value, t.precision, None
            said = _said_today(page, c.sentence[0], c.brief, t)
            if said:
                return said, "day", None  # 某某在仪式上表示,今天的签字仪式…: the day the words were said
            if t.kind == "relative" and t.value and t.note.startswith(tuple(_words()["lately_words"])):
                return t.value[:7], "month", None  # 日前…发表联合声明: lately, in the page's month (as 近日致电)
            return t.value, t.precision, t.end_value
    if (after := datecues.year_after(page, c, k)) is not None:  # 一九七四年…。…于第二年访问了中国: 1975
        return after, "year", None
    seg = page.doc.segment_at(c.start)
    if seg and (then := datecues.that_time(page, seg.start, c.sentence[0], k)) is not None:
        return then  # 上次访问是在2007年。当时…赴朝鲜访问: at the time told just before
    last = carried if seg and (carried := _day_carried(page, seg.start, c.start)) and not behind(text, carried, k) else None
    stay = bool(seg and _stay_opener().match(text, seg.start, seg.end))
    if seg and last is None and c.brief is None and (stay or kept_any_of(_words()["story_goes_on"]).search(
            text, seg.start, min(seg.end, seg.start + 12))):
        # 欢迎仪式后,双方举行会谈 / 会谈结束后,…签署: the paragraph carries on the day the one before it named;
        # 访问越南期间,…会晤: the paragraph tells of the stay the one before it dated (its days, even before
        # the report's: a trip that ended before the report)
        last = times.last_starting_in(0, seg.start, _story_goes_on)
        # a stay is on the trip's days only where the trip was over by the report's day (a round-up, a
        # look back); told while it lasts, what the stay brought is the report's news, of its day
        over = stay and last is not None and bool(last.end_value) and bool(page.story_day) and \
            (last.end_value or "") < (page.story_day or "") and _near(last.value, page.story_day)
        if last is not None and (page.doc.brief_at(last.start) is not None or
                                 (not over and page.story_day and (last.value or "") < page.story_day)):
            last = None  # (a teaser's day, or one before the story's: background)
    if last and not datecues.not_carried(page, c, k, last, etype):  # the story goes on at the day it last named
        said_from = sentence_around(text, last.start, "。!?\n")[0]
        told = _said_today(page, said_from, c.brief, last) if last.kind == "relative" else None
        if told:  # (本报济南11月20日讯 今天下午…。会谈后,…签署: the dispatch's day)
            return told, "day", None
        return (last.end_value if ending and last.end_value else last.value), last.precision, None
    # a paragraph that opens with a year ('2019年,越南…。此外,越南同欧盟签署了…') frames what it goes on to tell
    named = [t for t in times.starting_in(seg.start, c.start) if t.value and t.kind != "duration"] if seg else []
    if seg and named and named[0].start - seg.start <= 1 and named[0].precision == "year" and len(named) == 1 \
            and named[0].kind == "date" and text.startswith(",", named[0].end):
        return named[0].value, "year", None
    trip = datecues.trip_told_before(page, c)
    if trip is not None:  # 3月22日至4月1日…进行国事访问。在荷兰,习近平会见了…: during the trip the page reports
        return trip.value, trip.precision, None
    told = lead_day(page) if c.brief is None else None
    if told:
        return told, "day", None
    date, precision = page.anchor(c.brief)
    return date, precision, None


def _said_today(page: EventPage, sentence_start: int, brief: int | None, t: TimeExpr) -> str | None:
    """'Today' in reported words (…表示,今天的签字仪式标志着…) is the day they were said, the story's; in the
    reporter's words under a dispatch line (本报济南11月20日讯 今天下午…) it is the dispatch's day — not the
    page's (a report posted the day after)."""
    text = page.doc.text
    if t.kind != "relative" or text[t.start:t.end] not in _words()["today_words"] or brief is not None:
        return None
    if any(v in text[sentence_start:t.start] for v in codebook().report_verbs):
        day = lead_day(page)
    else:
        day = dispatch_day(page)
    return day if day and t.value and len(day) == 10 and day < t.value and _near(day, t.value, 3) else None


_GUESS_SLACK = 14  # days: how far an inferred page date may fall short of the report's day


def after_report(date: str | None, anchor: str | None, guessed: bool) -> bool:
    """Whether an event's date is after the report's, at the coarser of the two precisions (明年 in a
    report of 2013 is 2014, after it). Where the page's date was inferred (a lead's day, a year from the
    office holders), a day just after it (周二(10月1日) on a page read as of 29 September) says the
    inference fell short: only a date at least two weeks on, or in a later year, is still to come
    (连任2026-2028任期 on a page of October 2025; 9月上旬 on a page of 6 August)."""
    if not (date and anchor) or not date[:len(anchor)] > anchor[:len(date)]:
        return False
    if not guessed:
        return True
    if date[:4] > anchor[:4]:
        return True
    if len(anchor) < 10:
        return False
    first = dt.date(int(date[:4]), int(date[5:7]) if len(date) >= 7 else 1, int(date[8:10]) if len(date) >= 10 else 1)
    return (first - dt.date.fromisoformat(anchor)).days > _GUESS_SLACK


def announced_day(page: EventPage) -> bool:
    """A page dated from its lead's day where that day is an announcement's ('华春莹周四(8月15日)宣布,…苏林
    18日至20日…访华'): the report is of that day, so a day after it is still to come (no slack for a lead
    day that might be an event's before the report)."""
    got: bool | None = page.__dict__.get("_announced_day")
    if got is None:
        pub, text = page.doc.published, page.doc.text
        lead = rx.compile(r"lead '([^']+)'").search(pub.evidence or "") if pub and pub.method == "inferred" else None
        at = text.find(lead.group(1)) if lead else -1
        after = text[at + len(lead.group(1)):at + len(lead.group(1)) + 12] if lead and at >= 0 else ""
        got = page.__dict__["_announced_day"] = any(w in after for w in _words()["announcing"])
    return got


def span_end(page: EventPage, c: Clause, k: int, trig: str, etype: str, date: str | None,
             precision: str | None) -> str | None:
    """The last day of a trip or meeting told by its length beside its verb (为期4天的正式访问, 一连两天的国事访问,
    访问3天), counted from its first day; the day of a trip told as ending (20日结束…访问)."""
    if etype not in ("VISIT", "CONFERENCE") or precision != "day" or not date or len(date) != 10:
        return None
    if etype == "VISIT" and any(w in page.doc.text[c.start:k] for w in _words()["visit_ends"]):
        return date  # 20日结束了对越南的访问: the day told is the trip's last (one trip with its days before)
    # (a span of two days named together ends where a length would: 今明两天举行的峰会 as 两天)
    for t in page.times.starting_in(max(c.start, k - 14), min(c.end, k + len(trig) + 8)):
        if t.kind == "range" and t.value == date and t.end_value and len(t.end_value) == 10 and "two days" in t.note:
            return t.end_value  # 8日启程出席今明两天举行的峰会: the two days beside the verb, from the day told
        if t.start < k - 12:
            continue
        n = rx.compile(r"(\d+) days").fullmatch(t.note) if t.kind == "duration" else None
        if n and 2 <= int(n.group(1)) <= 31:
            try:
                return (dt.date.fromisoformat(date) + dt.timedelta(days=int(n.group(1)) - 1)).isoformat()
            except ValueError:
                return None
    return None


def _near(value: str | None, day: str | None, days: int = 31) -> bool:
    """Whether a day lies within a month of the report's day (no report day: not known, so yes)."""
    if not day or len(day) != 10:
        return True
    if not value or len(value) != 10:
        return False
    try:
        return abs((dt.date.fromisoformat(value) - dt.date.fromisoformat(day)).days) <= days
    except ValueError:
        return False


def _describes_visitor(text: str, t: TimeExpr, k: int) -> bool:
    """A trip's days in a clause describing the visitor, before the event's verb (为4月27日至29日对越南进行
    正式访问的日本首相举行欢迎仪式) or after it, in its object (会见了由某某率领于3月2日至6日对越南进行访问的代表团)."""
    return _visitor_clause().match(text, t.end, k if t.start < k else len(text)) is not None


def _day_carried(page: EventPage, a: int, b: int) -> TimeExpr | None:
    """The day the paragraph last named before b, which a clause with no time of its own goes on at —
    passing over, where the paragraph named the story's day before them, the trip's days of a visitor
    described in passing (会见了于3月2日至6日访越的代表团。会见后,…) and a day of another year told as
    background (两国于1962年9月5日建交。会谈后,…): the story goes on at its own day."""
    times, text = page.times, page.doc.text
    last = times.last_starting_in(a, b, _story_goes_on)
    aside = last
    while aside is not None and _told_aside(page, text, aside):
        aside = times.last_starting_in(a, aside.start, _story_goes_on)
    if aside is not None and aside is not last and _near(aside.value, page.story_day):
        return aside
    return last


def _told_aside(page: EventPage, text: str, t: TimeExpr) -> bool:
    # (a day told with its year: one told without it, 12月5日 read back into last year, is the story's own)
    background = t.explicit_year and bool(page.story_day) and (t.value or "")[:4] < (page.story_day or "")[:4] and \
        not _near(t.value, page.story_day)
    return background or (t.kind == "range" and _visitor_clause().match(text, t.end) is not None)


def _story_goes_on(t: TimeExpr) -> bool:
    return bool(t.value) and t.kind in ("date", "range", "relative") and t.precision == "day"


def sums_up(text: str, c: Clause) -> bool:
    """A sentence that sums up the page's news (…等是越南过去一周的主要新闻事件)."""
    return any(w in text[c.sentence[0]:c.sentence[1]] for w in _words()["summary_sentence"])


@lru_cache(maxsize=1)
def _visitor_clause() -> re.Pattern[str]:
    return _plain(str(_words()["visitor_clause"]))


@lru_cache(maxsize=1)
def _stay_opener() -> re.Pattern[str]:
    return _plain(str(_words()["stay_opener"]))
