"""Facts (fc2, issue 13): Hong Kong and Macau government releases speak of their own territory as
本港 / 本澳 ("this port", "this Macau"); the figure a clause tells of it is the territory's, as with
大陆 in Taiwanese writing. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(lead: str, sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("题目\n\n" + lead + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize(("lead", "sentence", "value", "holder"), [
    ("新闻局2024年3月5日：", "今年一月入境本澳旅客共283万人次,按年上升近一倍。\n\n其中香港旅客约60万人次。", 2830000, "澳门"),
    ("新聞局2024年3月5日：", "統計顯示,本澳去年的博彩收入按年上升3倍,入境旅客達2800萬人次。", 28000000, "澳门"),
    ("政府新闻处2024年3月5日：", "去年访港旅客中,来自本港以外的内地旅客约2700万人次,本港居民出境约9000万人次。", 90000000, "香港"),
    ("政府新聞處2024年3月5日：", "本港去年對越南的出口額約為600億港元,而香港與澳門的往來人次亦見上升。", 60000000000, "香港"),
])
def test_the_territory_speaking_of_itself_holds_its_figure(lead: str, sentence: str, value: float, holder: str) -> None:
    assert (value, holder) in holders(lead, sentence)


def test_an_outside_figure_keeps_its_own_holder() -> None:
    # a named country's figure next to 本港 is still the named country's
    got = holders("政府新闻处2024年3月5日：", "越南去年吸引外资约360亿美元,其中来自本港的投资约20亿美元。")
    assert (36000000000, "越南") in got
