"""Titles and briefs on page shapes the tuning pages did not teach (ti7). All text here is invented."""

from __future__ import annotations

from dipnet.layout import load_layout
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment

HEADLINE = "北方国外长访问南方国 双方同意深化港口合作"
STORY = ("北方国外长甲乙丙3日抵达南方国首都,开始对南方国进行为期两天的正式访问。"
         "访问期间,甲乙丙同南方国外长丁戊己举行会谈,双方同意深化港口合作,扩大农产品贸易。\n"
         "丁戊己表示,南方国愿同北方国一道,推动两国关系不断向前发展。")


def _doc(text: str):  # type: ignore[no-untyped-def]
    return segment(normalize(Page(source="t.txt", text=text)))


def _briefs(text: str) -> list[str]:
    doc = _doc(text)
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


# --- titles: a section's labels, a site's slogan over the headline ---

def test_section_labels_over_the_headline_are_not_the_title() -> None:
    # (the label's one word pair, "国际", stands in the story by chance)
    page = "国际\n\n国际要闻\n\n" + HEADLINE + "\n\n" + STORY.replace("扩大农产品贸易", "扩大国际航运")
    assert _doc(page).title == HEADLINE


def test_a_sites_slogan_sentence_over_the_headline_is_not_the_story() -> None:
    page = "某某资讯\n\n每天为您带来全球最新消息。\n\n" + HEADLINE + "\n\n" + HEADLINE + "\n\n" + STORY
    assert _doc(page).title == HEADLINE


def test_a_short_headline_the_story_shares_stays() -> None:  # guard
    page = "港口合作\n\n" + STORY
    assert _doc(page).title == "港口合作"


def test_a_headline_over_its_story_stays() -> None:  # guard
    assert _doc(HEADLINE + "\n\n" + STORY).title == HEADLINE


# --- briefs: the site's footer and tag rows under a related-news block ---

TEASERS = ("相关新闻\n\n东方国总统会见西方国议长 双方讨论能源合作\n\n"
           "南方国举办国际咖啡节 吸引上万名游客参加\n\n")
WANT = ["东方国总统会见西方国议长 双方讨论能源合作", "南方国举办国际咖啡节 吸引上万名游客参加"]


def test_a_tag_row_under_the_teasers_is_no_brief() -> None:
    page = HEADLINE + "\n\n" + STORY + "\n\n" + TEASERS + "关键词：港口 合作 访问\n"
    assert _briefs(page) == WANT


def test_a_comment_prompt_under_the_teasers_is_no_brief() -> None:
    page = HEADLINE + "\n\n" + STORY + "\n\n" + TEASERS + "网友评论\n\n请先登录后发表评论\n"
    assert _briefs(page) == WANT


def test_a_footer_menu_under_the_teasers_is_no_brief() -> None:
    page = HEADLINE + "\n\n" + STORY + "\n\n" + TEASERS + "关于本站\n联系方式\n投稿须知\n"
    assert _briefs(page) == WANT


def test_nothing_under_the_sites_footer_is_a_brief() -> None:
    page = (HEADLINE + "\n\n" + STORY + "\n\n" + TEASERS + "版权所有 某某资讯网\n\n"
            "东方国铁路建设取得新进展 全线预计明年通车\n")
    assert _briefs(page) == WANT


def test_a_corrections_bracket_after_the_end_mark_is_no_brief() -> None:
    page = (HEADLINE + "\n\n" + STORY.replace("发展。", "发展。(完)") + "\n\n【纠错】 【责任编辑:丙丁】\n\n"
            "东方国铁路建设取得新进展 全线预计明年通车\n")
    assert _briefs(page) == ["东方国铁路建设取得新进展 全线预计明年通车"]


def test_no_teaser_lines() -> None:
    from dipnet.footlines import no_teaser

    layout = load_layout()
    assert no_teaser("标签:港口 合作", layout)
    assert no_teaser("• 关于本站", layout)
    assert not no_teaser("东方国总统会见西方国议长", layout)
    assert not no_teaser("标签厂迁往东方国", layout)  # (a headline opening with the word)


def test_an_images_empty_link_in_the_block_is_no_brief() -> None:
    page = (HEADLINE + "\n\n" + STORY + "\n\n相关新闻\n\n![]() |\n\n" + WANT[0] + "\n\n![](pic.jpg)\n\n" + WANT[1] + "\n")
    assert _briefs(page) == WANT


def test_prev_next_labels_after_the_end_mark_are_no_part_of_the_briefs() -> None:
    page = (HEADLINE + "\n\n" + STORY.replace("发展。", "发展。(完)") + "\n\n上一篇：" + WANT[0] + "\n下一篇：" + WANT[1] + "\n")
    assert _briefs(page) == WANT


