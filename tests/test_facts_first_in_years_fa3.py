"""Facts (fa3): the years since an act last happened ('the first in N years') are a claim, told with
年间 as with 年来, with 首位 (the first person of an office to come) as with 首次, and with 相隔 as
with 时隔. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2021年6月8日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def years(sentence: str) -> list[tuple[str, float]]:
    return [(f.subject, f.value) for f in facts(sentence) if f.unit == "year"]  # type: ignore[misc]


def test_the_first_office_holder_to_come_in_n_years():
    assert years("据悉,这将是15年来首位日本首相访问智利。") == [("日本", 15)]


def test_the_first_time_in_n_years_told_with_jian():
    assert years("此行是法国元首20年间首次访问蒙古。") == [("法国", 20)]


def test_a_gap_told_with_xiangge():
    got = years("这次访问让秘鲁在相隔12年之后,再度迎来韩国总统。")
    assert [v for _, v in got] == [12]


def test_places_far_apart_count_no_years():
    assert years("两国虽相隔遥远,但一直保持友好往来。") == []
