"""Titles of pages that print no headline (ti2, stop 62): the page opens with its story's first sentence, and
a line under it that looks like a headline is the story's own (a crosshead, a photo's caption with its
credit): the first line stays the title. A summary over a headline that the story tells again is the site's
teaser, and the headline under it stays the title. All text here is invented."""

from __future__ import annotations

from dipnet.layout import load_layout
from dipnet.lineshape import is_caption
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment

LEAD = "甲国外长乙某3月5日抵达丙国首都进行正式访问,双方将就扩大贸易和人文交流深入交换意见。"
PARA = "\n乙某在机场表示,甲丙两国传统友谊深厚,甲方愿同丙方一道推动各领域务实合作。"


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def test_a_crosshead_under_the_first_sentence_is_no_headline() -> None:
    page = "\n\n".join([LEAD, "乙某盛赞两国友谊 愿推动务实合作", PARA.strip(), "文化交流升温 青年互访增加",
                         "双方同意明年举办文化年活动,并扩大两国青年交流的规模。"])
    assert _title(page) == LEAD


def test_a_caption_printed_again_under_the_first_sentence_is_no_headline() -> None:
    caption = "甲国外长乙某访问丙国欢迎仪式主会场"
    page = LEAD + "\n" + caption + PARA + "\n" + caption + "\n双方同意明年举办文化年活动,并扩大两国青年交流的规模。"
    assert _title(page) == LEAD


def test_a_summary_the_story_tells_again_is_the_sites_teaser() -> None:
    head = "甲国外长乙某访问丙国"
    page = LEAD + "\n" + head + "\n3月5日," + LEAD.removesuffix("。") + ",此访为期三天。" + PARA
    assert _title(page) == head


def test_a_credited_photo_under_an_image_line_is_a_caption() -> None:
    assert is_caption("志愿者在码头装运救灾物资。(本报记者 丁某 摄) |", load_layout())
    page = "![]() |\n志愿者在码头装运救灾物资。(本报记者 丁某 摄) |\n3月5日下午,甲国红十字会向丙国灾区运送的首批救灾物资启运。" + PARA
    assert _title(page) == "![]() |"


def test_a_speakers_line_under_the_first_sentence_is_no_headline() -> None:
    page = "\n\n".join([LEAD, "乙某在欢迎仪式上说:", "—我们期待这次访问为两国合作打开新的局面。",
                        "双方同意明年举办文化年活动,并扩大两国青年交流的规模。"])
    assert _title(page) == LEAD


def test_a_dated_lead_under_the_headline_keeps_the_headline() -> None:
    head = "甲国外长乙某访问丙国"
    page = "\n".join(["两国外长表示,双方将扩大贸易和人文交流。", head, "3月5日,甲国外长乙某抵达丙国进行正式访问。" + PARA])
    assert _title(page) == head
