"""A site's header over the headline on unseen page shapes: rules and bars, dates alone on a line,
tag and menu rows, notices in Japanese, a site's name over its buttons, a headline printed twice over
its stamp; a credit ending with 照片 and a byline with its stamp kept out of the sentence below them.
All text here is invented."""

from __future__ import annotations

from dipnet.furniture import is_boilerplate, is_furniture
from dipnet.layout import load_layout
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment
from dipnet.timex.stamps import header_stamp

L = load_layout()
HEAD = "甲国外长将访问乙国 双方拟签署合作文件"
BODY = "(某某社记者王某台北5日电)甲国外交部今天表示,外长将于下周访问乙国,双方将签署合作文件。\n外交部说,此访将推动两国关系发展。"


def _doc(text: str):  # type: ignore[no-untyped-def]
    return segment(normalize(Page(source="t.txt", text=text)))


def test_bars_and_dates_alone_are_furniture() -> None:
    for line in ("|", "|||", "103年01月07日", "[2023.07.23]发表", "2019 5月 29"):
        assert is_boilerplate(line, L), line
    assert not is_boilerplate("2019年5月29日,甲国外长会见乙国大使。", L)


def test_tag_and_menu_rows_and_japanese_notices_are_furniture() -> None:
    assert is_furniture("热门: 某甲 某乙丙 地震", L, HEAD)
    assert is_furniture("每日新闻 要闻 港闻 经济 娱乐 副刊 社评", L, HEAD)
    assert is_furniture("某某影片 每日某报 即时新闻", L, HEAD)
    assert is_furniture("このページは中国語版です。日本語版に移動しますか。", L, HEAD)
    assert not is_furniture("彭博:某甲久未露面 乙国外相押后访华", L, BODY)  # a headline of two parts stays


def test_the_headline_under_a_header_of_furniture_is_the_title() -> None:
    assert _doc(f"回到顶端\n|||\n热门: 某甲 某乙丙 地震\n\n{HEAD}\n\n{BODY}").title == HEAD
    assert _doc(f"某某新闻网\n报料\n主页\n每日新闻 要闻 港闻 经济 娱乐 副刊 社评\n要闻\n\n{HEAD}\n\n{BODY}").title == HEAD
    assert _doc(f"|\n新华社北京11月10日电 题:{HEAD}\n{BODY}").title.startswith("新华社北京")


def test_a_headline_printed_twice_over_its_stamp_is_the_title_once() -> None:
    doc = _doc(f"{HEAD} {HEAD} 2011年12月7日 17:51 在北京,甲国外交部重申,欢迎乙国总理到访。")
    assert doc.title == HEAD
    assert any(s.kind in ("lead", "body") and "欢迎乙国总理" in doc.text[s.start:s.end] for s in doc.segments)


def test_a_year_a_space_and_a_month_name_is_a_stamp() -> None:
    got = header_stamp("某国大使馆\n\n新任大使递交国书\n\n2019 5月 29\n\n5月28日,新任大使递交了国书。")
    assert got is not None and got.date == "2019-05-29"


def test_a_photo_credit_and_a_byline_stamp_do_not_run_into_the_body() -> None:
    doc = _doc("会谈前,甲国主席为乙国总统举行欢迎仪式。某某社照片\n据某某社电 甲国主席27日同乙国总统举行会谈。\n双方签署了联合声明。")
    title = doc.segments_of("title")[0]
    assert "27日" not in doc.text[title.start:title.end]
    doc = _doc(f"{HEAD}\n\n某某广播电台/王某 2013.12.17 00:00\n外传甲国总统明年1月将出访,外交部今天表示,相关规划还在评估中。\n\n"
               "对此,发言人表示,目前都还在评估中。\n\n双方关系友好。")
    assert any(doc.text[s.start:s.end].startswith("外传") for s in doc.segments if s.kind in ("lead", "body"))


