"""The page's shape on pages never seen: furniture above the headline (stamp lines, bylines, section
labels, print and share buttons, ad notices), a text file's URL line, and fields and bylines kept out of
the sentences around them. All text here is invented."""

from __future__ import annotations

from pathlib import Path

from dipnet.broken_lines import join_broken
from dipnet.crawl_shape import unwrap_lines
from dipnet.furniture import is_byline, is_furniture, is_label, is_stamp
from dipnet.layout import load_layout
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.read.text import read_text
from dipnet.segment import segment

BODY = ("越通社河内——3月5日,越南外交部副部长阮文甲在河内会见老挝驻越大使,双方就加强两国外交部门合作交换意见。"
        "\n阮文甲表示,越方愿同老方一道推动两国关系不断向前发展。")
L = load_layout()


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def test_stamp_lines() -> None:
    assert is_stamp("时间:2019-03-05 10:20:31来源:某某在线", L)
    assert is_stamp("信息来源:网络 信息发布时间:2018/11/26 20:23:04", L)
    assert is_stamp("发布时间:2024-01-09", L)
    assert is_stamp("星期二, 05/03/2019 10:31", L)
    # a sentence with a date is no stamp; nor a headline with a figure
    assert not is_stamp("2019年3月5日,越南外交部副部长会见老挝驻越大使。", L)
    assert not is_stamp("越老贸易额前两月增长12%", L)


def test_bylines() -> None:
    assert is_byline("某某新闻/综合报导", L)
    assert is_byline("记者王小明/综合外电报导", L)
    assert is_byline("晨报记者 李某", L)
    assert not is_byline("两国媒体广泛报道", L)  # a headline ending with the word, no slash or reporter
    assert not is_byline("越南外交部副部长会见老挝驻越大使", L)


def test_section_labels_need_a_headline_after_them() -> None:
    assert is_label("新闻与动态", "越老两国外交部举行年度磋商会议", L)
    assert is_label("标题:", "越老两国外交部举行年度磋商会议", L)
    assert not is_label("新闻与动态", "3月5日,越南外交部副部长会见老挝驻越大使。", L)  # a sentence follows
    assert not is_label("越老两国外交部举行年度磋商会议", "越南外交部长出席", L)  # too long for a label
    assert not is_label("新闻与动态", None, L)
    assert is_furniture("投资与合作", L, "越老两国外交部举行年度磋商会议")
    assert not is_furniture("投资与合作", L, "越南外交部副部长会见老挝驻越大使时表示,双方将加强合作。")


def test_furniture_above_the_headline_is_skipped() -> None:
    head = "越老两国外交部举行年度磋商"
    assert _title(f"打印文章\n{head}\n{BODY}") == head
    assert _title(f"新闻资讯\n{head}\n{BODY}") == head
    assert _title(f"发布时间:2019-03-05 10:20来源:某某网\n{head}\n{BODY}") == head
    assert _title(f"我是广告 请继续往下阅读\n{head}\n{BODY}") == head
    assert _title(f"某某电视/综合报导\n{head}\n{BODY}") == head
    # a short headline over the story stays the title
    assert _title(f"越老磋商\n{BODY}") == "越老磋商"


def test_a_field_or_a_byline_is_not_joined_to_the_line_before() -> None:
    text = "越老贸易额前两月增长12%\n日期:2019-04-26\n" + BODY
    out, _ = join_broken(text, list(range(len(text))))
    assert "增长12%\n日期:" in out
    text = "越老两国签署合作协议!推动经贸合作 深化互联互通\n某某中心记者王某/综合报导\n" + BODY
    out, _ = join_broken(text, list(range(len(text))))
    assert "互联互通\n某某中心" in out


def test_a_hard_wrapped_page_keeps_its_fields_apart() -> None:
    para = "越南外交部副部长阮文甲在河内会见老挝驻越大使双方就加强两国外交部门合作交换意见并一致同意推动两国关系不断向前发展"
    wrapped = "\n".join(para[k:k + 30] for k in range(0, len(para), 30))
    text = "标题:越老贸易额前两月增长百分之十二点五左右\n日期:2019-04-26\n" + "\n".join([wrapped] * 4)
    out, _ = unwrap_lines(text, list(range(len(text))))
    assert "左右\n日期:2019-04-26\n" in out


