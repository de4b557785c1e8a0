"""Facts (fc6, issue 13): a province or city right after a breakdown's opener (当中, 當中, 其中包括, 其中有)
opens its clause, as after 其中, and holds the part it tells (…390亿美元,当中胡志明市吸引60亿美元).
Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

V = "越通社河内——"
C = "（中央社記者王大明台北5日電）"


@pytest.mark.parametrize("body, part", [
    (V + "越南去年吸引外资390亿美元，当中胡志明市吸引60亿美元。", (6e9, "胡志明市")),
    (C + "越南去年吸引外資390億美元，當中胡志明市吸引60億美元。", (6e9, "胡志明市")),
    (V + "今年前两个月全国出口额达600亿美元，其中包括北宁省出口120亿美元。", (1.2e10, "北宁")),
    (V + "越南今年吸引外资总额达50亿美元，其中有海防市吸引9亿美元。", (9e8, "海防")),
])
def test_a_place_after_a_breakdown_opener_holds_its_part(body: str, part: tuple[float, str]) -> None:
    got = holders(body)
    assert part in got, got


def test_a_place_inside_an_inclusion_still_holds_nothing() -> None:
    got = holders(V + "越南已有10个省市参加，其中包括广宁省在内的5个省份出口额达30亿美元。")
    assert all(s != "广宁" for _, s in got), got
