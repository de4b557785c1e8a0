"""Cues of an event's date read beside the time itself (split from eventdates.py): a dispatch line's day, a
year so many years ago, a span of days followed by a list of countries (a tour's)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dipnet import rx
from dipnet.extract.attributes.modality import plan_marked
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook, kept_any_of
from dipnet.extract.common.datewords import words as _words
from dipnet.extract.common.page import EventPage
from dipnet.model import TimeExpr
from dipnet.timex.patterns import WORDS as _timewords  # (the words the time stage reads them by)


def dispatch_line(text: str, t: TimeExpr) -> bool:
    """The day of a dispatch line (南宁10月29日电, 河内17日专电, 北京2日讯), or of the page's stamp opening the
    line the clause starts on (date 2026-01-22 某某与某某23日通电话): when the page was filed, not the event's."""
    if t.precision != "day":
        return False
    if rx.compile(str(_timewords["dispatch_stamp_after"])).match(text, t.end):
        return True
    line = max(text.rfind("\n", 0, t.start), -1) + 1
    return bool(rx.compile(str(_words()["stamp_before"])).fullmatch(text, line, t.start)) and \
        bool(rx.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}").fullmatch(text, t.start, t.end))


def glossed(text: str, t: TimeExpr, nxt: TimeExpr) -> bool:
    """今天(18日)开始…访问: a relative day glossed by the day in brackets right after it; the day told wins."""
    return t.kind == "relative" and nxt.kind == "date" and nxt.precision == "day" and \
        text[t.end:nxt.start] in ("(", "（") and text[nxt.end:nxt.end + 1] in (")", "）")


def years_ago(t: TimeExpr) -> bool:
    """30年前 read by timex as the year so many years before the report (a relative year)."""
    return t.kind == "relative" and t.precision == "year" and t.note.endswith("years before the anchor")


def lists_lands(page: EventPage, t: TimeExpr) -> bool:
    """After a span of days, up to the sentence's end, two countries or more listed together (甲国、乙国和丙国,
    甲国及乙国): the span is a tour of them, no one country's stay."""
    text = page.doc.text
    stop = min([i for i in (text.find(ch, t.end) for ch in "。;!?\n") if i != -1] or [len(text)])
    lands = [m for m in page.in_order(t.end, stop)
             if (e := page.entities.get(m.entity_id)) is not None and e.type == "COUNTRY"]
    joined = tuple(_words()["list_joiners"])
    return any(text[a.end:b.start].strip() in joined and page.entities.get(a.entity_id) != page.entities.get(b.entity_id)
               for a, b in zip(lands, lands[1:], strict=False))


def copula_time(page: EventPage, c: Clause, usable: Callable[[TimeExpr], bool]) -> TimeExpr | None:
    """The time the clause after the event's tells with a copula (习近平上一次访问东南亚,是2023年12月对越南…)."""
    text = page.doc.text
    cue = rx.compile(str(_words()["copula_before_time"]))
    for t in page.times.starting_in(c.end, min(c.sentence[1], c.end + 8)):
        # (not a frame of time: '…,是今年以来首位…', '是今年首次': a year the report is in says nothing new)
        told = t.precision in ("day", "month") or (t.explicit_year and t.kind == "date")
        if usable(t) and told and cue.match(text[c.end:t.start]) and not text.startswith(("以来", "来"), t.end):
            return t
    return None


def arrival_relative(page: EventPage, c: Clause, k: int) -> tuple[str, str] | None:
    """习近平到访前一日,…签署: the day the sentence tells relative to an arrival told before it (the last
    day named before the sentence with an arrival verb right after it), moved by the word's offset."""
    text = page.doc.text
    m = rx.compile(str(_words()["relative_to_arrival"])).search(text, c.sentence[0], k)
    if m is None:
        return None
    offsets: dict[str, int] = _words()["relative_to_arrival_offsets"]  # type: ignore[assignment]
    shift = offsets.get(m.group("w")[:2])
    arrives = rx.compile(str(_words()["arrival_verbs"]))
    told = page.times.last_starting_in(0, c.sentence[0], lambda t: t.precision == "day" and bool(t.value)
                                       and t.kind == "date" and arrives.match(text, t.end) is not None)
    if shift is None or told is None or not told.value:
        return None
    day = dt.date.fromisoformat(told.value[:10]) + dt.timedelta(days=shift)
    return day.isoformat(), "day"


