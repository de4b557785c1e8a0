"""Durations of a told act (fa53, stop 53): the years since a party joined a body (加入…N年来) and the
years a visit or talks were prepared (筹备了N年) are claims, their context some words before the number;
a relation's own age told after a wish (建立两国…关系N年后) stays no claim. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_units

X = "新华社河内3月5日电 "


@pytest.mark.parametrize("body, want", [
    (X + "泰国海关加入世界海关组织15年来,已培训了大批人员。", 15),
    (X + "老挝加入东盟自由贸易区8年以来,出口稳步增长。", 8),
    (X + "为了这次会晤,两国外交部门酝酿筹备了三年。", 3),
    (X + "两国就这份协定谈判了6年。", 6),
])
def test_the_years_of_a_told_act_are_a_claim(body: str, want: int) -> None:
    got = fact_units(body)
    assert (want, "year") in got, got


def test_the_years_after_a_wished_relation_are_no_claim() -> None:
    got = fact_units(X + "在某主席致信表示希望建立两国友好合作关系45年后,两国关系首次提升。")
    assert (45, "year") not in got, got
