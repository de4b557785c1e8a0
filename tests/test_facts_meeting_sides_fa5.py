"""Facts (fa5, stop 62): a 双方/双边 told after a meeting of two people is the pair of the lands the two
serve, not the two lands the sentence names most (the land a traveller came from is no side), nor the
page's first pair when the figure's own sentence names one side only (the meeting told in the
sentences just before it); where the figure's paragraph writes the pair in no order, the meeting's
order holds (the one who meets first), not the order of a later sentence of the page.
Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(text: str, value: float) -> set[str]:
    return {f.subject for f in extract(text, source="t.txt").facts if f.value == value}


@pytest.mark.parametrize("text, value, pair", [
    # the traveller came from 泰国, which the page names more than 中国: the two who met are the sides
    ("李强结束泰国访问转抵马来西亚\n\n新华社吉隆坡6月2日电 国务院总理李强由泰国转到马来西亚访问,与马来西亚总理"
     "安瓦尔举行会谈,双方签署了12份合作文件。\n\n李强在泰国期间出席了泰国商界的活动。马来西亚是重要伙伴。\n",
     12, "中国-马来西亚"),
    ("李强结束泰国访问转抵马来西亚\n\n新华社吉隆坡6月2日电 中国国务院总理李强由泰国转到马来西亚访问,与马来西亚"
     "总理安瓦尔举行会谈,双方签署超过50亿美元的合作协议。\n\n李强在泰国期间出席了泰国商界的活动。\n",
     5000000000, "中国-马来西亚"),
    # the figure's sentence names one side; the meeting just before it names the other (not the page's first pair)
    ("越南与德国深化合作\n\n河内5月3日电 越南与德国同意加强合作。\n\n越南政府总理范明政会见新西兰总理拉克森。\n\n"
     "为实现将双边贸易额提升至50亿美元的目标,范明政建议双方加强合作。\n", 5000000000, "越南-新西兰"),
    # no order written in the figure's paragraph: the meeting's, not the page's later 越南和香港
    ("特首访问东盟\n\n行政长官李家超率领的商贸代表团今早与越南副总理陈红河会面,会后双方签署6份合作备忘录。\n"
     "越南领导人表示,越南和香港关系不断发展。\n", 6, "香港-越南"),
])
def test_a_pair_word_after_a_meeting_is_the_two_who_met(text: str, value: float, pair: str) -> None:
    assert holders(text, value) == {pair}


def test_a_pair_written_in_the_paragraph_keeps_its_order() -> None:
    text = ("特首会见越南副总理\n\n香港和越南两地将加强合作。\n特首表示,越南是香港重要伙伴,"
            "今年双边贸易额已达到300亿美元。越南欢迎更多投资。\n")
    assert holders(text, 30000000000) == {"香港-越南"}
