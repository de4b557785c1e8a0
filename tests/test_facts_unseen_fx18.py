"""Facts (fx18, issue 13): the year a figure holds for. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2024年5月20日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def as_of(sentence: str, value: float) -> list[str | None]:
    return [f.as_of for f in facts(sentence) if f.value == value]


def test_a_bracket_closed_before_the_time_leaves_the_time_dating_the_figure():
    # (Pevico) closes before 2019年3月, and (增长8.1%) opens after it: no aside holds the time
    got = as_of("据越南蔬果协会(Pevico)统计,2019年3月,全国出口了210万箱芒果(增长8.1%),出口额突破3.46亿美元。", 346000000)
    assert got and all((y or "").startswith("2019") for y in got)


def test_the_year_of_an_event_told_without_a_figure_dates_no_figure_after_it():
    # 2016年升级为全面伙伴 tells an event and no figure: the count told next holds at the page's time
    got = as_of("智利与越南于1971年建交,两国关系在2016年升级为全面伙伴关系。这是该国总统第3次访问越南。", 3)
    assert got and all((y or "").startswith("2024") for y in got)


def test_a_figure_told_for_the_whole_year_keeps_the_year_told_before():
    # 全年 points back at 2021年: the event's year still frames the count
    got = as_of("双方回顾了2021年峰会共识的落实情况。全年两省互派代表团8批。", 8)
    assert got and all((y or "").startswith("2021") for y in got)
