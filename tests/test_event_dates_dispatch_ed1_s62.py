"""Relative days under a story's own dispatch stamp (stop 62, invented pages): a story filed under a dispatch line
or report stamp on another day than the page's posting ((北京9日讯) on a page posted on the 10th) counts its
明日, 昨晚 and 下周 from the day it was filed (timex/dispatchdays.py), and the lead's 昨晚 then dates the untimed
remarks below it (leadday.py). A citation inside a sentence (据…5月9日报道,…) is no stamp; a stamp on the page's
own day or months away changes nothing."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_POSTED = "2031年05月10日 08:15\n\n"


def _events(text: str, etype: str) -> list[tuple[str | None, str | None, str]]:
    doc = extract(text, source="t.txt")
    return [(e.date, e.date_precision, e.status) for e in doc.events if e.type == etype]


@pytest.mark.parametrize("line", [
    "(北京9日讯)甲国总理陈志远明日将与乙国总统林海举行会谈。\n",
    "(北京9日訊)甲國總理陳志遠明日將與乙國總統林海舉行會談。\n",
    "新华社北京5月9日电 甲国总理陈志远明天将与乙国总统林海举行会谈。\n",
])
def test_tomorrow_under_a_dispatch_line_is_the_day_after_it_was_filed(line: str) -> None:
    text = "甲国总理将访问乙国\n\n" + _POSTED + line
    assert _events(text, "MEET") == [("2031-05-10", "day", "planned")]


@pytest.mark.parametrize("lead, said", [
    ("(槟城9日讯)甲国驻乙国大使李明远昨晚宣布,甲国驻槟城总领事馆正式开馆。\n", "李明远致辞时说,两国合作前景广阔。\n"),
    ("(檳城9日訊)甲國駐乙國大使李明遠昨晚宣布,甲國駐檳城總領事館正式開館。\n", "李明遠致辭時說,兩國合作前景廣闊。\n"),
])
def test_the_leads_yesterday_under_a_dispatch_line_dates_the_remarks_below(lead: str, said: str) -> None:
    text = "甲国在槟城设立总领事馆\n\n" + _POSTED + lead + said
    assert _events(text, "STATEMENT") == [("2031-05-08", "day", "occurred")]


def test_next_week_in_a_story_under_its_report_stamp_counts_from_the_stamp() -> None:
    text = ("越老两国领导人会晤\n\n2031年04月25日 08:15\n\n越南国家主席林海24日抵达万象,开始对老挝进行国事访问。\n"
            "东方网4月16日报道 据外媒报道,越南国家主席林海将于下周与老挝国家主席陈光会晤。\n")
    assert _events(text, "MEET")[-1] == ("2031-04", "month", "planned")


@pytest.mark.parametrize("line, want", [
    # a citation in the sentence: its yesterday is the page's
    ("据乙国通讯社5月9日报道,甲国总理陈志远昨天与乙国总统林海举行会谈。\n", ("2031-05-09", "day", "occurred")),
    # filed on the page's own day
    ("(北京10日讯)甲国总理陈志远明日将与乙国总统林海举行会谈。\n", ("2031-05-11", "day", "planned")),
    # a stamp months away is no filing day of the page's story
    ("(北京3月9日讯)甲国总理陈志远明日将与乙国总统林海举行会谈。\n", ("2031-05-11", "day", "planned")),
])
def test_relative_days_keep_the_pages_day_without_a_stamp_of_another_day(line: str, want: tuple[str, str, str]) -> None:
    text = "甲国总理将访问乙国\n\n" + _POSTED + line
    assert _events(text, "MEET") == [want]


def test_a_later_stamp_of_the_pages_day_ends_the_reach_of_the_one_before() -> None:
    text = ("甲乙两国加强合作\n\n" + _POSTED + "(北京9日讯)甲国总理陈志远明日将与乙国总统林海举行会谈。\n"
            "(北京10日讯)丙国外长张刚昨日与丁国外长李强举行会谈。\n")
    assert _events(text, "MEET") == [("2031-05-10", "day", "planned"), ("2031-05-09", "day", "occurred")]
