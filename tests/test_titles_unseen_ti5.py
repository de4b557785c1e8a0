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


def test_a_share_buttons_label_run_into_the_headlines_line_is_no_part_of_the_title() -> None:
    page = ("首页 -> 国际\n甲国寻求重启与乙国高层接触分享到:\n某某网8月12日电 据报道,甲国外长计划于9月访问乙国。\n"
            "这表明甲国希望恢复与乙国的高层接触。(完)\n")
    assert _title(page) == "甲国寻求重启与乙国高层接触"


def test_a_teaser_opening_with_its_date_loses_the_date() -> None:
    page = ("甲国外交部就乙方错误言行答记者问\n某某社8月10日电 甲国外交部发言人10日强调,甲国内政不容干涉。\n"
            "发言人说,乙方应立即停止干涉甲国内政。\n相关新闻\n- 2019-08-11甲国各界呼吁维护社会秩序\n"
            "- 2019-08-09快评:期待更多市民站出来\n")
    assert _briefs(page) == ["甲国各界呼吁维护社会秩序", "快评:期待更多市民站出来"]


def test_previous_and_next_links_are_one_whole_teaser_each() -> None:
    page = ("甲国总理会见乙国外长\n乙国外长于9月10日开始对甲国进行正式访问。\n昨天上午,甲国总理会见了乙国外长。\n"
            "上一篇新闻\n\n城市农夫后院种菜乐 居民自己栽种蔬果\n\n下一篇新闻\n\n两名主管共谋 假单据骗公司九百万\n")
    assert _briefs(page) == ["城市农夫后院种菜乐 居民自己栽种蔬果", "两名主管共谋 假单据骗公司九百万"]


def test_previous_and_next_links_after_their_label_on_one_line() -> None:
    page = ("甲国外交部回应乙国前官员言论\n7月24日,甲国外交部发言人主持例行记者会。\n发言人表示,甲方立场非常坚定。\n"
            "上一篇: 某部队派小分队赴海外参加联合演习 为什么?\n下一篇: 国防白皮书:七年审计一万余名领导干部\n")
    assert _briefs(page) == ["某部队派小分队赴海外参加联合演习 为什么?", "国防白皮书:七年审计一万余名领导干部"]


def test_a_related_marker_over_a_teaser_is_not_joined_to_it_as_a_broken_sentence() -> None:
    page = ("某某首页 > 某某号 > 正文\n\n甲国总理结束对乙国的正式访问\n\n甲国总理于1月28日至31日对乙国进行正式访问。\n\n"
            "这是甲国总理时隔八年再次访问乙国。\n\n双方签署了多项合作文件。\n\n"
            "相关推荐\n热点推荐\n某省最新预测:大回暖,直冲十七度!\n")
    assert _briefs(page) == ["某省最新预测:大回暖,直冲十七度!"]


def test_a_row_of_section_labels_with_their_more_links_is_no_teaser() -> None:
    page = ("首页 -> 国际\n甲国寻求重启与乙国高层接触\n某某网8月12日电 据报道,甲国外长计划于9月访问乙国。(完)\n|\n"
            "视频更 多\n两会观察|政府工作报告连续十年提到了它\n【环球说】这条海峡为何牵动全球?\n"
            "来论更 多评论更 多\n论坛更 多阅读排行\n")
    assert _briefs(page) == ["两会观察|政府工作报告连续十年提到了它", "【环球说】这条海峡为何牵动全球?"]


def test_a_photographers_bracketed_credit_makes_a_table_cell_a_caption_not_a_teaser() -> None:
    page = ("甲国首相:讨论新层面的甲乙合作\n2018/10/26\n甲国首相25日访问乙国首都,与乙国总理进行了畅谈。\n"
            "![]() |\n甲国首相和乙国总理(25日,首都)(某某某摄影) |\n甲国首相还出席了条约生效40周年的纪念活动。\n")
    assert _briefs(page) == []


