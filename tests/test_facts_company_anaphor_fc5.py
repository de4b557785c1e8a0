"""Facts (fc5, issue 13): 该公司, 该集团, 该企业 point back to the company named last before them, whatever
company noun its name ends in (鸿海集团…该公司) or where it ends in none (台积电…该企业, a business the
recognizer knows): the company holds the figure, not the country in its sentence. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社北京2024年3月5日电 "
V = "越通社河内2024年3月5日电——"
C = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("body, value, holder", [
    (C + "鴻海集團近年在越南持續擴大布局。該公司去年在越南投資約5億美元。", 5e8, "鸿海"),
    (C + "台積電宣布在日本熊本設廠。該企業將投資86億美元。", 8.6e9, "台积电"),
    (V + "越南维德集团在美国设立电动汽车工厂。该公司计划在美国投资40亿美元。", 4e9, "越南维德集团"),
    (X + "中国海螺集团在柬埔寨建设水泥厂。这家企业已累计投资3亿美元。", 3e8, "中国海螺集团"),
    (V + "韩国乐天集团看好越南市场。\n该公司今年将在越南新增投资10亿美元。", 1e9, "乐天集团"),
])
def test_a_company_pointed_back_to_holds_its_figure(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


def test_the_same_company_noun_still_finds_its_name() -> None:
    got = holders(V + "越南维德集团在美国设立电动汽车工厂。该集团计划在美国投资40亿美元。")
    assert (4e9, "越南维德集团") in got, got


def test_a_count_of_firms_is_no_company() -> None:
    got = holders(V + "越南维德集团在美国设立工厂。三家企业今年在越南投资10亿美元。")
    assert all(h != "三家企业" and not (h or "").endswith("三家企业") for _, h in got), got
