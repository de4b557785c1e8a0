"""A link to another story on a line of its own inside the story is a teaser, on invented pages
(issue 13, br4); a crosshead, a digest's card and an interview's question are the story's."""

from __future__ import annotations

from dipnet.inlinelink import inline_link
from dipnet.layout import load_layout
from dipnet.pipeline import extract

_OVER = ("新华社圣地亚哥3月2日电 智利总统将于3月9日对阿根廷进行国事访问,两国元首计划在布宜诺斯艾利斯举行会谈,"
         "并签署能源和矿业领域的合作文件,以推动两国经贸关系进一步发展。")
_UNDER = ("智利外交部消息人士此前透露,两国元首计划在会谈结束后共同出席能源合作论坛,"
          "两国还将就矿业投资和锂资源开发签署多份合作文件。")


def _headlines(text: str) -> list[str]:
    doc = extract(text, source="br4.txt")
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


def test_a_link_inside_the_story_is_a_teaser():
    text = "智利总统将访问阿根廷\n\n" + _OVER + "\n\n乌拉圭外长在蒙得维的亚会见巴拉圭驻乌大使\n\n" + _UNDER
    assert _headlines(text) == ["乌拉圭外长在蒙得维的亚会见巴拉圭驻乌大使"]


def test_a_crosshead_told_again_under_it_is_no_teaser():
    head = "两国将签署锂资源开发与矿业投资合作文件"  # (the paragraph under it tells its words again)
    assert not inline_link(head, _OVER, _UNDER, load_layout())


def test_a_digest_card_a_question_and_a_short_heading_are_no_teasers():
    layout = load_layout()
    link = "乌拉圭外长在蒙得维的亚会见巴拉圭驻乌大使"
    assert inline_link(link, _OVER, _UNDER, layout)
    # (a card's summary tells its headline again; a text under it that goes on with nothing over it)
    card = "乌拉圭外长2日在蒙得维的亚会见巴拉圭驻乌拉圭大使,双方就两国边境贸易和水电合作交换了意见。"
    assert not inline_link(link, _OVER, card, layout)
    apart = "秘鲁利马今日气温明显回升,大批市民纷纷前往海滩休闲度假,当地交通部门提醒市民注意出行安全并提前规划路线。"
    assert not inline_link(link, _OVER, apart, layout)
    assert not inline_link("有记者问,在当前形势下此次访问的意义是否不同以往?", _OVER, _UNDER, layout)
    assert not inline_link("深化能源合作", _OVER, _UNDER, layout)
