"""Facts (fc4, issue 13): 协议 before an amount or investment noun (协议投资额, 协议金额, 协议外资, 协议资金) is the
"contracted" figure of investment statistics, not an instrument's name, so the year heading the clause dates the
figure; a year heading an instrument's name (1983年越柬边界管理协议) still dates none. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def money(dateline: str, sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n" + dateline + sentence + "\n", source="t.txt")
    return [(f.value, f.as_of) for f in doc.facts if f.unit == "USD"]  # type: ignore[misc]


@pytest.mark.parametrize("dateline, sentence, value, year", [
    ("越通社河内2024年3月5日电——", "2023年越南各地引进外资协议金额达366亿美元。", 36.6e9, "2023"),
    ("越通社河内2024年3月5日电——", "2023年中国对越协议投资额为45亿美元。", 4.5e9, "2023"),
    ("新华社金边2024年3月5日电 ", "柬埔寨发展理事会5日发布的数据显示,2023年中国对柬埔寨协议投资额达到26亿美元。", 2.6e9, "2023"),
    ("新华社金边2024年3月5日电 ", "数据显示,去年中国对柬埔寨协议投资额达到26亿美元。", 2.6e9, "2023"),
    ("新华社万象2024年3月5日电 ", "2022年老挝吸引协议外资总额约为15亿美元。", 1.5e9, "2022"),
    ("（中央社記者王大明河內2024年3月5日專電）", "2023年台商對越南協議投資金額約為30億美元。", 3e9, "2023"),
])
def test_contracted_figures_keep_their_year(dateline: str, sentence: str, value: float, year: str) -> None:
    got = money(dateline, sentence)
    assert any(abs(v - value) < 1 and (a or "").startswith(year) for v, a in got), got


def test_a_year_heading_an_instrument_still_dates_no_figure() -> None:
    got = money("越通社河内2024年3月5日电——", "1993年越日经济合作协议框架下,日本共提供了5亿美元贷款。")
    assert got and all(not (a or "").startswith("1993") for _, a in got), got