def test_the_headline_printed_again_with_its_photo_marker_heads_the_run() -> None:
    # a widget's line over the headline, the headline again with its photo's marker, then the dateline
    page = ("南城 多云 18°C\n\n东方国总理会见西方国外长\n\n东方国总理会见西方国外长- ảnh 1\n\n"
            "(VOVworld)-东方国总理5日在首都会见到访的西方国外长,双方就深化经贸合作交换意见。\n\n"
            "东方国总理表示,东方国愿同西方国扩大贸易往来。")
    assert _doc(page).title == "东方国总理会见西方国外长"


def test_the_headlines_deck_under_it_is_no_row_of_teasers() -> None:
    for under in ("", "2024-05-03 10:20 来源:某某网\n"):
        page = HEADLINE + "\n两国签署三项合作文件 港口与农业成为重点\n" + under + STORY
        assert _briefs(page) == []
        assert _doc(page).title == HEADLINE


def test_a_row_of_teasers_under_the_story_stays_briefs() -> None:  # guard
    row = ["东方国总统会见西方国议长", "南方国举办国际咖啡节吸引游客"]
    page = HEADLINE + "\n\n" + STORY + "\n\n" + " ".join(row) + "\n"
    assert _briefs(page) == row


def test_a_short_headline_over_a_share_bar_is_no_site_name() -> None:
    page = ("北方国南方国深化合作\n分享到: 微信 微博 QQ空间\n"
            "北方国驻南方国大使馆5月3日举行招待会,庆祝两国建交50周年。南方国外交部副部长出席并致辞。\n"
            "双方表示将继续推动两国关系向前发展。")
    assert _doc(page).title == "北方国南方国深化合作"


def test_a_seven_character_headline_under_a_sites_masthead_is_the_title() -> None:
    page = "某某资讯 - 您身边的新闻\n\n外长访问南方国\n\n" + STORY
    assert _doc(page).title == "外长访问南方国"


def test_the_sites_promotion_and_contact_lines_under_the_teasers_are_no_briefs() -> None:
    for tail in ("想看更多精彩内容请关注某某资讯公众号", "(本文来源:某某资讯 作者:丙丁)", "爆料电话:010-23456789 欢迎来稿"):
        page = HEADLINE + "\n\n" + STORY + "\n\n" + TEASERS + tail + "\n"
        assert _briefs(page) == WANT, tail


def test_a_kicker_over_the_headline_over_its_stamp_is_not_the_title() -> None:
    page = ("【独家】\n\n港口合作迎来新机遇\n\n2024-05-03 10:20\n\n"
            "她说,两国将在今后五年内共同建设三座现代化港口,并扩大农产品贸易规模。\n\n"
            "双方还同意加强人员往来。")
    assert _doc(page).title == "港口合作迎来新机遇"


def test_a_columns_six_character_name_repeated_in_the_story_gives_way_to_the_headline() -> None:
    page = ("• 首页\n• 国际\n跳到正文\n北方报刊摘要\n北方国港口合作进入新阶段 南方国表示欢迎\n"
            "北方报刊摘要今天关注北方国与南方国的港口合作,北方国外长表示合作进入新阶段。\n"
            "南方国外长表示欢迎,并希望扩大农产品贸易。")
    assert _doc(page).title == "北方国港口合作进入新阶段 南方国表示欢迎"


def test_a_teasers_date_after_a_bar_is_no_part_of_its_headline() -> None:
    page = (HEADLINE + "\n\n" + STORY + "\n\n相关新闻\n" + WANT[0] + " | 2024-05-03\n" + WANT[1] + " | 2024-05-04\n")
    assert _briefs(page) == WANT


def test_a_related_video_list_is_a_block_of_teasers() -> None:
    page = (HEADLINE + "\n\n" + STORY + "\n\n相关视频\n" + WANT[0] + "\n02:35\n" + WANT[1] + "\n01:20\n")
    assert _briefs(page) == WANT


def test_of_the_lines_about_the_story_the_one_over_the_byline_is_the_headline() -> None:
    # a ticker's short line about the same story stands first, another story's line between
    page = ("date 2024-05-03 我的频道\n*拖动栏目可自订顺序\n恢复默认 确定\n快讯\n"
            "北方国外长将访南方国⋯双方拟签港口协议\n东方国股市收盘创新高 成交量放大\n"
            "北方国外长将于下周访问南方国⋯双方拟签署港口合作协议\n记者丙丁戊/即时报导\n"
            "北方国外交部3日宣布,外长甲乙丙将于下周访问南方国,双方拟签署港口合作协议,扩大农产品贸易。\n"
            "南方国外交部表示欢迎。")
    assert _doc(page).title == "北方国外长将于下周访问南方国⋯双方拟签署港口合作协议"
