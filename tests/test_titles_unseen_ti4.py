"""Titles on invented pages (session 6, helper ti4)."""
from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def test_ticker_teasers_over_the_headline_over_an_agency_slash_dateline() -> None:
    # a breaking-news ticker (other stories' headlines) over the page's headline, which stands right over
    # the reprinted agency's dateline ("某社／ 首都3日專電")
    page = ("date 2025-05-03 快訊\n\n某縣男子出國旅遊遭扣留 家屬盼早日返台\n\n氣象署:週末鋒面南下 北部轉涼有雨\n\n"
            "甲國外交部:海峽和平攸關區域穩定 盼各方克制\n\n中央社／ 首都3日專電\n"
            "甲國外交部發言人今天在例行記者會上表示,海峽的和平與穩定對區域至關重要。\n")
    assert _title(page) == "甲國外交部:海峽和平攸關區域穩定 盼各方克制"


def test_ticker_teasers_and_player_buttons_over_the_headline() -> None:
    page = ("date 2025-05-03 快訊\n\n某縣男子出國旅遊遭扣留 家屬盼早日返台\n\n聽新聞\n0:00 / 0:00\n\n"
            "甲乙兩國外長會談 同意加強海上合作\n\n中央社／ 首都3日專電\n"
            "甲國外長今天與來訪的乙國外長會談,雙方同意加強海上合作。\n")
    assert _title(page) == "甲乙兩國外長會談 同意加強海上合作"


def test_headline_with_one_subtitle_over_a_dateline_keeps_its_place() -> None:
    page = ("甲乙两国签署经贸合作协议\n双方同意扩大农产品贸易\n新华社北京5月3日电 甲国总理与乙国总理3日在北京"
            "举行会谈,并共同见证双边经贸合作协议的签署。\n")
    assert _title(page) == "甲乙两国签署经贸合作协议"


def test_skip_link_and_section_label_over_the_headline() -> None:
    page = ("访问主要内容\n国际评论\n甲国总统到访乙国 两国关系迈上新台阶\n发表时间:\n"
            "甲国总统周二抵达乙国,展开为期两天的国事访问。\n")
    assert _title(page) == "甲国总统到访乙国 两国关系迈上新台阶"


def test_a_date_and_a_widgets_word_over_the_headline() -> None:
    page = ("2023-07-12・Array\n\n2023-07-12・Array\n甲国外长出席东盟外长会议 有望会晤乙国外长\n\n"
            "东盟外长系列会议本周在首都举行,甲国外长将出席并与多国外长举行双边会晤。\n")
    assert _title(page) == "甲国外长出席东盟外长会议 有望会晤乙国外长"


def test_crawler_date_run_into_the_headlines_line() -> None:
    page = (" date 2025-08-30 外交部：期盼甲乙深化合作 聚焦科技人才培育\n"
            "外交部次長出席乙國國慶酒會時表示,雙方將持續深化在科技與人才培育領域的合作。\n"
            "外交部今天發布新聞稿指出,次長於29日晚間應邀出席酒會並致詞祝賀。\n")
    assert _title(page) == "外交部：期盼甲乙深化合作 聚焦科技人才培育"


def test_crawler_date_before_a_first_sentence_stays_in_the_title() -> None:
    # no headline in the excerpt: its first line, the crawler's date and all, is the title
    page = (" date 2025-08-30 甲國外長30日與乙國外長在首都舉行會談，重申兩國緊密關係。\n\n"
            "甲國外長近日展開東南亞訪問,今天抵達乙國。\n")
    assert _title(page) == "date 2025-08-30 甲國外長30日與乙國外長在首都舉行會談，重申兩國緊密關係。"


def _briefs(text: str) -> list[str]:
    doc = segment(normalize(Page(source="t.txt", text=text)))
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


