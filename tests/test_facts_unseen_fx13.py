"""Facts (fx13): figures on Vietnamese wire pages in Chinese. A year the crawler ran into a photo
marker's number (hinh anh 12019年…) dates nothing; a list of trades
joined into one sector, the sector that drew most or a sector reaching a sum holds its figures.
Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(text: str) -> list[Fact]:
    return extract_facts(extract(text, source="t.txt"))


def by_value(found: list[Fact], value: float) -> list[Fact]:
    return [f for f in found if f.value == value]


PAGE = "越通社河内2019年6月8日电 {}\n"


def test_a_year_run_into_a_photo_number_dates_nothing():
    got = facts("2019年前5个月越南出口额达980亿美元 hinh anh 12019年前5个月越南出口额达980亿美元。(图片来源:越通社)\n"
                "越通社河内——据统计,今年前5个月越南出口额达980亿美元,同比增长6.5%。\n")
    assert {f.as_of[:4] for f in by_value(got, 98000000000) if f.as_of} == {"2019"}


def test_a_year_after_a_separate_photo_number_still_dates():
    got = facts("越南出口增长 ảnh 1 2019年前5个月越南出口额达980亿美元。\n越通社河内——越南出口继续增长。\n")
    assert {f.as_of[:4] for f in by_value(got, 98000000000) if f.as_of} == {"2019"}


def test_the_sector_that_drew_most_holds_its_sum():
    got = facts(PAGE.format("今年前8个月,电子制造业是吸引外资最多的领域,投资总额达35多亿美元,占全国注册资金总额的41%。"))
    assert [f.subject for f in by_value(got, 3500000000)] == ["电子制造业"]
    assert [f.subject for f in by_value(got, 41)] == ["电子制造业"]


def test_a_list_of_trades_and_a_sector_reaching_a_sum_hold_theirs():
    got = facts(PAGE.format("今年前8个月,化工业是吸引外资最多的领域;供水与排水、废物处理业达13多亿美元,占9.4%;"
                            "物流服务业达11多亿美元,占7.2%。"))
    assert [f.subject for f in by_value(got, 1300000000)] == ["供水与排水、废物处理业"]
    assert [f.subject for f in by_value(got, 9.4)] == ["供水与排水、废物处理业"]
    assert [f.subject for f in by_value(got, 1100000000)] == ["物流服务业"]


def test_a_country_growing_stays_the_country():
    got = facts(PAGE.format("今年前8个月,越南农业增长3.5%。"))
    assert [f.subject for f in by_value(got, 3.5)] == ["越南"]
