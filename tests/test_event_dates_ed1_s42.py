"""The date of events that are found (stop 42, invented pages): a page with no headline that opens on its
account's name and posting time (某某号2031-05-09 21:01:26) has that line as a stamp, so what its lead tells
on an earlier day of that week (5月6日,某大使举办招待会) dates the remarks the following lines report."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_LEAD = "5月6日,驻甲国大使李明远举办到任招待会,甲国外交部长等十余位官员出席。\n"
_LEAD_TRAD = "5月6日,駐甲國大使李明遠舉辦到任招待會,甲國外交部長等十餘位官員出席。\n"


@pytest.mark.parametrize("first, lead, said", [
    ("南洋观察2031-05-09 21:01:26\n", _LEAD, "李大使表示,两国友谊历久弥新。\n"),
    ("南洋观察 2031-05-09 21:01\n", _LEAD, "李大使表示,两国友谊历久弥新。\n"),
    ("南洋观察 2031年05月09日 08:15\n", _LEAD, "李明远致辞表示,两国合作前景广阔。\n"),
    ("南洋觀察2031-05-09 21:01:26\n", _LEAD_TRAD, "李大使表示,兩國友誼歷久彌新。\n"),
    ("2031-05-09 18:37:00 来源:某某网\n", _LEAD, "李大使表示,两国友谊历久弥新。\n"),
])
def test_remarks_after_a_lead_take_its_day_under_a_stamp_line_that_opens_the_page(first: str, lead: str, said: str) -> None:
    doc = extract(first + lead + said, source="t.txt")
    said_days = [e.date for e in doc.events if e.type == "STATEMENT"]
    assert said_days == ["2031-05-06"], [(e.type, e.date) for e in doc.events]


def test_a_headline_that_is_no_stamp_keeps_the_page_day_for_untimed_remarks() -> None:
    # guard: a real headline over the stamp; the lead's day is a week and more before it: the remarks
    # are the report's news, of the page's day
    text = ("甲国与乙国加强合作\n\n2031-05-19 21:01:26\n\n" + _LEAD + "近日,李大使表示,两国友谊历久弥新。\n")
    doc = extract(text, source="t.txt")
    said_days = [e.date for e in doc.events if e.type == "STATEMENT"]
    assert said_days and said_days[0] != "2031-05-06", [(e.type, e.date) for e in doc.events]


# A bare day after a day (or month) the story told in another month than the report's is a day of that month.
_STAMP_0420 = "乙国与丙国深化合作\n\n2031年04月20日 10:20\n\n"


@pytest.mark.parametrize("body, want", [
    ("3月15日,丙国总理陈志远抵达乙京开始访问。16日,乙国总统林海会见了陈志远。", "2031-03-16"),
    ("丙国总理陈志远于3月15日至17日对乙国进行正式访问。16日,乙国总统林海会见了陈志远。", "2031-03-16"),
    ("3月15日,丙国总理陈志远抵达乙京开始访问。\n\n16日上午,乙国总统林海会见了陈志远。", "2031-03-16"),
    ("3月15日,丙国总理陈志远抵达乙京开始访问。乙国总统林海16日会见了陈志远。", "2031-03-16"),
    ("丙国总理陈志远于3月15日至17日对乙国进行正式访问,16日乙国总统林海会见了陈志远。", "2031-03-16"),
    ("3月15日,丙國總理陳志遠抵達乙京開始訪問。16日,乙國總統林海會見了陳志遠。", "2031-03-16"),
])
def test_a_bare_day_goes_on_in_the_month_the_story_told(body: str, want: str) -> None:
    doc = extract(_STAMP_0420 + body + "\n", source="t.txt")
    meets = [e for e in doc.events if e.type == "MEET"]
    assert [(e.date, e.status) for e in meets] == [(want, "occurred")], [(e.type, e.date) for e in doc.events]


def test_a_bare_day_after_last_years_day_is_of_that_month_and_done() -> None:
    text = "乙国与丙国深化合作\n\n2031年03月05日 10:20\n\n去年12月10日,丙国总理陈志远抵达乙京开始访问。11日,乙国总统林海会见了陈志远。\n"
    meets = [e for e in extract(text, source="t.txt").events if e.type == "MEET"]
    assert [(e.date, e.status) for e in meets] == [("2030-12-11", "occurred")], meets


@pytest.mark.parametrize("page, body, want", [
    # guards: the day told is the report's own (a dispatch line), a smaller day turns the month, a founding
    # day of decades ago is background
    ("2031年03月05日 10:20\n\n新华社乙京3月5日电 ", "乙国总统林海28日在乙京会见了丙国外长陈志远。", "2031-02-28"),
    ("2031年04月20日 10:20\n\n", "3月25日,丙国总理陈志远抵达乙京开始访问。16日,乙国总统林海会见了陈志远。", "2031-04-16"),
    ("2031年04月20日 10:20\n\n", "两国于1962年9月5日建交。16日,乙国总统林海会见了丙国外长陈志远。", "2031-04-16"),
    # a day told in the report's month put on the report's day or the one before is the news of the report
    ("2031年04月20日 10:20\n\n", "丙国总理陈志远3月5日宣布出访计划。乙国总统林海19日会见了陈志远。", "2031-04-19"),
    # within one sentence the earlier day is background to the news (继…后)
    ("2031年04月20日 10:20\n\n", "继1月5日两国签署经贸协定后,乙国总统林海16日又会见了丙国外长陈志远。", "2031-04-16"),
    # a month told without its day (figures of a month) sets no month for the bare day after it
    ("2031年04月20日 10:20\n\n", "3月份两国贸易额增长一成。16日,乙国总统林海会见了丙国外长陈志远。", "2031-04-16"),
])
def test_a_bare_day_keeps_the_reports_month(page: str, body: str, want: str) -> None:
    doc = extract("乙国与丙国深化合作\n\n" + page + body + "\n", source="t.txt")
    meets = [e for e in doc.events if e.type == "MEET"]
    assert [e.date for e in meets] == [want], [(e.type, e.date) for e in doc.events]


# A weekday announced for later (将于周一, 定于星期日, 將於週二) is the first such day from the report on, not
# the nearest one (which for a day earlier in the week is a day already past).
@pytest.mark.parametrize("stamp, body, want", [
    ("2031年05月07日 10:20", "乙国总统林海将于周一在乙京会见丙国外长陈志远。", "2031-05-12"),
    ("2031年05月07日 10:20", "越南国家主席梁强定于星期日访问老挝。", "2031-05-11"),
    ("2031年05月07日 10:20", "乙國總統林海將於週二在乙京會見丙國外長陳志遠。", "2031-05-13"),
    ("2031年05月09日 10:20", "越南国家主席梁强拟于周三访问老挝。", "2031-05-14"),
])
def test_a_weekday_announced_for_later_is_the_coming_one(stamp: str, body: str, want: str) -> None:
    doc = extract(f"乙国与丙国深化合作\n\n{stamp}\n\n【南洋讯】{body}\n", source="t.txt")
    got = [(e.type, e.status, e.date) for e in doc.events]
    assert any(s == "planned" and d == want for _t, s, d in got), got


@pytest.mark.parametrize("stamp, body, want", [
    # guards: a weekday told without a plan is the nearest (yesterday's, today's), 将于 today stays today
    ("2031年05月07日 10:20", "乙国总统林海周二在乙京会见了丙国外长陈志远。", "2031-05-06"),
    ("2031年05月07日 10:20", "乙国总统林海将于周三晚些时候在乙京会见丙国外长陈志远。", "2031-05-07"),
])
def test_a_weekday_keeps_its_nearest_day(stamp: str, body: str, want: str) -> None:
    doc = extract(f"乙国与丙国深化合作\n\n{stamp}\n\n【南洋讯】{body}\n", source="t.txt")
    assert [e.date for e in doc.events if e.type == "MEET"] == [want], [(e.type, e.date) for e in doc.events]


def test_a_headline_holding_the_reports_day_is_no_stamp() -> None:
    # guard: a headline telling news of the report's day (no clock) stamps nothing; untimed remarks under a
    # lead that names an earlier day keep the report's day
    text = ("2031年5月9日丙国外长访问乙国\n\n5月6日,驻甲国大使李明远举办到任招待会,甲国外交部长等十余位官员出席。\n"
            "李大使表示,两国友谊历久弥新。\n")
    said = [e.date for e in extract(text, source="t.txt").events if e.type == "STATEMENT"]
    assert said == ["2031-05-09"], said


# A lead whose first day glosses tomorrow (明日（五月八日）, as Hong Kong and Macau releases write it) is a
# planned day: the page stays of its stamp's day.
@pytest.mark.parametrize("lead, want", [
    ("行政長官明日（五月八日）啓程前往乙國訪問，並與乙國總統會面。", "2031-05-07"),
    ("行政长官明天(5月8日)启程前往乙国访问,并与乙国总统会面。", "2031-05-07"),
    ("行政長官後天（五月九日）啓程前往乙國訪問。", "2031-05-07"),
    # guards: today glossed stays the stamp's day; a lead opening on a later day without a plan moves the page to it
    ("行政長官今日（五月七日）在禮賓府會見乙國總統。", "2031-05-07"),
    ("5月8日,乙国总统林海在乙京会见了丙国外长陈志远。", "2031-05-08"),
])
def test_a_day_glossing_tomorrow_is_no_lead_day(lead: str, want: str) -> None:
    doc = extract(f"行政長官訪問乙國\n\n2031年5月7日（星期三）\n\n{lead}\n", source="t.txt")
    assert doc.published is not None and doc.published.date == want, doc.published


# An anniversary the text gives only its year (今年是…N周年) whose day, as the knowledge base knows it, is after the
# report, with the sentence telling the celebration still to be held (将…举办), is planned (SPEC), in its year.
@pytest.mark.parametrize("body", [
    "借今年是澳门特别行政区成立32周年之机,特区政府将在乙京举办摄影展和酒会。",
    "特區政府趁著今年適逢澳門特別行政區成立32周年,將在乙京舉辦攝影展。",
    "今年是越南与老挝建交69周年,两国友好协会将联合举办一系列纪念活动。",
    "今年适逢越南与老挝建交69周年,双方将在万象举行隆重的庆祝活动。",
])
def test_a_year_told_anniversary_with_its_day_and_celebration_ahead_is_planned(body: str) -> None:
    doc = extract(f"甲地与乙国加强交流\n\n2031年05月07日 10:20\n\n{body}\n", source="t.txt")
    got = [(e.status, e.date) for e in doc.events if e.type == "ANNIVERSARY"]
    assert got == [("planned", "2031")], got


@pytest.mark.parametrize("body", [
    # guards: the day already past (中越建交 on 18 January) whatever is still to be held; no celebration ahead
    "今年是中越建交81周年,两国将举办一系列纪念活动。",
    "今年是越南与老挝建交69周年,两国各领域合作稳步推进。",
])
def test_a_year_told_anniversary_stays_occurred(body: str) -> None:
    doc = extract(f"甲地与乙国加强交流\n\n2031年05月07日 10:20\n\n{body}\n", source="t.txt")
    got = [e.status for e in doc.events if e.type == "ANNIVERSARY"]
    assert got == ["occurred"], got
