"""A page printing no headline, under a URL that spells its headline out in Chinese (lay3). All text invented."""

from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment
from dipnet.urlslug import slug

STORY = ("7月2日上午在北岭市,南方国外交部长甲乙丙会见了由北方国友好协会会长丁戊己率领的代表团。"
         "双方就深化两国民间交流与地方合作交换了意见。\n\n"
         "丁戊己表示,北方国友好协会愿同南方国各友好组织加强往来,推动青年、文化和教育领域的交流。\n")


def _title(text: str, url: str) -> str:
    return segment(normalize(Page(source=url, text=text, url=url))).title


def test_untitled_page_takes_its_urls_headline() -> None:
    url = "https://news.example.vn/南方国外交部长会见北方国友好协会代表团/40217.vnp"
    assert _title(STORY, url) == "南方国外交部长会见北方国友好协会代表团"


def test_slug_hyphens_are_spaces_and_the_sites_id_goes() -> None:
    assert slug("https://example.tw/即時/南方國外長會見北方國代表團-深化地方合作-104556890.html") == \
        "南方國外長會見北方國代表團 深化地方合作"
    assert slug("https://example.vn/cn/北方国友好协会代表团圆满结束访问/a157000.html") == "北方国友好协会代表团圆满结束访问"
    assert slug("https://example.vn/post-40217.vnp") is None


def test_percent_encoded_slug_is_not_read() -> None:
    url = "https://news.example.vn/%E5%8D%97%E6%96%B9%E5%9B%BD%E5%A4%96%E4%BA%A4%E9%83%A8%E9%95%BF/40217.vnp"
    assert _title(STORY, url).startswith("7月2日上午在北岭市")


def test_page_with_a_headline_keeps_it() -> None:
    url = "https://news.example.vn/南方国外交部长会见北方国友好协会代表团-深化交流/40217.vnp"
    text = "南方国外交部长会见北方国友好协会代表团 深化交流\n\n" + STORY
    assert _title(text, url) == "南方国外交部长会见北方国友好协会代表团 深化交流"


def test_crawlers_date_line_stays_the_title() -> None:
    url = "https://news.example.vn/南方国外交部长会见北方国友好协会代表团/40217.vnp"
    assert _title(" date 2026-07-02 " + STORY, url).startswith("date 2026-07-02")
