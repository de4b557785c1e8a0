"""Layout slips seen on unseen pages of many outlets (lay2). All text here is invented."""

from __future__ import annotations

from dipnet.captioncell import lone_caption
from dipnet.contract import to_record
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.pipeline import process_page
from dipnet.segment import segment


def _doc(text: str):  # type: ignore[no-untyped-def]
    return segment(normalize(Page(source="t.txt", text=text)))


def _headlines(text: str) -> list[str]:
    doc = _doc(text)
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


# a photo printed as a table: the image's cell, then its caption's cell, the story going on under it
IMAGE_CAPTION = ("北方国总理访问南方国\n"
                 "6月3日上午,北方国总理甲乙丙抵达南方国首都,开始对南方国进行为期三天的正式访问。\n"
                 "![]() |\n"
                 "南方国总统丁戊己欢迎北方国总理甲乙丙 |\n"
                 "欢迎仪式结束后,两国领导人举行会谈,就深化双边关系交换意见并见证多份合作文件签署。\n")

# a caption's cell with no image line over it, telling what the paragraph beside it tells
BESIDE = ("北方国副总理会见企业代表\n"
          "北方国副总理甲乙丙7月2日在首都会见了多家外国企业的领导人,介绍本国的投资环境和优惠政策。\n"
          "甲乙丙会见东海集团首席执行官Anna Berg |\n"
          "会见东海集团首席执行官Anna Berg 时,甲乙丙表示支持该集团扩大在北方国的物流投资计划。\n")

# teasers of other stories printed as a table row under the story: briefs, as before
TEASER_ROW = ("北方国外长会见南方国大使\n"
              "8月9日,北方国外长甲乙丙在首都会见南方国驻该国大使丁戊己,双方就两国合作交换意见。\n"
              "北方国举办国际咖啡节 南方国稻米出口创新高 |\n")


def test_a_caption_cell_under_its_image_is_no_brief() -> None:
    assert _headlines(IMAGE_CAPTION) == []


def test_a_caption_cell_telling_the_paragraph_beside_it_is_no_brief() -> None:
    assert _headlines(BESIDE) == []


def test_a_row_of_teasers_under_the_story_stays_briefs() -> None:
    assert _headlines(TEASER_ROW) == ["北方国举办国际咖啡节", "南方国稻米出口创新高"]


def test_a_lone_cell_between_paragraphs_about_another_story_is_a_teaser() -> None:
    story = "8月9日,北方国外长甲乙丙在首都会见南方国驻该国大使丁戊己,双方就两国合作交换意见。"
    assert not lone_caption("南方国举办国际咖啡节吸引众多游客", story, story)
    assert lone_caption("南方国总统欢迎北方国总理", "![]() |", story)


# a copying site's stamp over a wire story: the copy's day, not the story's
COPIED = ("发布时间:2024-11-30 18:48:14 来源: sp20241130\n"
          "中新网 北京9月12日电 (记者 甲乙丙)北方国外交部发言人丁戊己9月12日主持例行记者会。\n"
          "丁戊己表示,北方国愿同南方国通过对话协商妥善处理分歧。(完)\n")


def test_a_copy_stamp_dates_the_page_by_its_dateline() -> None:
    doc = process_page(Page(source="t.txt", text=COPIED))
    assert doc.published is not None and doc.published.date == "2024-09-12"
    later = process_page(Page(source="t.txt", text=COPIED.replace("9月12日", "12月20日")))
    assert later.published is not None and later.published.date == "2023-12-20"  # (the last one before the copy)


# a wire's dateline that names its reporter before the place
BYLINED = ("北方国总统出访友邦\n\n"
           "(中央社記者王大明台北7日電)北方国总统今天上午启程出访三个友邦,多国使节前往机场送行。\n")


def test_a_bylined_dateline_gives_the_place_without_the_reporter() -> None:
    rec = to_record(process_page(Page(source="t.txt", text=BYLINED)))
    assert rec["segments"]["dateline"] == {"agency": "中央社", "place": "台北"}


# a site's notice in Japanese over the headline (a link to the site's edition in another language)
JAPANESE_NOTICE = ("本網站使用相關技術提供更好的閱讀體驗,點這裡瞭解隱私聲明。\n"
                   "こちらのページは簡体字版です。韓国語版「ニュース」に移動しますか。\n\n"
                   "北方国外长会见南方国大使\n\n"
                   "北方国外长甲乙丙8日在首都会见南方国驻该国大使丁戊己,双方就两国合作交换意见。\n")


def test_a_japanese_site_notice_names_no_country() -> None:
    doc = process_page(Page(source="t.txt", text=JAPANESE_NOTICE))
    assert "韩国" not in {e.name for e in doc.entities}


# a share bar and a follow-us line name social networks; a story's sentence names one too
SHARE_BAR = ("北方国外长会见南方国大使\n\n"
             "缩小字体 放大字体 收藏 微博 微信 0\n\n"
             "北方国外长甲乙丙8日在首都会见南方国驻该国大使丁戊己,双方就两国合作交换意见。\n"
             "立即订阅北方电视台 YouTube,即时掌握时事发展。\n")
STORY_NAMES_IT = ("南方国总理宣布访问北方国\n\n"
                  "南方国总理丁戊己3日透过社交平台Facebook指出,他将于下月访问北方国。\n")


def test_a_share_bar_or_follow_line_names_no_platform() -> None:
    names = {e.name for e in process_page(Page(source="t.txt", text=SHARE_BAR)).entities}
    assert not names & {"微信", "微博", "新浪微博", "YouTube"}


def test_a_platform_in_the_story_is_an_entity() -> None:
    names = {e.name for e in process_page(Page(source="t.txt", text=STORY_NAMES_IT)).entities}
    assert "Facebook" in names
