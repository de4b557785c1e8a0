"""A whole year's figure told as reached is published once that year is over (year.full_years, helper pd2), on
invented sentences: the trade amount written 贸易金额, a year's foreign investment total (外资总额), and a figure
told 'by (the end of) a year' with 到了 and 已达 (了: reached, no target). A target word of the clause before
('…目标;2018年,…') is not this clause's."""

from __future__ import annotations

from dipnet.timex.publication import infer_published
from dipnet.timex.year import full_years


def _years(text: str) -> list[int]:
    return [y for y, _ in full_years(text)]


def test_a_trade_amount_written_jin_e_is_a_whole_years_figure() -> None:
    assert _years("两国合作势头良好。2017年,两国贸易金额达50亿美元,同比增长一成。") == [2017]


def test_a_years_foreign_investment_total_is_a_whole_years_figure() -> None:
    assert _years("该国经济稳步回升。2019年,该国引进的外资总额超过80亿美元。") == [2019]


def test_a_figure_reached_by_a_year_with_le_is_no_target() -> None:
    assert _years("两国经贸往来不断扩大,到了2016年,两国贸易额已达90亿美元。") == [2016]


def test_a_target_word_of_the_clause_before_is_not_this_ones() -> None:
    assert _years("双方曾提出翻番目标;2018年,两国贸易额达60亿美元。") == [2018]


def test_a_figure_to_be_reached_by_a_year_stays_a_target() -> None:  # (a guard)
    assert _years("双方同意,到2030年,两国贸易额达到1000亿美元。") == []


def test_a_page_telling_last_years_trade_amount_is_of_a_later_year() -> None:
    text = ("甲国总理会见乙国外长\n5月9日,甲国总理在首都会见来访的乙国外长。\n"
            "2017年,两国贸易金额达50亿美元,同比增长一成。")
    pub = infer_published(text=text, url="https://news.example.org/story/abcdef.html", meta=None)
    assert pub is not None and pub.date[:4] == "2018", pub