def test_table_cell_holding_a_sentence_is_no_teaser() -> None:
    page = ("甲乙合作秘书处将在首都揭牌\n(首都讯)甲乙合作秘书处将于本月10日在首都正式揭牌,外交部长将出席揭牌仪式。\n"
            "(首都讯)甲乙合作秘书处将于本月10日在首都正式揭牌,外交部长将出席揭牌仪式。(某某日报) |\n")
    assert _briefs(page) == []


def test_table_cell_of_teaser_headlines_is_still_briefs() -> None:
    page = ("甲国总理会见乙国外长\n甲国总理10日在首都会见来访的乙国外长。\n"
            "| 甲乙两国签署农业合作协议 甲国与丙国加强防务合作 |\n双方就双边关系交换了意见。\n")
    assert _briefs(page) == ["甲乙两国签署农业合作协议", "甲国与丙国加强防务合作"]


def test_radio_schedule_then_a_browser_notice_over_the_headline() -> None:
    # a player's schedule (headline-shaped lines) closed by the site's browser notice: the headline is
    # the line under the notice, even when it closes with a question mark
    page = ("再次收听\n第一次播音(一小时) 北京时间6:00-7:00\n收听 下载 播客\n"
            "第二次播音(新闻)19:00 - 19:15(北京时间)\n"
            "为了更好浏览多媒体内容,您的浏览器需要安装Flash插件。\n\n"
            "甲乙两国海上争议何以演变成大规模抗议?\n\n作者\n"
            "甲乙两国围绕岛屿的主权争议由来已久,双方也曾为此兵戎相见。\n")
    assert _title(page) == "甲乙两国海上争议何以演变成大规模抗议?"


def test_stamp_and_bulleted_counters_over_no_headline_are_the_first_line() -> None:
    # the page's own stamp and counters over an excerpt cut above its headline: the first line as written
    page = ("• 2023-12-12 15:30:42\n  • 阅读(13134)\n  • 评论(6)\n"
            "  •   新华社首都12月12日电 甲国国家主席12日乘专机抵达乙国首都,开始对乙国进行国事访问。\n"
            "      机场上,数百名各界代表手持两国国旗热烈欢迎。\n")
    assert _title(page) == "• 2023-12-12 15:30:42"


def test_browser_notices_over_no_headline_are_the_first_line() -> None:
    page = ("抱歉,我們並不支援你正使用的瀏覽器。\n為達至最佳瀏覽效果,請更新至最新的瀏覽器版本。\n"
            "如有問題,歡迎電郵至本台查詢。\n廣告\n"
            "【某某新聞台】甲國外長展開為期兩日的乙國訪問行程,商討兩國鐵路、貿易等合作。\n"
            "到乙國訪問的甲國外長周五與乙國國家主席會面。\n")
    assert _title(page) == "抱歉,我們並不支援你正使用的瀏覽器。"


def test_a_chinese_menu_over_no_headline_is_still_passed_over() -> None:
    page = ("首页 | 新闻 | 国际\n甲国总理3日会见乙国外长,双方就双边关系交换意见。\n"
            "双方同意加强经贸合作。\n")
    assert _title(page) != "首页 | 新闻 | 国际"


def test_a_headline_decorated_with_pictographs_at_both_ends() -> None:
    page = ("😇甲国总理会见乙国外长一行🐬\n\n发布时间:2026-03-17 01:42:19 来源: 某某网\n\n"
            "  当地时间2026年3月16日,甲国总理在首都会见来访的乙国外长一行。\n")
    assert _title(page) == "😇甲国总理会见乙国外长一行🐬"


def test_question_headline_printed_twice_over_its_stamp_and_credit_line() -> None:
    page = ("甲国总理“首访”,为何选择乙国?\n\n甲国总理“首访”,为何选择乙国?\n2024年08月24日 07:00 某某新闻综合\n\n"
            "  来源:某某新闻周刊\n\n  8月18日至20日,甲国总理对乙国进行正式访问。\n\n  19日,两国总理在首都举行会谈。\n")
    assert _title(page) == "甲国总理“首访”,为何选择乙国?"