def day_before_told(page: EventPage, c: Clause, k: int) -> tuple[str, str] | None:
    """在他离世前一日,…宣布 / 某某前一天与…座谈时表示: a day told as the one before another (data/eventdates.toml,
    day_before_words; 此前一天 is the time stage's, 到访前一日 arrival_relative's). After a person it counts back
    from the story's day, the reporter's present (某某前一天…: the day before the news); after anything else (the
    verb of the event it is counted from: 离世前一日) from the last day its paragraph told before the sentence,
    that event's."""
    m = _day_before_word(page.doc.text, c.sentence[0], k)
    if m is None or page.times.last_starting_in(c.sentence[0], k, _told_day) is not None:
        return None  # (6月5日,即大选前一天,…会谈: a day the sentence writes out is the event's, not one counted)
    if _person_before(page, m.start()):
        base = page.story_day
    else:
        seg = page.doc.segment_at(c.start)
        told = page.times.last_starting_in(seg.start, c.sentence[0], _told_day) if seg is not None else None
        base = told.value if told is not None else None
    if not base or len(base) != 10:
        return None
    return (dt.date.fromisoformat(base) - dt.timedelta(days=1)).isoformat(), "day"


def tells_day_before(text: str, a: int, b: int) -> bool:
    """Whether [a, b) tells a day as the one before another (前一日, 前一天): a time of its own, counted back."""
    return _day_before_word(text, a, b) is not None