def test_a_text_file_opening_with_its_url(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("https://news.example.org/2019/0305/a123.html\n越老两国外交部举行年度磋商\n" + BODY, encoding="utf-8")
    page = read_text(p)
    assert page.url == "https://news.example.org/2019/0305/a123.html"
    assert page.text.startswith("越老两国外交部举行年度磋商")
    q = tmp_path / "b.txt"
    q.write_text("越老两国外交部举行年度磋商\n" + BODY, encoding="utf-8")
    assert read_text(q).url is None


def _briefs(text: str) -> list[str]:
    doc = segment(normalize(Page(source="t.txt", text=text)))
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


def test_the_footer_under_a_related_block_is_no_teaser() -> None:
    text = (f"越老两国外交部举行年度磋商\n{BODY}\n相关新闻\n越柬边境贸易稳步增长\n老挝总理会见越南代表团\n"
            "版权所有 © 2018 某某日报社 All Rights Reserved\n扫一扫在手机打开当前页\n发表评论")
    assert _briefs(text) == ["越柬边境贸易稳步增长", "老挝总理会见越南代表团"]


def test_a_teaser_list_is_not_parted_inside_latin_names() -> None:
    from dipnet.furniture import teaser_parts, whole_headline
    assert teaser_parts(["越南画家阮某(Nguyen", "Van)举办个人画展", "越老青年举行友好交流"]) == \
        ["越南画家阮某(Nguyen Van)举办个人画展", "越老青年举行友好交流"]
    assert teaser_parts(["越南出席APEC", "2019年会议开幕", "两国签署协议"])[0] == "越南出席APEC 2019年会议开幕"
    # a photo marker's Latin word stays apart (and is no headline)
    assert teaser_parts(["越老友好交流-", "ảnh", "1两国代表合影留念"]) == ["越老友好交流-", "ảnh", "1两国代表合影留念"]
    assert not whole_headline("8、ACMECS")
    assert not whole_headline("越南画家阮某(Nguyen")
    text = (f"越老两国外交部举行年度磋商\n{BODY}\n"
            "越南画家阮某(Nguyen Van)举办个人画展 越老青年举行友好交流")
    assert _briefs(text) == ["越南画家阮某(Nguyen Van)举办个人画展", "越老青年举行友好交流"]


def test_widgets_counters_and_promotions_are_furniture() -> None:
    from dipnet.furniture import is_boilerplate
    for line in ("36观看次", "浏览:2,345", "阅读(512次)", "人气7", "SOME DAILY TIMES", "Related articles",
                 "Loading...", "- 🔥下载某某APP,看更多独家新闻"):
        assert is_boilerplate(line, L), line
    for line in ("(VNA)", "VOV", "越南GDP增长7%", "阅读全文后发表评论的读者认为两国合作前景广阔。"):
        assert not is_boilerplate(line, L), line


def test_pinyin_annotations_are_dropped() -> None:
    from dipnet.crawl_shape import strip_markup_or_same as strip_markup
    text = "越南總理將訪(fǎng)問(wèn)中國(guó),兩國關(guān)系"
    out, origin = strip_markup(text)
    assert out == "越南總理將訪問中國,兩國關系"
    assert origin is not None and [text[i] for i in origin] == list(out)
    # a name's Latin spelling in brackets stays; so do two lone syllables on a page
    assert strip_markup("越南总理范明政(Pham Minh Chinh)会见")[0] == "越南总理范明政(Pham Minh Chinh)会见"
    assert strip_markup("他说(shuō)得好(hǎo)")[0] == "他说(shuō)得好(hǎo)"


def test_no_entities_in_share_buttons_or_the_copyright_line() -> None:
    from dipnet.pipeline import extract
    text = (f"越老两国外交部举行年度磋商\n{BODY}\n分享到:微信 微博 QQ空间\n"
            "版权所有 © 2018 某某日报社 All Rights Reserved")
    names = {e.name for e in extract(text, source="t.txt").entities}
    assert "越南外交部" in names or "阮文甲" in names
    assert not names & {"微信", "新浪微博", "微博"}


def test_code_and_image_names_are_furniture() -> None:
    from dipnet.furniture import is_boilerplate
    for line in ("photo-1700000000123", "viewCount=12", "DSC_0042.JPG"):
        assert is_boilerplate(line, L), line
    assert not is_boilerplate("COVID-19", L)



def test_furniture_over_no_headline_leaves_the_first_line_as_the_title() -> None:
    """An excerpt cut above its headline: the title is its first line as printed (the gold's reading),
    not the story's first sentence; with a headline under the furniture, the headline."""
    assert _title(f"Get it on\nGoogle Play\n{BODY}") == "Get it on"
    assert _title(f"Get it on\nGoogle Play\n越老两国外交部举行年度磋商\n{BODY}") == "越老两国外交部举行年度磋商"
    # a site's Chinese menus over no headline are passed over
    assert _title(f"首页 | 新闻 | 国际\n{BODY}") != "首页 | 新闻 | 国际"


def test_a_stamp_line_standing_first_is_not_cut_at_its_date() -> None:
    sent = "3月5日,越南外交部副部长会见老挝驻越大使。双方就合作交换意见。"
    assert _title(f"发布时间:2019-03-05 10:20 来源:某某网\n{sent}\n{sent}") == "发布时间:2019-03-05 10:20 来源:某某网"


def test_a_teaser_list_item_loses_its_bullet_and_keeps_its_date_apart() -> None:
    from dipnet.furniture import teaser_bounds
    line = "- 越老两国外长举行年度会谈2024/08/29"
    a, z, st = teaser_bounds(line)
    assert line[a:z] == "越老两国外长举行年度会谈" and st is not None and line[st:] == "2024/08/29"
    assert teaser_bounds("越南咖啡出口大增") == (0, 8, None)
    assert teaser_bounds("- 2025/01/05 18:46") == (0, 18, None)  # a stamp alone is no headline
    text = f"越老两国外交部举行年度磋商\n{BODY}\n延伸阅读\n- 越老两国外长举行年度会谈2024/08/29\n- 柬埔寨首相会见越南代表团2024/07/02"
    doc = segment(normalize(Page(source="t.txt", text=text)))
    assert [doc.text[b.headline.start:b.headline.end] for b in doc.briefs] == ["越老两国外长举行年度会谈", "柬埔寨首相会见越南代表团"]
    assert all(b.summary is not None for b in doc.briefs)


def test_a_short_headline_over_a_stamp_line_stays_the_title() -> None:
    assert not is_label("越老友好", "发布时间:2024-11-24 00:46:47", L)
    assert _title(f"越老友好\n发布时间:2024-11-24 00:46:47\n{BODY}") == "越老友好"


def test_a_title_keeps_the_pinyin_annotations_it_is_printed_with() -> None:
    from dipnet.crawl_shape import shown_original
    assert shown_original("越南鞋尺碼該怎么選(xuǎn)") == "越南鞋尺碼該怎么選(xuǎn)"
    assert shown_original("越南总理范明政(Pham)访华") == "越南总理范明政(Pham)访华"
    # a mirror site's page: the headline is the line as printed, its last character's annotation too;
    # the text read for names and events drops them
    head = "老撾國(guó)會(huì)代表團訪問越南 兩國議會(huì)加強合作"
    body = ("越通社河內(nèi)——5月6日,越南國(guó)會(huì)副主席阮文乙在河內(nèi)會(huì)見了老撾國(guó)會(huì)代表團。"
            "\n阮文乙表示,越方願(yuàn)同老方一道推動兩國(guó)議會(huì)合作。")
    assert _title(f"{head}\n{body}") == head
    assert _title(f"駐泰國(guó)使館舉行招待會(huì)\n{body}") == "駐泰國(guó)使館舉行招待會(huì)"
    doc = normalize(Page(source="t.txt", text=f"{head}\n{body}"))
    assert "(guó)" not in doc.text and "阮文乙在河内会见了老挝国会代表团" in doc.text


def test_a_title_bar_over_the_headline_printed_again() -> None:
    from dipnet.headlineplace import title_bar_repeat
    head = "越老两国外交部举行年度磋商 深化合作"
    assert title_bar_repeat([f"{head} - 某某台", "A A A", "天气 湿度", head, "正文。"]) == 3
    assert title_bar_repeat([f"{head} - 某某台", "正文。"]) is None
    assert title_bar_repeat(["越南-老挝友好年活动开幕", "越南-老挝友好年活动开幕"]) is None  # no spaces: no bar
    assert _title(f"{head} - 某某台\nA A A\n天气 湿度\n{head}\n{BODY}") == head
