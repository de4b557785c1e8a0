"""Related-news headings outlets word their own way (issue 13, br1, stop 51): an earlier-reports heading ("早前报道"),
a more-news heading with the outlet's or section's name inside it ("更多某某电台新闻"), an English theme's heading
("Check Also"), and an editor's credit with its prefix ("网络编辑:某某") inside such a block. Invented pages."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_STORY = ("智利外长抵达利马开始工作访问\n\n"
          "新华社利马6月12日电 智利外长12日抵达利马,开始对秘鲁进行工作访问。"
          "双方将就边境口岸合作和渔业资源保护交换意见。\n\n"
          "秘鲁外长表示,两国将签署关于口岸合作的谅解备忘录。\n\n")
_TEASERS = ["巴西总统出席南美国家首脑会议", "阿根廷外长会见乌拉圭驻阿大使"]


def _headlines(heading: str, tail: str = "") -> list[str]:
    doc = extract(_STORY + heading + "\n" + "\n".join(_TEASERS) + "\n" + tail, source="br1-headings.txt")
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


@pytest.mark.parametrize("heading", [
    "早前报道",                # earlier reports of the same story
    "此前报道",
    "更多某某国际广播电台新闻",  # "more" + the outlet's name + "news"
    "更多国际新闻",              # "more" + a section's name + "news"
    "Check Also",              # an English theme's heading
    "See Also",
])
def test_an_outlets_own_heading_opens_the_related_block(heading: str) -> None:
    assert _headlines(heading) == _TEASERS


def test_a_long_line_with_more_and_news_in_it_is_no_heading() -> None:
    # (a name of figures or punctuation between the parts: a sentence, not a heading)
    assert _headlines("更多2024年的新闻") != _TEASERS


def test_an_editors_credit_with_its_prefix_is_no_teaser() -> None:
    doc = extract(_STORY + "相关新闻\n" + _TEASERS[0] + "\n"
                  + "6月10日,巴西总统在巴西利亚出席南美国家首脑会议,与会领导人讨论了地区一体化。\n"
                  + "网络编辑:王某某\n", source="br1-credit.txt")
    assert [doc.text[b.headline.start:b.headline.end] for b in doc.briefs] == [_TEASERS[0]]