def test_numbered_skip_links_over_the_headline() -> None:
    page = ("1. 跳转至内容\n  2. 跳转至主菜单\n  3. 跳转到更多某某网站\n\n甲国人权专员:乙国应加快政治开放\n\n"
            "2012年12月20日\n\n甲国想要加强和乙国的关系,同时希望该国在政治上能够更加开放。\n")
    assert _title(page) == "甲国人权专员:乙国应加快政治开放"


def test_notices_and_an_age_gate_then_a_breadcrumb_far_down_the_header() -> None:
    # the site's notice sentences do not end the search for its breadcrumb, which may stand past line 12
    page = (" date 2025-11-03 為達最佳瀏覽效果，建議使用新版的瀏覽器。\n\n關閉此視窗 請至官網下載\n某某電子報\n某某影音\n"
            "即時 熱門 政治 軍武 社會 生活 健康 國際 地方\n財經 娛樂 藝文 汽車 時尚 體育 評論\n某某電子報 APP 某某粉絲團\n"
            "限制級\n您即將進入之新聞內容 需滿18歲 方可瀏覽。\n未滿18歲\n或不同意本條款離開離開\n我同意\n"
            "我已年滿18歲進入進入\n根據規定，已於網站首頁依網站分級推廣基金會規定作標示。\n首頁 > 國際\n\n"
            "甲國積極建設海上人工島 專家揭乙國冷處理原因\n\n2025/11/03 21:52 編譯某某／綜合報導\n"
            "甲國近年採取不同策略，積極在關鍵水道開闢人工島。\n")
    assert _title(page) == "甲國積極建設海上人工島 專家揭乙國冷處理原因"


def test_teaser_headline_opening_with_a_pictograph_under_more() -> None:
    page = ("甲乙两国外长举行会谈\n\n甲国外长10日在首都同乙国外长举行会谈。\n\n双方同意加强合作。(完)\n\n更多\n\n"
            "救援人员为受灾群众运送食品。图自某社\n\n📝时评:甲国两级地方政府抗灾实践 有力回击不实言论\n\n"
            "今年10月,甲国南部与中部地区遭遇了前所未有的暴雨和洪灾。\n")
    assert _briefs(page) == ["📝时评:甲国两级地方政府抗灾实践 有力回击不实言论"]


def test_a_row_of_teasers_split_where_the_page_had_a_space_before_a_figure() -> None:
    # normalization drops the space between Chinese and a figure; the row is still two teasers there
    page = ("甲国总理会见乙国外长\n甲国总理10日在首都会见来访的乙国外长。\n"
            "| 第十一届市人民议会代表当选名单公布 2026年前两个月甲国水产出口保持增长 |\n双方就双边关系交换了意见。\n")
    assert _briefs(page) == ["第十一届市人民议会代表当选名单公布", "2026年前两个月甲国水产出口保持增长"]


def test_a_short_name_before_a_figure_is_no_teaser_of_its_own() -> None:
    page = ("甲国总理会见乙国外长\n甲国总理10日在首都会见来访的乙国外长。\n"
            "| 甲国 2025年对外贸易额创历史新高 甲乙两国签署农业合作协议 |\n双方就双边关系交换了意见。\n")
    assert _briefs(page) == ["甲国2025年对外贸易额创历史新高", "甲乙两国签署农业合作协议"]


def test_a_section_label_under_the_story_opens_its_teasers() -> None:
    page = ("甲国总书记抵达乙国首都 开始正式访问\n甲国总书记一行30日抵达乙国首都,开始对乙国进行正式访问。\n"
            "机场挂满了两国国旗。\n新闻\n\n甲国青年代表团考察乙国社区旅游发展模式\n"
            "考察期间,代表团走访了多个村镇的度假区。\n")
    assert _briefs(page) == ["甲国青年代表团考察乙国社区旅游发展模式"]


