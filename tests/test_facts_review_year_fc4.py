"""Facts (fc4, issue 13): a title opening with a past year (2023年越南外贸回顾 on a page of January 2024) names the
year a review article reports on, so a figure that neither its sentence nor its paragraph dates (the dateline's day
is no period) holds for that year; a title opening a span (2023年以来…) or naming the page's own or a later year
(2024年…展望, 2030年…目标) changes nothing, nor does a figure told as holding now (目前) or with its own time.
Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def as_ofs(title: str, body: str) -> list[tuple[float, str | None]]:
    doc = extract(title + "\n\n" + body + "\n", source="t.txt")
    return [(f.value, f.as_of) for f in doc.facts]  # type: ignore[misc]


V = "越通社河内2024年1月5日电——"


@pytest.mark.parametrize("title, body, value, year", [
    ("2023年越南外贸回顾", V + "越南出口额达3550亿美元,同比下降4.4%。", 355e9, "2023"),
    ("2023年越南外贸回顾", V + "越南出口额达3550亿美元,同比下降4.4%。", 4.4, "2023"),
    ("2023年越南吸引外资亮点", V + "据计划投资部统计,越南吸引外资总额达366亿美元。", 36.6e9, "2023"),
    ("2023年越南外交成就:多边舞台上的新高度", V + "越南在全球竞争力排行榜上上升了5位。", 5, "2023"),
    ("2023年越老合作回顾", V + "越南接待老挝游客约12万人次。\n\n越南向老挝提供了1000个奖学金名额。", 1000, "2023"),
])
def test_a_review_titles_year_dates_its_undated_figures(title: str, body: str, value: float, year: str) -> None:
    got = as_ofs(title, body)
    assert any(v == value and (a or "").startswith(year) for v, a in got), got


@pytest.mark.parametrize("title, body, value", [
    ("2023年以来越南吸引外资情况", V + "越南吸引外资达366亿美元。", 36.6e9),
    ("2024年越南外贸展望", V + "越南出口额达3550亿美元。", 355e9),
    ("越南外贸回顾", V + "越南出口额达3550亿美元。", 355e9),
    ("2023年越南外贸回顾", V + "目前越南已与60多个国家和地区签署自贸协定。", 60),
    ("2023年越南外贸回顾", V + "今年1月越南出口额达300亿美元。", 30e9),
])
def test_other_titles_or_figures_keep_the_pages_year(title: str, body: str, value: float) -> None:
    got = as_ofs(title, body)
    assert any(v == value and (a or "").startswith("2024") for v, a in got), got