def test_a_more_marker_with_a_space_in_it_opens_the_block() -> None:
    doc = _doc(f"{HEAD}\n{BODY}\n视频更 多\n某地八千名跑手参加马拉松,名将惊喜现身!\n某舞剧首演震撼观众")
    assert any(s.kind == "more" for s in doc.segments)
    assert not any("马拉松" in doc.text[s.start:s.end] for s in doc.segments if s.kind == "body")


def _kinds(doc, needle: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.kind for s in doc.segments if needle in doc.text[s.start:s.end]}


def test_table_rows_below_the_headline_are_teasers_or_captions() -> None:
    doc = _doc(f"{HEAD}\n{BODY}\n| 丙国领导人纷纷致贺甲国新任主席 维护和弘扬两国交往的良好传统 |\n"
               "双方同意加强合作。\n| 甲国总理与乙国主席于去年12月在河内会面。 |\n双方关系友好。")
    assert _kinds(doc, "纷纷致贺") == {"brief_headline"}
    assert _kinds(doc, "去年12月在河内会面") == {"caption"}


def test_a_line_printed_twice_and_a_credited_line_are_captions() -> None:
    cap = "甲国外长(右)3日在首都会见乙国外长。(某某社)"
    doc = _doc(f"{HEAD}\n{cap}\n{cap}\n{BODY}")
    assert _kinds(doc, "(右)3日") == {"caption"}
    doc = _doc(f"{HEAD}\n对于外界关注,外交部长(图)10日表示,行程仍在规划中。某某社记者王小明摄  113年7月10日\n{BODY}")
    assert _kinds(doc, "王小明摄") == {"caption"}


def test_a_sites_notice_below_the_headline_is_furniture() -> None:
    doc = _doc(f"{HEAD}\n2024/7/10 18:08\n请同意我们的隐私权规范,才能启用听新闻的功能。\n{BODY}")
    assert _kinds(doc, "隐私权规范") == {"boilerplate"}


def test_a_headline_with_a_question_in_it_does_not_run_into_the_lead() -> None:
    head = "两国元首今春通话?甲国外交部回应"
    doc = _doc(f"新闻 > 军政 > 正文\n\n{head}\n\n甲国外交部发言人某某2月2日在例行记者会上回应有关两国元首是否会在今年春天举行电话会谈的问题。\n\n发言人说,目前没有可以提供的消息。")
    assert doc.title == head


def test_an_apps_install_notice_over_the_headline_is_furniture() -> None:
    doc = _doc(f"打开APP\n2步打开 某某新闻客户端\n  • 点击右上角“…” 按钮\n  • 使用浏览器打开\n\n{HEAD}\n\n2021-10-08 16:23 某某客户端\n\n{BODY}")
    assert doc.title == HEAD


def test_a_stamp_line_under_the_headline_and_a_hotline_over_a_breadcrumb_are_furniture() -> None:
    doc = _doc(f"某某在线总站 | 某某支站 | 某区\n新闻热线:0570-1234567 在线投稿:news@example.com\n"
               f"您当前的位置:某某在线 > 新闻频道 > 政务\n{HEAD}\n2014-03-13 20:52 王某 来源:某某新闻网 责任编辑:李某\n分享到:\n\n{BODY}")
    assert _kinds(doc, "新闻热线") == {"boilerplate"}
    assert _kinds(doc, "来源:某某新闻网") == {"boilerplate"}
    assert _kinds(doc, "外交部今天表示") == {"lead"}  # the first paragraph past the stamp is the lead


def test_a_paragraph_with_a_stray_bar_after_it_stays_text() -> None:
    doc = _doc(f"{HEAD}\n{BODY}\n乙方介绍了协会的设立情况、目标宗旨以及拟开展的项目。 |")
    assert _kinds(doc, "拟开展的项目") <= {"body", "lead"}


