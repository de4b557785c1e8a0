"""Facts: the lexicon of units and counted nouns (lx5), each word on an invented sentence — the
currencies a country's name tells apart from the bare word (卢比, 比索, 卢布), the regional names of
currencies (加币, 欧罗, 菲币), doses of vaccine told with 针 or 份, and travellers or workers counted
with no classifier."""

from __future__ import annotations

import pytest

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——2019年3月5日,{}(完)\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


@pytest.mark.parametrize("sentence,unit,value", [
    ("巴基斯坦政府决定拨款50亿巴基斯坦卢比用于灾后重建。", "PKR", 5_000_000_000),
    ("古巴政府拨出3亿古巴比索修复受损住房。", "CUP", 300_000_000),
    ("墨西哥央行表示外汇储备增加了120亿墨西哥比索。", "MXN", 12_000_000_000),
    ("马来西亚政府拨款2亿马来西亚令吉援助灾民。", "MYR", 200_000_000),
    ("加拿大宣布向越南提供500万加币援助。", "CAD", 5_000_000),
    ("欧盟承诺提供3000万欧罗援助湄公河流域。", "EUR", 30_000_000),
    ("菲律宾政府拨出8亿菲币修复受灾道路。", "PHP", 800_000_000),
    ("孟加拉国政府拨款40亿塔卡修建堤坝。", "BDT", 4_000_000_000),
    ("韩国向越南提供了500亿韩圜优惠贷款。", "KRW", 50_000_000_000),  # Taiwan's name of the won
    ("台湾向菲律宾提供5亿披索援助。", "PHP", 500_000_000),  # Taiwan's name of the peso
])
def test_currencies_by_their_names(sentence: str, unit: str, value: int) -> None:
    found = [(f.unit, f.value) for f in facts(sentence)]
    assert (unit, value) in found, found


@pytest.mark.parametrize("sentence,value", [
    ("日本政府宣布向老挝捐赠100万针疫苗。", 1_000_000),
    ("韩国向柬埔寨捐赠了60万份疫苗。", 600_000),
])
def test_doses_of_vaccine(sentence: str, value: int) -> None:
    found = [(f.unit, f.value) for f in facts(sentence)]
    assert ("dose", value) in found, found


@pytest.mark.parametrize("sentence,value", [
    ("今年前八个月,岘港市共接待了320万旅客。", 3_200_000),
    ("目前在韩国工作的越南劳务人员约有5万人,另有2.3万志愿者参与社区服务。", 23_000),
])
def test_people_counted_without_a_classifier(sentence: str, value: int) -> None:
    found = [(f.unit, f.value) for f in facts(sentence)]
    assert ("person", value) in found, found


@pytest.mark.parametrize("sentence", [
    "越南海军接收了3000吨级护卫舰。",  # a ship's class by its tonnage
    "该港口可停靠10万吨级货轮。",
    "该文章点阅数:12345次。",  # a page counter, as Taiwan writes it
    "该文章已有1.2万人点阅。",
])
def test_numbers_that_are_no_fact(sentence: str) -> None:
    assert facts(sentence) == []


@pytest.mark.parametrize("sentence,predicate", [
    ("2018年两国双边贸易金额达98亿美元。", "bilateral_trade_usd"),
    ("日本向越南提供了3亿美元贷款。", "loan_usd"),
    ("目前在越南学习的柬埔寨留学生有4500名。", "students_count"),
])
def test_the_noun_names_what_is_counted(sentence: str, predicate: str) -> None:
    assert predicate in [f.predicate for f in facts(sentence)], facts(sentence)