def test_a_section_label_over_the_headline_is_no_marker() -> None:
    page = ("新闻\n\n甲乙两国深化合作\n\n某社记者报道,甲国行政长官4月29日会见了乙国新任总领事。\n\n"
            "双方表示将继续深化合作。(完)\n")
    assert _title(page) == "甲乙两国深化合作" and _briefs(page) == []


def test_a_section_label_after_the_storys_closing_credit_opens_its_teasers() -> None:
    page = ("甲国外交部发表声明 就海上形势表示担忧\n(某报)甲国外交部于4月6日发表声明,对海上局势表示担忧。\n"
            "甲国发言人(图:网络)\n乙国外交部代表4月3日已就该事件提出交涉。\n(安娜)\n新闻\n\n"
            "乙国在国际合作论坛上展现主动与责任担当\n在国际会议期间,乙国代表团积极参与各项讨论。\n")
    assert _briefs(page) == ["乙国在国际合作论坛上展现主动与责任担当"]


def test_a_section_label_under_a_single_notice_sentence_is_no_marker() -> None:
    page = ("为达最佳浏览效果,建议使用新版浏览器。\n新闻\n甲乙两国外长举行会谈 同意加强合作\n"
            "甲国外长10日在首都同乙国外长举行会谈。\n双方同意加强经贸合作。\n")
    assert _briefs(page) == [] and _title(page) == "甲乙两国外长举行会谈 同意加强合作"


_BODY = "甲国国家主席1日在首都会见来访的乙国外长,双方就双边关系交换了意见。\n双方同意加强合作。\n"


def test_a_channels_name_over_the_headline_and_its_stamp() -> None:
    page = f"某某网国际频道\n甲国国家主席会见乙国外长\n2019年04月01日 10:20  来源：某某网\n{_BODY}"
    assert _title(page) == "甲国国家主席会见乙国外长"


def test_font_size_and_print_buttons_over_the_headline() -> None:
    assert _title(f"【字体：大 中 小】【打印】\n甲国国家主席会见乙国外长\n{_BODY}") == "甲国国家主席会见乙国外长"


def test_a_print_views_site_name_beside_its_button_over_the_headline() -> None:
    assert _title(f"某某网 打印本页\n甲国国家主席会见乙国外长\n{_BODY}") == "甲国国家主席会见乙国外长"


def test_a_headline_ending_with_a_button_word_stays_the_title() -> None:
    assert _title(f"甲国国家主席会见乙国外长 视频\n{_BODY}") == "甲国国家主席会见乙国外长 视频"


def test_a_labelled_breadcrumb_with_dashes_or_slashes_over_the_headline() -> None:
    assert _title(f"您的位置：首页 - 国际新闻 - 正文\n甲国国家主席会见乙国外长\n{_BODY}") == "甲国国家主席会见乙国外长"
    assert _title(f"当前位置：首页 / 国际 / 正文\n甲国国家主席会见乙国外长\n{_BODY}") == "甲国国家主席会见乙国外长"


def test_a_position_label_before_a_sentence_is_no_breadcrumb() -> None:
    from dipnet.furniture import is_breadcrumb
    assert not is_breadcrumb("当前位置：甲国总理会见乙国外长,双方交换意见")


def test_related_news_markers_in_brackets_with_bullets_or_arrows() -> None:
    for marker in ("【相关阅读】", "■相关新闻", "更多新闻 >>", "[相关新闻]", "相关推荐", "相關報導"):
        page = (f"甲国国家主席会见乙国外长\n{_BODY}{marker}\n甲乙两国签署农业合作协议\n甲国与丙国加强防务合作\n")
        assert _briefs(page) == ["甲乙两国签署农业合作协议", "甲国与丙国加强防务合作"], marker


