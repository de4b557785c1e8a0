"""Facts (fa3): a figure the text tells as holding now holds at the report's date, not at an earlier
time its sentence or paragraph told: after a span an act opens (…就任以来, 建交以来), marked 现有, or in
a sentence after one that tells the present (目前…). Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2021年6月8日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def as_of(sentence: str, value: float) -> list[str]:
    return [str(f.as_of)[:4] for f in facts(sentence) if f.value == value]


def test_a_count_since_a_dated_act_holds_now():
    # 2015年3月就任…以来: the visits are counted up to the report, not as of the day of taking office
    assert as_of("这是他2015年3月就任外交部长以来第4次访问泰国。", 4) == ["2021"]


def test_a_count_since_an_undated_act_holds_now_not_at_a_year_told_before():
    # the paragraph's 1995年 is the treaty's; 建交以来 runs the count up to the report
    got = as_of("甲乙两国1995年在首都签署了友好合作条约。建交以来,两国共签署120多份合作文件。", 120)
    assert got == ["2021"]


def test_what_a_body_has_now_is_not_as_of_its_founding():
    # 于1967年成立,现有10个成员国: the members it has now
    assert as_of("该组织于1967年成立,现有10个成员国。", 10) == ["2021"]


def test_a_sentence_telling_the_present_ends_the_paragraphs_year():
    # 2019年 frames the trade; 目前 starts the present, which the investment after it is told in
    got = as_of("2019年两国贸易额达5亿美元。目前,某集团正在当地开展投资。该集团的子公司在当地投资超过3亿美元。",
                300000000)
    assert got == ["2021"]


def test_a_year_told_after_the_span_still_dates_its_figure():
    # 以来 before the figure's own year: the year (2020年) is the figure's
    got = as_of("建交以来,两国关系不断发展,2020年双边贸易额达8亿美元。", 800000000)
    assert got == ["2020"]
