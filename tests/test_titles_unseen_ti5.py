"""Titles and briefs on invented pages (session 6, helper ti5)."""
from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def _briefs(text: str) -> list[str]:
    doc = segment(normalize(Page(source="t.txt", text=text)))
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


def test_stray_quote_marks_over_the_headline_give_way_to_the_line_the_story_is_about() -> None:
    page = ("广告\nxx\n\"\n\"\n回到页首\n\n甲乙外长会谈 共商海峡和平与航运安全\n\n发布时间:2021/03/05 10:20\n"
            "甲国外长与乙国外长今天举行会谈,双方就海峡和平与航运安全交换意见。(图/某社)\n"
            "甲国外长表示,愿与乙国加强海上合作,维护航运安全。\n")
    assert _title(page) == "甲乙外长会谈 共商海峡和平与航运安全"


def test_a_font_size_label_over_the_headline_gives_way_to_it() -> None:
    page = ("某某网 > 新闻 > 国际 > 正文\n\n调整你的阅读字号:\n\n详讯:甲国总统抵达乙国开始国事访问\n\n"
            "某某网 2019年05月06日 10:54 来源:某某社\n专题:甲国总统访问乙国\n\n>>>更多新闻,请点击“新闻频道”\n\n"
            "甲国总统6日上午抵达乙国首都,开始对乙国进行国事访问。乙国总统在机场迎接。\n")
    assert _title(page) == "详讯:甲国总统抵达乙国开始国事访问"


def test_a_bulleted_date_widget_over_the_headline_gives_way_to_it() -> None:
    page = ("• 3月5日 星期三\n\n甲国总理:与乙国外长进行了坦诚的讨论\n\n"
            "乙国外长于3月3日开始对甲国进行为期三天的正式访问。\n"
            "昨天上午,甲国总理会见了乙国外长,双方进行了坦诚的讨论。\n")
    assert _title(page) == "甲国总理:与乙国外长进行了坦诚的讨论"


def test_a_headline_over_its_subtitle_stays_though_the_subtitle_shares_more_words() -> None:
    page = ("某某首页 > 某某号 > 正文\n\n驻外记者坦言:在这座城市生活便利又安心\n\n记者:甲国不搞阵营对抗那一套\n\n"
            "甲国总理于1月28日至31日对乙国进行正式访问,这是甲国总理时隔八年再次访问乙国。\n"
            "开年以来,多国领导人密集访问甲国,甲国外交十分活跃。\n")
    assert _title(page) == "驻外记者坦言:在这座城市生活便利又安心"
