"""Site chrome that unseen outlets dress a story in (ly1, stop 44): found by re-dressing the open pages
in invented layouts (notes/s7/ly1/redress.py) and probed with invented minimal pages. Every page here is invented."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

STORY = ("冰岛与挪威举行渔业部长会谈\n\n新华社雷克雅未克3月5日电 冰岛渔业部长4日在雷克雅未克同来访的挪威渔业部长举行会谈。"
         "双方评估了北大西洋鳕鱼配额的执行情况,同意就海洋保护区交换数据。\n挪方邀请冰方明年派团考察。\n")
STORYT = ("冰島與挪威舉行漁業部長會談\n\n（中央社記者某某雷克雅未克5日電）冰島漁業部長4日在雷克雅未克同來訪的挪威漁業部長舉行會談。"
          "雙方評估了北大西洋鱈魚配額的執行情況,同意就海洋保護區交換數據。\n挪方邀請冰方明年派團考察。\n")
# teaser headlines holding a stamp label's word (发布, 时间, 阅读, 更新, 来源, 作者) as a word of their news
LABELLED = [("城市交通新规今日正式发布", "城市交通新規今日正式發布"), ("图书馆延长开放时间方便读者", "圖書館延長開放時間方便讀者"),
            ("全民阅读活动在多地启动", "全民閱讀活動在多地啟動"), ("地铁票价系统完成更新升级", "地鐵票價系統完成更新升級"),
            ("新能源汽车来源地分布图出炉", "新能源汽車來源地分布圖出爐"), ("青年作者文学奖揭晓", "青年作者文學獎揭曉")]
PLAIN = ("春季蔬菜价格总体保持平稳", "春季蔬菜價格總體保持平穩")
FORMS = {"after": "{h} 2024-03-0{d}", "after_wide": "{h}　2024/03/0{d}", "before": "[03/0{d}] {h}",
         "before_bracket": "【03-0{d}】{h}", "after_paren": "{h}　(03-0{d})", "after_cn": "{h} 2024年03月0{d}日"}


@pytest.mark.parametrize("tr", [False, True])
@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize("pair", [0, 2, 4])
def test_a_stamped_teaser_whose_headline_holds_a_label_word_is_a_teaser(tr: bool, form: str, pair: int) -> None:
    """'…正式发布 2024-03-04' is a teaser with its stamp, not the page's stamp line: the label word is the news's."""
    heads = [LABELLED[pair][tr], PLAIN[tr], LABELLED[pair + 1][tr]]
    block = "\n".join(FORMS[form].format(h=h, d=4 - k) for k, h in enumerate(heads))
    doc = extract(f"{STORYT if tr else STORY}\n{'相關新聞' if tr else '相关新闻'}\n{block}\n", source="probe.txt")
    assert [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs] == heads


@pytest.mark.parametrize("line", ["发布时间：2024-03-05 10:21", "信息来源:本站 信息发布时间:2024/03/05", "2024-03-05 来源:本网",
                                  "记者某某 2024-03-05", "更新于2024-03-05", "作者：本网记者 2024-03-05", "浏览次数：12 2024-03-05"])
def test_guard_stamp_lines_with_their_labels_stay_stamps(line: str) -> None:
    from dipnet.furniture import is_stamp
    from dipnet.layout import load_layout
    assert is_stamp(line, load_layout())


FOOTERS = [("本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用。", "本網站所刊登的各種新聞、信息，未經協議授權，禁止下載使用。"),
           ("本站所有内容未经书面许可不得复制，违者必究。", "本站所有內容未經書面許可不得複製，違者必究。"),
           ("转载请注明出处：某某视野网", "轉載請註明出處：某某視野網"),
           ("如有侵权请联系删除，文章观点不代表本网立场。", "如有侵權請聯繫刪除，文章觀點不代表本網立場。")]


@pytest.mark.parametrize("tr", [False, True])
@pytest.mark.parametrize("foot", range(len(FOOTERS)))
@pytest.mark.parametrize("block", [False, True])
def test_a_site_footer_notice_is_no_story_and_no_teaser(tr: bool, foot: int, block: bool) -> None:
    """A copyright or repost notice under the story or its block is the site's footer: no event, no brief, no body."""
    heads = ["春季蔬菜價格總體保持平穩", "中學生田徑錦標賽落下帷幕"] if tr else ["春季蔬菜价格总体保持平稳", "中学生田径锦标赛落下帷幕"]
    tail = f"{'相關新聞' if tr else '相关新闻'}\n" + "\n".join(heads) + "\n\n" if block else ""
    notice = FOOTERS[foot][tr]
    doc = extract(f"{STORYT if tr else STORY}\n{tail}{notice}\n", source="probe.txt")
    assert [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs] == (heads if block else [])
    assert [e.type for e in doc.events] == ["MEET"]
    assert not any(notice[:6] in doc.original_text(s.start, s.end) for s in doc.segments_of("lead", "body"))


HEADINGS = [("【相关阅读】", "【相關閱讀】"), ("【延伸阅读】", "【延伸閱讀】"), ("[推荐阅读]", "[推薦閱讀]"), ("【相关新闻】", "【相關新聞】")]


