"""Titles on invented pages (session 6, helper ti3)."""
from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def test_crawler_date_over_a_menu_word_then_headline_then_dateline() -> None:
    page = ("date 2025-04-02 我的頻道\n甲國漁船遭乙國海警攔截 甲國總統下令加強巡邏\n中央社首都2日專電\n"
            "甲國海事委員會今天表示,乙國海警船日前在爭議海域攔截甲國漁船,已向乙方提出外交交涉。\n")
    assert _title(page) == "甲國漁船遭乙國海警攔截 甲國總統下令加強巡邏"


def test_crawler_date_over_another_storys_teaser_then_headline_then_dateline() -> None:
    page = ("date 2025-04-02 生活專訪｜某歌手談新專輯 盼明年巡演\n甲國:乙國海警在爭議海域撞擊漁船\n"
            "(法新社首都2日電)甲國政府表示,一艘乙國海警船今天在爭議海域撞擊甲國漁船,造成船體受損。\n")
    assert _title(page) == "甲國:乙國海警在爭議海域撞擊漁船"


def test_epaper_page_label_over_the_headline() -> None:
    page = ("第03版:国际新闻 PDF版阅读\n外交部:甲乙两国外长会晤富有成果\n"
            "新华社北京4月2日电 外交部发言人2日在例行记者会上介绍了甲乙两国外长会晤的情况。\n")
    assert _title(page) == "外交部:甲乙两国外长会晤富有成果"


def test_two_line_headline_over_a_dateline_keeps_its_first_line() -> None:
    page = ("甲乙两军边境高层会晤\n商定加强边防合作具体举措\n"
            "新华社某地5月17日电 甲乙两军第二次边境高层会晤17日举行,双方商定加强边防合作。\n")
    assert _title(page) == "甲乙两军边境高层会晤"


def test_bar_row_over_no_headline_is_the_first_line_as_written() -> None:
    # a forum's excerpt cut above its headline: a lone bar, then the story's first sentences
    page = ("|\n9月4日至6日,甲乙合作论坛峰会将在首都举行,甲国总统将出席峰会开幕式并发表主旨讲话。\n"
            "连日来,多国领导人陆续抵达,出席峰会的各项活动。\n")
    assert _title(page) == "|"
