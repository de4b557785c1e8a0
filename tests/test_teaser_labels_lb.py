"""A section's label closed by a colon or a "more" arrow in a related-news block is no teaser (lb)."""

from __future__ import annotations

from dipnet.pipeline import extract
from dipnet.related import pointing_label


def _headlines(text: str) -> list[str]:
    doc = extract(text, source="lb.txt")
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


_STORY = ("老挝与柬埔寨举行边境会谈\n\n"
          "新华社万象4月3日电 老挝副外长与柬埔寨副外长3日在万象举行边境事务会谈,双方同意加强口岸合作。\n"
          "相关新闻\n"
          "- 2019-04-02老挝总理会见泰国驻老挝大使\n"
          "- 2019-04-01缅甸外长抵达河内开始正式访问\n")


def test_a_label_closed_by_an_arrow_under_the_teasers_is_no_teaser():
    assert _headlines(_STORY + "地区动态评论>>\n") == ["老挝总理会见泰国驻老挝大使", "缅甸外长抵达河内开始正式访问"]


def test_a_label_closed_by_a_colon_under_the_teasers_is_no_teaser():
    assert _headlines(_STORY + ">周边新闻集锦:\n") == ["老挝总理会见泰国驻老挝大使", "缅甸外长抵达河内开始正式访问"]


def test_labels_and_headlines_apart():
    assert pointing_label("东南亚要闻精选:")
    assert pointing_label("相关时评 >>")
    assert not pointing_label("老挝总理会见泰国驻老挝大使")
    assert not pointing_label("外交部:中方坚决反对单边制裁")
