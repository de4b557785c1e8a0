"""Teasers of related-news rows parted by spaces, on invented pages (issue 13, tb1)."""

from __future__ import annotations

from dipnet.headhalves import joined_halves
from dipnet.layout import load_layout
from dipnet.pipeline import extract


def _headlines(text: str) -> list[str]:
    doc = extract(text, source="tb1.txt")
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


def test_a_two_part_headline_in_a_row_of_teasers_is_one_teaser():
    text = ("泰国与柬埔寨签署边境贸易协定\n\n"
            "新华社曼谷3月2日电 泰国商务部长与柬埔寨商务部长2日在曼谷签署边境贸易协定,双方同意简化通关手续。(完) "
            "相关新闻 老挝总理抵达金边 开始正式访问 印尼外长会见新加坡驻印尼大使")
    assert _headlines(text) == ["老挝总理抵达金边 开始正式访问", "印尼外长会见新加坡驻印尼大使"]


def test_subjectless_headlines_in_a_row_stay_teasers_of_their_own():
    text = ("蒙古与哈萨克斯坦举行外长磋商\n\n"
            "新华社乌兰巴托5月9日电 蒙古外长与哈萨克斯坦外长9日在乌兰巴托举行磋商,就过境运输交换了意见。(完) "
            "相关新闻 两国签署铁路合作文件 扩大过境货运 推动草原旅游线路建设 进一步便利边民往来")
    assert _headlines(text) == ["两国签署铁路合作文件 扩大过境货运", "推动草原旅游线路建设", "进一步便利边民往来"]


def test_only_pieces_parted_by_spaces_alone_are_joined():
    text = "智利外长抵达利马 | 开始工作访问"
    spans = [(0, 8), (11, 17)]
    layout = load_layout()
    assert joined_halves(text, spans, layout) == spans
    assert joined_halves(text.replace(" | ", "  "), [(0, 8), (10, 16)], layout) == [(0, 16)]