def test_a_headline_with_its_photos_caption_run_in_is_found_under_a_stray_line() -> None:
    page = ("\"\n甲国副总理与乙国外长通电话hinh anh 1甲国副总理某某。图自某社\n"
            "某社首都——3月4日,甲国副总理已同乙国外长通电话,就双边关系交换意见。\n"
            "乙国外长祝贺甲国成功举办会议,强调乙国十分重视与甲国的合作关系。\n")
    assert _title(page) == "甲国副总理与乙国外长通电话"


def test_a_browsers_title_bar_under_a_login_bar_is_still_matched_with_its_headline() -> None:
    page = ("登录 | 注册\n甲乙两国外长会谈 同意加强海上合作 | 某某报 Some Press\n国际\n财经\n体育\n娱乐\n"
            "评论\n视频\n甲国总统出席论坛 谈区域经济前景\n乙国央行维持利率不变\n"
            "甲乙两国外长会谈 同意加强海上合作\n2024-04-12 10:20\n"
            "甲国外长今天与来访的乙国外长会谈,双方同意加强海上合作。\n")
    assert _title(page) == "甲乙两国外长会谈 同意加强海上合作"


def test_a_stations_name_sharing_no_word_with_the_story_gives_way_to_its_headline() -> None:
    page = ("Abc 某某国际广播电台\n\n外长会议软化立场 多国批评恐掀波澜\n\n"
            "第50届区域外长会议于2日至8日在首都召开,此次外长会议的联合公报措辞温和,多国对此表达不满。\n")
    assert _title(page) == "外长会议软化立场 多国批评恐掀波澜"


def test_a_notices_sentence_at_the_top_is_not_the_story_the_headline_is_sought_against() -> None:
    page = ("• 首页\n• 新闻\n• 国际\n本网站使用相关技术提供更好的阅读体验,同时尊重使用者隐私,点这里了解隐私声明"
            "当您关闭此视窗,代表您同意上述规范。\n某社一手新闻APP Icon某社一手新闻APP\n下载\n\n"
            "甲国外长访问乙国 双方同意深化经贸合作\n\n2024/8/15 14:08\n请同意我们的隐私权规范,才能启用听新闻的功能。\n"
            "(某社首都15日电)甲国外长15日抵达乙国访问,双方同意深化经贸合作。\n")
    assert _title(page) == "甲国外长访问乙国 双方同意深化经贸合作"


def test_the_first_line_about_the_story_heads_it_though_a_caption_below_shares_more() -> None:
    page = ("• 11月24日 星期日\n无障碍链接\n某国时间15:55 2024年5月12日 星期日\n甲国总书记下周访问白宫\n"
            "甲国共产党总书记某某某\n甲国共产党总书记某某某\n"
            "乙国官员星期五表示,乙国总统下周二将在白宫会晤甲国共产党总书记某某某,并就贸易议题举行会谈。\n")
    assert _title(page) == "甲国总书记下周访问白宫"


def test_an_original_title_line_is_a_credit_not_the_headline() -> None:
    page = ("\"\n某某网 example.com\n新闻\n甲国外长将访问乙国 两国高层通话还不到24小时\n关键词:\n"
            "2024-04-07 15:59:21 某某网\n原标题:甲国外长将访问乙国\n外交部发言人宣布:\n"
            "应乙国外长邀请,甲国外长将于4月8日至9日对乙国进行正式访问。\n")
    assert _title(page) == "甲国外长将访问乙国 两国高层通话还不到24小时"


def test_a_browsers_title_bar_under_a_few_menu_items_is_still_matched_with_its_headline() -> None:
    page = ("• 首页\n• 新闻\n• 国际\n甲国外长冀乙国政局稳定 | 某某报 Some Press\n国际\n财经\n体育\n娱乐\n评论\n视频\n"
            "甲国总统出席论坛 谈区域经济前景\n乙国央行维持利率不变\n甲国外长冀乙国政局稳定\n2015-08-01 10:20\n"
            "甲国外长今天表示,希望乙国政局保持稳定,两国关系继续发展。\n")
    assert _title(page) == "甲国外长冀乙国政局稳定"
