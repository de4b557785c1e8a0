"""One thing counted in digits (fx, stop 54): 1项条约, 1艘巡逻船, 1起案件 name the thing itself, as
一艘 does, and count nothing; a tally's one vote, a region's one seat and one country in a vote stay
counts, as does one item of a tally whose noun is left out (欧洲:1个). Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_units

X = "新华社河内3月5日电 "


@pytest.mark.parametrize("body", [
    X + "两国外长签署了4项合作文件、1项司法协助条约。",
    X + "执行任务的1艘巡逻船随后驶往岘港港口。",
    X + "警方昨日侦破1起跨境走私案。",
])
def test_one_thing_in_digits_is_no_count(body: str) -> None:
    got = fact_units(body)
    assert (1, "count") not in got, got


@pytest.mark.parametrize("body", [
    X + "决议以140票赞成、1票反对获得通过。",
    X + "联合国人权理事会的席位按地区分配:非洲4个,拉美2个,东欧1个。",
    X + "该国的邦交国分布如下。\n\n非洲:3个\n\n欧洲:1个\n\n亚洲:2个",
    X + "老挝在本次改选中获得1个席位。",
])
def test_one_vote_or_seat_is_a_count(body: str) -> None:
    got = fact_units(body)
    assert (1, "count") in got, got


def test_the_other_counts_of_the_list_stay() -> None:
    got = fact_units(X + "两国外长签署了4项合作文件、1项司法协助条约。")
    assert (4, "count") in got, got
