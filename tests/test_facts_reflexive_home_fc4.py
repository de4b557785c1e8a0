"""Facts (fc4, issue 13): 本国 (its own country) is the country of the party its sentence names before it, the
speaker or the actor (印尼总统佐科表示,本国…; 柬埔寨发展理事会称,本国…), not the country the page names most.
Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社北京2024年3月5日电 "


@pytest.mark.parametrize("body, value, holder", [
    (X + "印尼总统佐科表示,本国去年吸引外资达470亿美元。中国是印尼第二大投资来源国。中国企业在印尼投资很多,中国游客也很多。",
     47e9, "印度尼西亚"),
    ("2024年3月5日\n（金边5日讯）柬埔寨发展理事会表示,去年本国吸引外资49亿美元,其中中国投资占43%。", 4.9e9, "柬埔寨"),
    (X + "泰国总理表示,本国去年接待外国游客2800万人次。中国游客约350万人次,中国是泰国最大客源国,中国航线也最多。",
     28e6, "泰国"),
    (X + "马来西亚首相在吉隆坡说,本国今年前两个月出口额增长8%。中马贸易持续增长,中国是马来西亚最大贸易伙伴,中国企业投资踊跃。",
     8, "马来西亚"),
])
def test_its_own_country_is_the_speakers(body: str, value: float, holder: str) -> None:
    got = holders(body)
    assert (value, holder) in got, got


def test_with_no_party_named_before_it_the_pages_country_holds() -> None:
    got = holders(X + "本国去年吸引外资达470亿美元。中国是印尼第二大投资来源国。中国企业在印尼投资很多。")
    assert (47e9, "中国") in got, got
