"""Facts on pages never seen (fa1, issue 13): a scale said twice (兆亿), a list of parties whose first is
narrowed (中国内地和香港) and a territory among them, a sentence a crawl broke at its semicolon (the year told
before holds on the next line), a lender after 利用 (the user of the loan holds its count), the terms of a loan
(期限为N年, N年宽限期). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.extract.figures.numbers import to_value
from dipnet.pipeline import extract
from invented import fact_holders as holders
from invented import fact_units as units

X = "新华社北京3月5日电 "
V = "越通社河内——"


def test_a_million_million_said_again_with_yi_is_one_million_million() -> None:
    assert to_value("48.2兆亿") == 4.82e13
    assert to_value("25.2兆") == 2.52e13  # (兆 alone as before)
    got = units(V + "2019年越南旅游业收入达612.5兆亿越南盾,同比增长18%。")
    assert (6.125e14, "VND") in got, got


@pytest.mark.parametrize("body, want", [
    (X + "今年前5个月,来自中国内地和澳门的游客分别同比增长31.5%和44.2%。", [(31.5, "中国"), (44.2, "澳门")]),
    (X + "今年前5个月,来自中国内地和澳门的游客大增,分别同比增长31.5%和44.2%。", [(31.5, "中国"), (44.2, "澳门")]),
])
def test_a_narrowed_party_and_a_territory_take_their_turns(body: str, want: list[tuple[float, str]]) -> None:
    got = holders(body)
    for w in want:
        assert w in got, got


def test_a_line_that_ends_at_a_semicolon_runs_on_in_the_year_told_before_it() -> None:
    doc = extract("题目\n\n" + X + "据统计,2018年,泰国与缅甸双边贸易额为25.6亿美元。\n"
                  "数据显示,去年泰国对缅甸出口额为14.2亿美元,增长8.6%;\n"
                  "泰国从缅甸进口额为11.4亿美元,下降3.3%。\n", source="t.txt")
    got = {f.value: f.as_of for f in doc.facts}
    assert got.get(1.14e9) == "2018" and got.get(3.3) == "2018", got


def test_the_lender_after_li_yong_holds_no_count() -> None:
    got = holders(X + "截至目前,我国利用德国复兴信贷银行贷款共实施了25个项目。")
    assert (25, "中国") in got, got


@pytest.mark.parametrize("body, value", [
    (X + "亚洲开发银行提供的3亿美元贷款,贷款期限为25年,含5年宽限期。", 25),
    (X + "亚洲开发银行提供的3亿美元贷款,贷款期限为25年,含5年宽限期。", 5),
])
def test_the_terms_of_a_loan_are_years_claimed(body: str, value: int) -> None:
    got = units(body)
    assert (value, "year") in got, got


def test_the_fund_money_is_taken_from_is_no_holder() -> None:
    got = holders(V + "岘港市将从该市救灾基金中拨出30亿越盾,帮助老挝灾民。")
    assert (3e9, "岘港") in got or (3e9, "岘港市") in got, got


def test_a_sentence_opening_with_ci_wai_adds_a_claim_of_its_own() -> None:
    got = holders(V + "岘港市向老挝提供20亿越盾。此外,岘港市越南祖国阵线委员会将为该市医院提供20亿越盾。")
    assert len([v for v, _ in got if v == 2e9]) == 2, got


def test_the_side_a_state_switches_to_holds_no_years() -> None:
    got = holders("（中央社記者王大明台北5日電）巴拿馬今天轉身投抱中國,與台灣終止長達60年的外交關係。")
    assert (60, "巴拿马") in got, got


def test_bottles_given_are_counted() -> None:
    got = units(X + "中国驻泰国大使馆向灾区移交了逾5万瓶饮用水。")
    assert (50000, "count") in got, got


def test_the_counted_set_a_part_is_taken_from_holds_not_the_part() -> None:
    got = holders(V + "老挝已与193个联合国成员国中的145个国家建立外交关系。")
    assert (145, "老挝") in got and (193, "联合国") in got, got


@pytest.mark.parametrize("body", [
    "越通社河内3月5日电 前10个月,越南对泰国出口额达52亿美元。",  # a dateline's day before the period
    "越通社河内——前10个月,越南对泰国出口额达52亿美元。",  # a dateline without a day
    "越通社河内3月5日电 越南前三季度对泰国出口额达52亿美元。",  # the first three quarters, after their holder
])
def test_a_period_not_yet_run_on_the_page_day_is_last_years(body: str) -> None:
    doc = extract("题目\n\n" + body + "\n", source="t.txt", url="https://zh.vietnamplus.vn/a/2023/03/05/x.vnp")
    got = {f.value: f.as_of for f in doc.facts}
    assert got.get(5.2e9) == "2022", got
