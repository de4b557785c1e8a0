"""Site furniture read as content on unseen outlets (fu1): ownership and contact lines, share and follow rows,
the site's own menu and notices where teasers are read. All text here is invented."""

from __future__ import annotations

from dipnet.model import Page
from dipnet.pipeline import process_page


def _page(text: str):  # type: ignore[no-untyped-def]
    return process_page(Page(source="t.txt", text=text))


def _headlines(text: str) -> list[str]:
    doc = _page(text)
    return [doc.text[b.headline.start:b.headline.end] for b in doc.briefs]


# an e-paper's masthead naming the paper that runs the site, and its footer with the paper's address
OWNED = ("主办单位:北方经济报社\n\n"
         "第A2版:要闻\n\n"
         "放大 缩小 默认\n\n"
         "北方国与南方国商谈 扩大农产品贸易\n\n"
         "来源:北方经济报\n\n"
         "本报讯 5月3日,北方国贸易部长甲乙丙与来访的南方国贸易部长丁戊己举行会谈,双方同意扩大农产品贸易。\n\n"
         "关于我们 | 投稿方式 | 版权声明\n\n"
         "主办单位:北方经济报社 | 通讯地址:东城市五元东桥北方经济报社\n")

# a government office's welcome banner over the story
BANNER = ("欢迎来到中共东城市委外事工作委员会办公室(东城市外事办公室)\n\n"
          "您现在的位置:首页>动态>工作动态\n\n"
          "东城市外办主任会见南方国驻东城总领事\n\n"
          "4月2日上午,东城市外办主任甲乙丙会见了南方国新任驻东城总领事丁戊己,双方就加强交流合作交换意见。\n")


def test_a_masthead_ownership_line_is_no_title() -> None:
    doc = _page(OWNED)
    assert doc.title == "北方国与南方国商谈 扩大农产品贸易"
    assert doc.briefs == []  # (the headline is not read as a row of two teasers)


def test_a_footer_address_gives_no_fact_and_no_body_line() -> None:
    doc = _page(OWNED)
    assert not any(f.unit == "CNY" for f in doc.facts)  # ("五元东桥" is no sum of money)
    assert not any("通讯地址" in doc.text[s.start:s.end] for s in doc.segments if s.kind != "boilerplate")
    assert any("扩大农产品贸易" in doc.text[s.start:s.end] for s in doc.segments if s.kind in ("lead", "body"))


def test_a_welcome_banner_names_no_entity() -> None:
    doc = _page(BANNER)
    names = {e.name for e in doc.entities}
    assert "中国共产党" not in names
    assert doc.title == "东城市外办主任会见南方国驻东城总领事"


# share buttons each on a line, and follow links naming the office's accounts
FOLLOW = ("北方国外长会见南方国大使\n\n"
          "2024-05-06 10:20 来源:北方新闻网\n\n"
          "关注北方新闻网\n\n微博\n\nQzone\n\n"
          "北方国外长甲乙丙6日在首都会见南方国驻该国大使丁戊己,双方就两国合作交换意见。\n\n"
          "分享至Facebook分享至Line\n\n"
          "东城市政府新闻局 Facebook\n\n"
          "东城市政府新闻局 官方微信\n")


def test_platforms_on_share_and_follow_rows_name_no_entity() -> None:
    names = {e.name for e in _page(FOLLOW).entities}
    assert not names & {"微博", "新浪微博", "Facebook", "微信"}


def test_a_headline_closing_with_a_platform_names_it() -> None:
    text = ("南方国总统宣布重返Facebook\n\n"
            "南方国总统丁戊己3日宣布,他将重新启用个人帐号与民众交流。\n")
    assert "Facebook" in {e.name for e in _page(text).entities}


def test_a_platform_closing_a_story_sentence_is_an_entity() -> None:
    text = ("南方国总统发文感谢各国\n\n"
            "南方国总统丁戊己3日表示,他已把感谢信全文发布在Facebook。\n")
    assert "Facebook" in {e.name for e in _page(text).entities}


# the site's footer menu run together, its follow row and its notices under the story's related teasers
SITE_LINES = ("北方国向南方国提供紧急粮食援助\n\n"
              "北方国政府提供的紧急粮食援助物资3日在南方国首都完成交接,南方国总理出席交接仪式并致辞感谢。\n\n"
              "相关新闻\n\n"
              "北方国与南方国签署农业合作协议\n\n"
              "如果您有新闻线索,请进入投稿爆料平台\n\n"
              "找不到相关内容\n\n"
              "回主页关于我们 使用条款及细则免责声明隐私政策联络我们\n\n"
              "东城市政府新闻局 政府新闻频道\n")


def test_the_sites_own_lines_are_no_teasers() -> None:
    assert _headlines(SITE_LINES) == ["北方国与南方国签署农业合作协议"]


def test_a_row_of_teasers_stays_briefs() -> None:
    text = ("北方国外长会见南方国大使\n\n"
            "8月9日,北方国外长甲乙丙在首都会见南方国驻该国大使丁戊己,双方就两国合作交换意见。\n\n"
            "北方国举办国际咖啡节 南方国稻米出口创新高\n")
    assert _headlines(text) == ["北方国举办国际咖啡节", "南方国稻米出口创新高"]
