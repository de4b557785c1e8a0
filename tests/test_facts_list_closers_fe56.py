"""Facts (fe56): a count that closes a list only restates it, also where 等 closes the list of plain words
(…和民间外交等三个层面), where the list is of titled instruments (《甲》与《乙》等两份文件), and where a
foreign name's spelling in brackets follows the last person listed (…蒲亭(Vladimir Putin)等4國領袖).
A count above what the list names stays a claim. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "越通社河内2024年3月5日电——"
T = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("body", [
    X + "两国从政治外交、经济贸易和人文交流等三个层面加强合作。",
    X + "双方签署了《海上合作谅解备忘录》与《边境口岸管理协定》等两份重要文件。",
    X + "双方签署了《海上合作谅解备忘录》、《边境口岸管理协定》和《旅游合作计划》3份文件。",
    T + "美國總統拜登(Joe Biden)、日本首相岸田文雄(Fumio Kishida)、澳洲總理艾班斯(Anthony Albanese)等3國領袖也將出席峰會。",
])
def test_a_count_closing_a_list_is_no_claim(body: str) -> None:
    got = holders(body)
    assert got == [], got


@pytest.mark.parametrize("body, value", [
    (X + "双方签署了《海上合作谅解备忘录》等五份文件。", 5),  # more than the titles named: a count
    (X + "两国从政治外交、经济贸易和人文交流等五个层面加强合作。", 5),
])
def test_a_count_above_the_list_stays(body: str, value: float) -> None:
    got = holders(body)
    assert value in [v for v, _ in got], got
