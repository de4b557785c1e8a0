"""Facts: the mechanisms found on a sixth batch of unseen pages (trade with regions, exports by
market, forecasts), each on invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2024年5月20日电 {}(完)\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def holders(sentence: str, unit: str) -> list[tuple[str, float]]:
    return [(f.subject, f.value) for f in facts(sentence) if f.unit == unit]  # type: ignore[misc]


def test_both_sides_are_a_country_and_a_region_group():
    got = holders("王毅会见突尼斯外长。中国同非洲国家交往密切,2023年双方贸易额达到2821亿美元。", "USD")
    assert got == [("中国-非洲国家", 282100000000)]


def test_a_country_and_a_region_group_hold_their_trade():
    got = holders("李强会见斐济总理。中国与太平洋岛国贸易额去年增长了5%。", "percent")
    assert [s for s, _ in got] == ["中国-太平洋岛国"]


def test_a_million_million_in_chinese_numerals():
    # 兆 in a Chinese numeral (七兆六千五百亿), as Taiwan papers write it; the currency before it holds
    got = [(f.value, f.unit) for f in facts("双方签署协议,金额约新台币三兆二千亿元。")]
    assert got == [(3200000000000, "TWD")]


def test_a_bare_hundred_after_more_than():
    got = holders("斐济派出的代表团人数超过百人。", "person")
    assert [v for _, v in got] == [100]


def test_the_party_acted_with_in_a_clause_before_holds_nothing():
    # the number's clause leaves its subject out: the party opening the clause before holds it
    got = holders("越南第一个与老挝开展合作,已连续三年成为老挝最大投资国。", "year")
    assert got == [("越南", 3)]


def test_a_subheading_figure_told_again_below_is_one_fact():
    page = ("俄罗斯总统访华\n新华社北京2024年5月17日电 两国元首举行会谈。\n"
            "中俄贸易额达2400亿美元\n去年,中俄双边贸易额超过2400亿美元,比十年前大幅增长。\n")
    got = [(f.subject, f.value, f.as_of) for f in extract_facts(extract(page, source="t.txt")) if f.unit == "USD"]
    assert got == [("中国-俄罗斯", 240000000000, "2023")]


def test_a_mark_first_passed_after_the_figure_is_no_claim():
    got = holders("今年前10个月,老挝对泰国出口达21.3亿美元,这是老挝对单一市场出口额首次突破20亿美元。", "USD")
    assert [v for _, v in got] == [2130000000]


def test_a_headline_share_in_tenths_is_the_body_share_it_rounds():
    page = ("柬埔寨大米对华出口占近7成\n新华社金边2024年3月5日电 今年前两个月,柬埔寨大米出口总额同比增长"
            "12%,其中对华出口占柬埔寨大米出口总额的66.4%。\n")
    got = [f.value for f in extract_facts(extract(page, source="t.txt")) if f.unit == "percent"]
    assert sorted(got) == [12, 66.4]


def test_the_party_after_you_bears_the_part():
    got = holders("该电站总投资约9亿美元,其中40%由越南电力集团承担,其余60%由日本提供。", "percent")
    assert [s for s, _ in got][1] == "日本"


def test_a_part_by_a_countrys_capital_after_you():
    got = holders("老挝已设立20个经济特区,其中8个由泰资主导开发。", "count")
    assert got[1] == ("泰国", 8)



def test_an_exchange_rate_is_no_claim():
    got = [(f.value, f.unit) for f in facts("去年老挝对华出口额达到450亿泰铢(1美元约合33泰铢)。")]
    assert got == [(45000000000, "THB")]


def test_a_figure_in_brackets_after_a_party_is_its_own():
    got = holders("在中国进口水果市场中,泰国份额最大,约为38%,智利(14%)和秘鲁(5%)分列二三位。", "percent")
    assert ("秘鲁", 5) in got


def test_a_bare_ten_thousand_after_nearly():
    got = holders("目前有近万名越南留学生在日本学习。", "person")
    assert [v for _, v in got] == [10000]


def test_a_railway_named_as_the_subject_holds_its_figures():
    got = holders("据统计,目前雅万高铁与中泰铁路进展顺利,中老铁路累计发送旅客2000万人次。", "person")
    assert got == [("中老铁路", 20000000)]