def _day_before_word(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first word in [a, b) telling a day as the one before another (the one reading of day_before_words
    both the event's date and its own-time test ask)."""
    return rx.compile(str(_words()["day_before_words"])).search(text, a, b)


def _person_before(page: EventPage, at: int) -> bool:
    """A person's name ends right before `at` (某某前一天: the person is the subject, not an event)."""
    return any(m.end == at and (e := page.entity(m)) is not None and e.type == "PERSON"
               for m in page.overlapping(max(0, at - 1), at))


def _told_day(t: TimeExpr) -> bool:
    """A date told to its day (7月19日逝世), the day a later 前一日 counts from."""
    return bool(t.value) and t.kind == "date" and t.precision == "day" and len(t.value or "") == 10


def _valued_point(t: TimeExpr) -> bool:
    """A time with a value that is no duration (one function: the page's time index keeps its table by it)."""
    return bool(t.value) and t.kind != "duration"


def trip_told_before(page: EventPage, c: Clause) -> TimeExpr | None:
    """A trip report: the article told a span of days that ended on the report's day (3月22日至4月1日,…对荷兰、
    法国…进行国事访问; 2024年11月25日至29日,…赴四川参访), and what it goes on to tell without a time of its own
    (在荷兰,习近平会见了…; 省长会见大使一行) took place during it — on the span's days, not the report's."""
    if c.brief is not None:
        return None
    report = page.story_day or page.anchor(None)[0] or ""
    last = page.times.last_starting_in(0, c.sentence[0], _valued_point)
    if last is None or last.kind != "range" or last.precision != "day" or not last.end_value or \
            len(last.end_value) != 10 or page.doc.brief_at(last.start) is not None:
        return None
    # (a report of the trip's last day — 1日结束…回国 — or a page dated by its month after it; news the day after a
    # trip may be that day's own, and a trip starting on the report's day is under way)
    over = last.end_value == report if len(report) == 10 else len(report) == 7 and last.end_value[:7] <= report
    return last if over and (last.value or "")[:10] != report else None


def not_carried(page: EventPage, c: Clause, k: int, t: TimeExpr, etype: str) -> bool:
    """Whether the day `t` named earlier in the paragraph does not date the clause: (a) a statement told after a
    plan (…将于1月7日至13日访问…。发言人介绍,此次访问是…): what is said is said by the report's day, so a day ahead
    of it (the plan's) is not its day; (b) a plan (某某此行正安排与…会谈, 将于…) is still to come, so a day before the
    report (a photo caption's of years ago, a retold year's) is not its day either."""
    report = page.story_day or page.anchor(c.brief)[0] or ""
    day = t.value or ""
    if len(report) != 10 or not day:
        return False
    if etype == "STATEMENT" and day[:10] > report:
        return True
    cb = codebook()
    return day < report[:len(day)] and etype != "ANNIVERSARY" and \
        (plan_marked(cb.planned, page.doc.text, c.start, k) or plan_marked(cb.planned_sentence, page.doc.text, c.sentence[0], k))


def year_after(page: EventPage, c: Clause, k: int) -> str | None:
    """一九七四年,某某访华。…总统于第二年访问了中国 (次年, 翌年): the year after the last one its paragraph told
    before the sentence, for a clause with no time of its own (timex reads 第二年 as a length of two years)."""
    text = page.doc.text
    seg = page.doc.segment_at(c.start)
    if seg is None or not rx.compile(str(_words()["year_after"])).search(text, c.sentence[0], k):
        return None
    then = page.times.last_starting_in(seg.start, c.sentence[0], lambda t: bool(t.value) and t.kind in ("date", "range"))
    year = (then.end_value or then.value or "")[:4] if then is not None else ""
    return f"{int(year) + 1:04d}" if year.isdigit() else None


def own_time(text: str, got: list[TimeExpr], k: int) -> TimeExpr:
    """The first time of the clause, unless a later one stands right before the event's word (…11日在越南举行会谈时就
    文在寅12月访华达成一致: the visit is of December, the 11th is the talks'): a month or day so placed is the event's."""
    for before, t in zip(got, got[1:], strict=False):
        if t.precision in ("day", "month") and t.end <= k and k - t.end <= 1 and not any(ch in ",，、;；" for ch in text[t.end:k]) \
                and text[before.end:t.start].strip() not in _words()["span_joiners"]:  # (星期一到星期三访问: the span's end)
            return t
    # 2023年举行的…峰会和2024年担任东盟轮值主席国: the first time qualifies another event's noun (举行的…峰会);
    # the later one, in the same clause before the event's verb, is the event's
    if len(got) > 1 and rx.compile(str(_words()["qualifying_time_after"])).match(text, got[0].end):
        later = [t for t in got[1:] if t.end <= k and t.precision in ("day", "month", "year")
                 and not any(ch in ",，;；" for ch in text[got[0].end:k])]
        if later:
            return later[-1]
    return got[0]


def names_occasion(text: str, t: TimeExpr, k: int, etype: str, sentence: list[TimeExpr]) -> bool:
    """A time that names an occasion rather than dating the event: (a) the month or year of a regular meeting
    (主持政府2025年11月例行会议) when the sentence tells a day before it; (b) the year of an occasion someone is
    invited to attend (转达…邀请某某出席2017年APEC峰会…的口信), for the message, meeting or call conveying it; (c) a
    span of years naming an instrument's term (签署2024-2026年友好交流合作备忘录); (d) the year opening the name of
    a gathering a letter is addressed to (向2024年某某会议致贺信), for the MESSAGE."""
    w = _words()
    if t.precision in ("month", "year") and text.startswith(tuple(w["period_label_after"]), t.end) and \
            any(x.precision == "day" and x.kind == "date" and x.value and x.start < t.start for x in sentence):
        return True
    if t.precision == "year" and t.end_value and etype != "MULTILATERAL_ROLE" and \
            rx.compile(str(w["instrument_after_span"])).match(text, t.end):
        return True  # (c) 签署2024-2026年友好交流合作备忘录: the instrument's term
    if etype == "MESSAGE" and t.kind == "date" and t.precision == "year" and \
            rx.compile(str(w["letter_gathering_before"])).search(text, max(0, t.start - 6), t.start) is not None and \
            rx.compile(str(w["letter_gathering_after"])).match(text, t.end) is not None:
        return True  # (d) 向2024年越南—老挝投资合作促进会议致贺信: the gathering's year, not the letter's (ev65)
    return etype in w["invitation_carriers"] and t.kind == "date" and t.precision == "year" and t.end < k and \
        rx.compile(str(w["invited_to_attend"])).search(text, max(0, t.start - 40), t.start) is not None


def this_period(t: TimeExpr) -> bool:
    """年底前, 年内, 月底前 written bare: within the report's year or month, when a plan falls (黄循财有望于年底前访问越南),
    not a deadline years away (2030年前)."""
    return t.kind == "relative" and t.note in _timewords["bare_period_words"]


def told_done(page: EventPage, c: Clause, k: int, date: str | None, anchor: str | None) -> bool:
    """A plan marker of the sentence (…并将于2025年2月24日生效; 上述协议将为…作出贡献) does not make planned what the
    clause dates, right before its verb, to a day or year before the report with no plan word before that time
    (经修订后于2024年4月8日签署, 两国领导人2013年签署的…): told as done."""
    if not date or not anchor:
        return False
    n = min(len(date), len(anchor))
    if date[:n] >= anchor[:n]:
        return False
    text = page.doc.text
    planned = codebook().planned
    for t in page.times.starting_in(c.start, k):
        if t.kind in ("date", "range") and (t.value or "")[:len(date)] == date and (t.explicit_year or t.precision == "day") \
                and 0 <= k - t.end <= 2 and not any(ch in ",，、;；" for ch in text[t.end:k]) \
                and not plan_marked(planned, text, max(c.start, t.start - 6), t.start):
            return True
    return False


def seat_held_now(etype: str, date: str | None, precision: str | None, end_date: str | None, anchor: str | None) -> bool:
    """A seat dated to years that hold the report's year (助力越南成功担任2020年东盟轮值主席国 on a page of 2020,
    担任2020-2021年…非常任理事国 on one of 2021) is held as the page is written: no plan, whatever 将 the
    sentence tells (a seat of a year after the report's is still to come)."""
    if etype != "MULTILATERAL_ROLE" or precision != "year" or not date or not anchor:
        return False
    year = anchor[:4]
    return date[:4] <= year <= (end_date or date)[:4]


def recent_year(page: EventPage, c: Clause, marker: str) -> str | None:
    """近期,…如:某某对柬埔寨进行国事访问: an event told in passing as one of the recent period's is in the page's year
    (SPEC: the coarser precision the text supports, not nothing), where the page's month leaves the recent (or
    coming) weeks inside that year; 曾/以往 (ever, before) fix no year at all."""
    if marker not in _words()["recent_in_passing"]:
        return None
    date, precision = page.anchor(c.brief)
    if not date or precision not in ("day", "month") or not date[5:7].isdigit():
        return None
    near = int(_words()["recent_months"])  # (and the coming weeks, 近期将访问: not into the next year either)
    return date[:4] if near < int(date[5:7]) <= 12 - near else None


def term_over(page: EventPage, c: Clause, t: TimeExpr) -> bool:
    """完成…两年任期(2020-2021年) on a page of 2023: the term told as completed ended in its last year; 帮助越南良好完成
    2021至2024年任期…职责 on a page of 2022 tells a completion still ahead, of a seat held now (no report year: over)."""
    report = (page.anchor(c.brief)[0] or "")[:4]
    last = (t.end_value or "")[:4]
    return not (report.isdigit() and last.isdigit()) or last <= report


def _a_time_told(t: TimeExpr) -> bool:
    # (去年11月…。当时…: a time told relative to the report is told as well; not one of 'lately', 近日)
    return bool(t.value) and (t.kind in ("date", "range") or (t.kind == "relative" and "(approximate" not in t.note))


def that_time(page: EventPage, lo: int, sentence: int, k: int) -> tuple[str, str, None] | None:
    """The time the paragraph (from `lo`) told last before the sentence, where the sentence says 'at that time'
    before the event's word (当时…赴朝鲜访问); 'that same year' (同年, 当年, 那一年) keeps only its year
    (2019年5月…。同年…访问: 2019, not May)."""
    head = page.doc.text[sentence:k]
    year = _that_year().search(head)
    if not year and not kept_any_of(_words()["that_time"]).search(head):
        return None
    then = page.times.last_starting_in(lo, sentence, _a_time_told)
    if then is None or not then.value:
        return None
    return (then.value[:4], "year", None) if year else (then.value, then.precision, None)


def _that_year() -> re.Pattern[str]:
    return rx.compile(str(_words()["that_year"]))