def test_teasers_lose_their_numbers_and_bracketed_or_chinese_dates() -> None:
    for row in ("1. {a}\n2. {b}", "{a}(2024-01-02)\n{b}(2024-01-03)", "{a} [01-02]\n{b} [01-03]",
                "{a} 2024年01月02日\n{b} 2024年01月03日"):
        block = row.format(a="甲乙两国签署农业合作协议", b="甲国与丙国加强防务合作")
        assert _briefs(f"甲国国家主席会见乙国外长\n{_BODY}相关新闻\n{block}\n") == \
            ["甲乙两国签署农业合作协议", "甲国与丙国加强防务合作"], row


def test_a_teaser_opening_with_a_decimal_figure_keeps_it() -> None:
    assert _briefs(f"甲国国家主席会见乙国外长\n{_BODY}相关新闻\n1.5万名游客赴甲国旅游\n甲国与丙国加强防务合作\n")[0] \
        == "1.5万名游客赴甲国旅游"


def test_a_related_news_marker_with_a_colon_opening_a_row_of_teasers() -> None:
    for line in ("相关新闻: 甲乙两国签署农业合作协议 甲国与丙国加强防务合作",
                 "相关新闻：甲乙两国签署农业合作协议 甲国与丙国加强防务合作"):
        page = f"甲国国家主席会见乙国外长\n{_BODY}{line}\n"
        assert _briefs(page) == ["甲乙两国签署农业合作协议", "甲国与丙国加强防务合作"], line
        assert _title(page) == "甲国国家主席会见乙国外长"


def test_a_related_news_marker_run_into_the_end_mark() -> None:
    page = "甲国国家主席会见乙国外长\n双方同意加强合作。(完) 相关新闻 甲乙两国签署农业合作协议 甲国与丙国加强防务合作\n"
    assert _briefs(page) == ["甲乙两国签署农业合作协议", "甲国与丙国加强防务合作"]


def test_credit_lines_over_the_headline_are_furniture() -> None:
    for credit in ("文/张三", "来源：某某网", "责任编辑：张三", "新华社记者 张三 摄"):
        assert _title(f"{credit}\n甲国国家主席会见乙国外长\n{_BODY}") == "甲国国家主席会见乙国外长", credit


def test_a_headline_opening_with_a_credit_words_character_is_no_credit() -> None:
    from dipnet.furniture import is_byline
    from dipnet.layout import load_layout
    assert not is_byline("文化交流:甲乙两国艺术团联合演出", load_layout())


def test_a_date_stamp_closing_the_headlines_line_is_no_part_of_the_title() -> None:
    for stamp in (" 2024-01-01", "(2024-01-01)", " 2024年01月01日"):
        assert _title(f"甲国国家主席会见乙国外长{stamp}\n{_BODY}") == "甲国国家主席会见乙国外长", stamp


def test_a_photos_caption_over_the_headline() -> None:
    page = ("▲甲國國家主席。（圖／某社）\n甲國國家主席會見乙國外長\n"
            "甲國國家主席1日在首都會見來訪的乙國外長,雙方就雙邊關係交換了意見。\n雙方同意加強合作。\n")
    assert _title(page) == "甲國國家主席會見乙國外長"


def test_a_portals_greeting_date_widget_qr_and_hotline_over_the_headline() -> None:
    for line in ("您好，欢迎访问某某网！", "今天是2024年1月1日 星期一", "扫码关注某某网微信公众号", "热线电话：010-12345678"):
        assert _title(f"{line}\n甲国国家主席会见乙国外长\n{_BODY}") == "甲国国家主席会见乙国外长", line


def test_a_headline_with_today_and_a_weekday_stays_the_title() -> None:
    assert _title(f"今天是甲国国庆节 星期一\n{_BODY}") == "今天是甲国国庆节 星期一"


def test_a_title_bars_headline_printed_again_past_a_long_menu() -> None:
    menu = "\n".join(f"甲国{i}号频道的新闻入口" for i in range(16))
    page = f"甲国国家主席会见乙国外长 - 某某网\n{menu}\n甲国国家主席会见乙国外长\n{_BODY}"
    assert _title(page) == "甲国国家主席会见乙国外长"