@pytest.mark.parametrize("tr", [False, True])
@pytest.mark.parametrize("heading", range(len(HEADINGS)))
@pytest.mark.parametrize("parted", [False, True])
def test_a_dressed_heading_under_an_empty_heading_is_no_teaser(tr: bool, heading: int, parted: bool) -> None:
    """'其他' with nothing under it, then '【相关阅读】' over the list: the second heading is a heading, no headline."""
    heads = ["春季蔬菜價格總體保持平穩", "中學生田徑錦標賽落下帷幕"] if tr else ["春季蔬菜价格总体保持平稳", "中学生田径锦标赛落下帷幕"]
    gap = "\n\n" if parted else "\n"
    page = f"{STORYT if tr else STORY}\n其他{gap}{HEADINGS[heading][tr]}{gap}" + gap.join(heads) + "\n"
    doc = extract(page, source="probe.txt")
    assert [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs] == heads


CARD_STORY = ("冰岛与挪威举行渔业部长会谈\n\n某某社雷克雅未克——3月4日,冰岛渔业部长在雷克雅未克同来访的挪威渔业部长举行会谈。"
              "双方评估了北大西洋鳕鱼配额的执行情况,同意就海洋保护区交换数据。\n\n挪方邀请冰方明年派团考察。(完)\n\n某某社\n\n")
CARD_BLOCK = "更多\n\n葡萄牙总理和佛得角总理。图自某某社\n\n葡萄牙总理与佛得角总理举行会谈\n\n应佛得角总理的邀请,由葡萄牙\n"
MENUS = ["关于我们 | 广告服务 | 招聘信息 | 隐私政策", "联系我们　网站地图　免责声明", "关于我们\n联系我们\n隐私政策"]


@pytest.mark.parametrize("menu", MENUS)
def test_a_cut_summary_over_the_site_menu_is_still_the_cards_summary(menu: str) -> None:
    """The card's cut summary is the block's last words when only the site's menu follows, as at the page's end."""
    doc = extract(f"{CARD_STORY}{CARD_BLOCK}\n{menu}\n", source="probe.txt")
    assert [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs] == ["葡萄牙总理与佛得角总理举行会谈"]


WIRE = ("冰岛与挪威举行渔业部长会谈\n\n某某社雷克雅未克——3月4日,冰岛渔业部长在雷克雅未克同来访的挪威渔业部长举行会谈。"
        "双方评估了北大西洋鳕鱼配额的执行情况,同意就海洋保护区交换数据。挪方邀请冰方明年派团考察。{closer}\n")
WIRE_CARD = "葡萄牙领导人致电祝贺佛得角新任总理\n2026年1月15日,值此佛得角新任总理当选之际,葡萄牙总统和总理分别向其致贺电。\n"
LATER = ["\n推荐阅读\n{a}\n{b}\n", "\n相关新闻：\n{a}\n{b}\n", "\n【延伸阅读】\n\n{a}\n\n{b}\n", "\n热门新闻\n{a} 2026-01-14\n{b} 2026-01-13\n"]


@pytest.mark.parametrize("closer", ["(越通社-VNA)", "(完)"])
@pytest.mark.parametrize("later", LATER)
def test_a_card_under_the_end_mark_stays_a_teaser_over_a_later_block(closer: str, later: str) -> None:
    """A card under the wire's end mark is a teaser, whether or not a headed block follows it; the headed block's
    teasers are teasers too (the block reached from its heading had dropped the card into the story)."""
    tail = later.format(a="春季蔬菜价格总体保持平稳", b="中学生田径锦标赛落下帷幕")
    doc = extract(WIRE.format(closer=closer) + WIRE_CARD + tail, source="probe.txt")
    assert [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs] == \
        ["葡萄牙领导人致电祝贺佛得角新任总理", "春季蔬菜价格总体保持平稳", "中学生田径锦标赛落下帷幕"]
    assert [(e.type, e.brief) for e in doc.events if e.type == "MESSAGE"] == [("MESSAGE", 0)]


NEXT_BLOCKS = ["\n推荐阅读\n{a}\n{b}\n", "\n【相关阅读】\n\n{a}\n\n{b}\n", "\n相关新闻：\n{a} 2024-03-04\n{b} 2024-03-03\n",
               "\n熱門新聞\n{a}\n{b}\n"]


@pytest.mark.parametrize("later", NEXT_BLOCKS)
def test_a_cut_summary_over_another_blocks_heading_is_still_the_cards_summary(later: str) -> None:
    """The card's cut summary ends its block when another block's heading follows, as at the page's end."""
    tail = later.format(a="春季蔬菜价格总体保持平稳", b="中学生田径锦标赛落下帷幕")
    doc = extract(f"{CARD_STORY}{CARD_BLOCK}{tail}", source="probe.txt")
    assert [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs] == \
        ["葡萄牙总理与佛得角总理举行会谈", "春季蔬菜价格总体保持平稳", "中学生田径锦标赛落下帷幕"]
