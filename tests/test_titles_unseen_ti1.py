"""Titles on pages never seen: the site's widgets and buttons printed above the headline (a logo's
alt text, a weather widget, a weekday beside the date, bracketed print buttons, skip links, an ad's
label), breadcrumbs parted by '»' or led by the home page's word, and a date-and-byline line over the
headline. All text here is invented."""

from __future__ import annotations

from dipnet.furniture import is_breadcrumb, is_furniture, is_stamp
from dipnet.layout import load_layout
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment

HEAD = "越老两国外长在万象举行年度会晤"
BODY = ("\n越通社万象——3月5日,越南外交部长阮文甲在万象同老挝外长举行会晤,双方就加强两国外交部门合作交换意见。"
        "\n阮文甲表示,越方愿同老方一道推动两国关系不断向前发展。")
L = load_layout()


def _title(top: str) -> str:
    return segment(normalize(Page(source="t.txt", text=top + "\n" + HEAD + BODY))).title


def test_logo_alt_text_over_the_headline() -> None:
    assert _title("某某Logo\n下载客户端\n登录") == HEAD


def test_weather_widget_over_the_headline() -> None:
    assert _title("河内市\n21°\n( 23° / 18° )\n氣象\n2024-03-05 | 某某社") == HEAD


def test_weekday_date_and_home_crumb_over_the_headline() -> None:
    assert _title("星期二 2024年 3月 5日\n主页 国际新闻") == HEAD
    assert is_breadcrumb("首页 国际")
    assert not is_breadcrumb("首页面改版 欢迎读者提出意见。")


def test_bracketed_print_buttons() -> None:
    assert _title("某报首页 > 即时新闻 > 正文\n【打印】 【推薦】 【關閉】") == HEAD


def test_breadcrumb_with_guillemets() -> None:
    assert _title("当前位置: 首页 » 资讯 » 国际 » 正文") == HEAD


def test_lost_icon_and_skip_link() -> None:
    assert _title("?\nA+ A-") == HEAD
    assert _title("跳到主要內容\n:::\n:::") == HEAD
    assert _title("無障礙鏈接\n廣告") == HEAD
    assert _title("點閱數:512") == HEAD  # a view counter


def test_date_and_byline_stamp() -> None:
    assert is_stamp("2024-03-05·某某报-综合报导", L)
    assert _title("2024-03-05・某某報-綜合報導") == HEAD
    # a headline with a date in it stays a headline
    assert not is_furniture("2024年3月5日越老两国外长举行会晤", L, BODY.strip().split("\n")[0])


def test_a_caption_or_a_question_under_the_first_sentence_is_no_headline() -> None:
    lead = "越南外交部长阮文甲3月5日起对老挝进行正式访问,双方将就加强两国外交部门合作交换意见。"
    rest = "\n阮文甲表示,越方愿同老方一道推动两国关系不断向前发展。\n双方还将签署多项合作文件。"
    page = lead + "\n阮文甲在机场受到欢迎。外交部网站图片" + rest
    assert segment(normalize(Page(source="t.txt", text=page))).title == lead
    page = lead + "\n在当天的记者会上,有记者提问,能否介绍此访的安排和越方的期待?" + rest
    assert segment(normalize(Page(source="t.txt", text=page))).title == lead


def test_a_byline_past_the_furniture_with_no_headline_under_it() -> None:
    page = ("date 2024-03-05 快訊\n某某報／ 記者王小明／即時報導\n阮文甲(右)5日在万象会见老挝外长。(某某社)\n"
            "越南外交部长阮文甲5日在万象同老挝外长举行会晤,双方就加强两国外交部门合作交换意见。")
    assert segment(normalize(Page(source="t.txt", text=page))).title == "date 2024-03-05 快訊"
    # with a headline under the byline, the headline is the title
    page = "快訊\n某某報／ 記者王小明／即時報導\n" + HEAD + BODY
    assert segment(normalize(Page(source="t.txt", text=page))).title == HEAD
