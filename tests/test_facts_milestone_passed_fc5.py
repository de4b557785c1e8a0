"""Facts (fc5, issue 13): a bare magnitude after 破 (突破千亿美元, 破万人次, 突破万亿元) is a number, as after
超/过 (a milestone passed: SPEC reads 超过N as the value N); 打破百年僵局 tells no figure. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_units as values

X = "新华社北京2024年3月5日电 "


@pytest.mark.parametrize("body, value, unit", [
    (X + "中越双边贸易额突破千亿美元。", 1e11, "USD"),
    (X + "中越双边贸易额首次突破千亿美元大关。", 1e11, "USD"),
    ("（中央社記者王大明台北2024年3月5日電）今年來台越南旅客已破萬人次。", 1e4, "person"),
    (X + "中国与东盟贸易额突破万亿元。", 1e12, "CNY"),
])
def test_a_magnitude_passed_is_a_number(body: str, value: float, unit: str) -> None:
    got = values(body)
    assert (value, unit) in got, got


def test_a_deadlock_broken_is_no_figure() -> None:
    assert values(X + "两国关系打破百年僵局。") == []
