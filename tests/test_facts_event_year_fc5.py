"""Facts (fc5, issue 13): the year of a founding, joining or upgrade told in a sentence before a figure
(越南与老挝1962年建交。, 越南于1995年加入东盟。, 2016年两国建立…伙伴关系。) is the time of that event, no
period the figures after it are told for: a figure with no time of its own holds at the page's date. A
sentence of that year which tells a figure still frames what follows it. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def as_ofs(body: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n" + body + "\n", source="t.txt")
    return [(f.value, (f.as_of or "")[:4] or None) for f in doc.facts]  # type: ignore[misc]


V = "越通社河内2024年3月5日电——"
X = "新华社北京2024年3月5日电 "
C = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("body, value", [
    (V + "越南与老挝1962年建交。两国贸易额达16亿美元。", 1.6e9),
    (V + "越南与老挝于1962年建立外交关系。两国贸易额达16亿美元。", 1.6e9),
    (V + "越南于1995年加入东盟。越南对东盟出口额达350亿美元。", 3.5e10),
    (V + "越南与韩国1992年建交以来,双边关系快速发展。韩国累计对越投资达860亿美元。", 8.6e10),
    (X + "中国与东盟1991年开启对话进程。中国与东盟贸易额达9117亿美元。", 9.117e11),
    (V + "2016年越南与印度建立全面战略伙伴关系。两国贸易额达150亿美元。", 1.5e10),
    (C + "中泰兩國於1975年建交。中國是泰國最大貿易夥伴,雙邊貿易額達1260億美元。", 1.26e11),
])
def test_an_events_year_dates_no_figure_after_it(body: str, value: float) -> None:
    got = as_ofs(body)
    assert (value, "2024") in got, got


@pytest.mark.parametrize("body, value, year", [
    (V + "2016年两国建立全面战略伙伴关系,当年贸易额达80亿美元。同比增长10%。", 10, "2016"),
    (V + "2023年越南吸引外资366亿美元。其中新加坡投资68亿美元。", 6.8e9, "2023"),
    (V + "越南与老挝1962年建交。1962年两国贸易额仅为100万美元。", 1e6, "1962"),
])
def test_a_year_that_frames_figures_still_does(body: str, value: float, year: str) -> None:
    got = as_ofs(body)
    assert (value, year) in got, got
