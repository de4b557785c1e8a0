"""Facts: mechanisms that recur across the older facts tuning sets (fx8's tally), each on invented
sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "中央社台北2024年5月20日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def holders(sentence: str, unit: str) -> list[tuple[str, float]]:
    return [(f.subject, f.value) for f in facts(sentence) if f.unit == unit]  # type: ignore[misc]


def test_vessels_owned_by_a_bare_party_word_are_that_partys():
    # 大陆 right after the classifier tells whose vessels are counted, as a named country would
    got = holders("印尼补给船在纳土纳海域遭三艘大陆海警船拦截。", "count")
    assert got == [("中国", 3)]


def test_the_unit_sent_holds_no_figure_told_after_it():
    # 派出维和部队: the force sent is what the sender acts on; the sender holds the people sent
    got = holders("越南自2014年开始向南苏丹派出维和部队,迄今已累计派出维和人员约900人次。", "person")
    assert [s for s, _ in got] == ["越南"]


def test_a_head_count_told_again_with_its_holders_office_is_one_claim():
    # 泰国 … 泰国外交部 … 25位: the same 25 people restated with a name that holds the first holder's
    got = holders("外交部今天表示,目前在缅甸涉入电信诈骗的泰国公民计25位。泰国外交部发言人今天在例行记者会上说明,"
                  "原先掌握的人数是17人,但后来查证,确切目前在押人数应是25位。", "person")
    assert sorted(v for _, v in got) == [17, 25]


def test_a_difference_from_last_year_is_as_of_this_year():
    # 比去年全年还多了6亿美元: 去年 is the base the difference is told against, not the figure's year
    got = [f.as_of for f in facts("泰国对老挝的投资今年前8个月达到30亿美元,比去年全年还多了5亿美元。")
           if f.unit == "USD" and f.value == 500000000]
    assert got and not str(got[0]).startswith("2023")