def test_the_headline_under_the_stamp_below_a_sites_header() -> None:
    doc = _doc("某某网\n某某网 登录\nADVERTISEMENT\n地方\n\n|\n\n南区\n\n|\n发布: 5:19pm 17/06/2022\n\n甲某:每天第一件事 阅某报了解时事\n\n"
               "王某(左)向甲某(右二)介绍报纸的新闻报导内容;右为张某。\n\n(古晋17日讯)甲国驻古晋总领事甲某赞扬某报积极宣扬中华文化。\n\n甲某于本月3日抵达古晋履新。")
    assert doc.title == "甲某:每天第一件事 阅某报了解时事"
    assert _kinds(doc, "地方") == {"boilerplate"}
    assert _kinds(doc, "(右二)") == {"caption"}
    assert _kinds(doc, "赞扬某报") == {"lead"}


def test_a_more_marker_line_is_no_paragraph_and_read_more_buttons_are_no_teasers() -> None:
    doc = _doc(f"{HEAD}\n{BODY}\n\n热门新闻\n\n阅读全文\n示意图\n\n某地工人装修新房引发纠纷 业主要求赔偿\n\n阅读全文")
    assert _kinds(doc, "热门新闻") == {"more"}
    heads = [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]
    assert heads == ["某地工人装修新房引发纠纷 业主要求赔偿"]


def test_an_ad_banner_over_a_section_stamp_and_tags_does_not_make_the_title() -> None:
    doc = _doc("ADVERTISEMENT\n\nADVERTISEMENT\n\n国内\n\n|\n\n热点\n\n|\n发布: 12:00pm 19/06/2024\n\n大马\n\n某某\n\n"
               "甲乙建交50周年 | 多次与某某会面 甲某是大马“老朋友”\n\n整理:王某\n\n甲某于去年3月当选总理后,多次与乙国首相会面。")
    assert doc.title == "甲乙建交50周年 | 多次与某某会面 甲某是大马“老朋友”"


def test_an_interviewers_question_is_no_dateline() -> None:
    doc = _doc("甲国驻乙国大使某某:两国关系发展前景光明\n\n甲国主席于3月23日至25日对乙国进行正式访问。\n\n"
               "越通社记者:您对两国近段时间的关系有何评价?\n\n某某大使:两国传统友谊扎根于双方长久的友好历史。")
    assert not doc.segments_of("dateline")


def test_a_row_of_headlines_with_colons_under_the_story_is_teasers() -> None:
    row = "甲国首相斥西方强迫他国选边站 甲国首相批评西方恐某症 甲国拟向乙国争取延长熊猫租借期限 甲国外交部:秉持一中政策"
    doc = _doc(f"{HEAD}\n{BODY}\n{row}")
    assert _kinds(doc, "选边站") == {"brief_headline"}


def test_a_bracketed_dispatch_dateline_takes_its_closing_bracket() -> None:
    doc = _doc(f"{HEAD}\n\n(中央社记者王某台北14日电)外交部今天表示,外长将于下周访问乙国。\n\n外交部说,此访将推动两国关系发展。")
    dl = doc.segments_of("dateline")
    assert dl and doc.text[dl[0].start:dl[0].end].endswith("电)")


def test_a_caption_closing_with_a_dated_credit_does_not_run_into_the_next_line() -> None:
    cap = "对于外界关注,外交部长某某(图)10日表示,行程仍在规划中,现在还没有定案。某某社记者王小明摄 113年7月10日"
    doc = _doc(f"{HEAD}\n2024/7/10 18:08\n{cap}\n{cap}\n请同意我们的隐私权规范,才能启用听新闻的功能。\n\n{BODY}")
    caps = [doc.text[s.start:s.end] for s in doc.segments_of("caption")]
    assert len(caps) == 2 and all(c.endswith("7月10日") for c in caps)


def test_buttons_ages_and_paywall_notes_are_furniture() -> None:
    for line in ("55分钟前", "查看详情>>"):
        assert is_boilerplate(line, L), line
    doc = _doc(f"{HEAD}\n{BODY}\n(节录)全文共401字")
    assert _kinds(doc, "全文共") == {"boilerplate"}
