"""A page cut above its headline: the crawl's date line or a breadcrumb over the story's opening (a dateline
alone on its line, a lead) is no headline, and the gold reads the page's first line as its title, as it does
under an app's banner (dev d16) or a crawl date line (dev d18). With a headline under them, the headline.
All text here is invented."""

from __future__ import annotations

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment

STORY = ("越南外交部副部长阮文甲昨天在河内会见老挝驻越大使,双方就加强两国外交部门合作交换意见。\n"
         "阮文甲表示,越方愿同老方一道推动两国关系不断向前发展,老方对此表示赞同。\n"
         "双方还就共同关心的地区和国际问题交换了看法。")
HEAD = "越老两国外交部举行年度磋商"


def _title(text: str) -> str:
    return segment(normalize(Page(source="t.txt", text=text))).title


def test_crawl_date_line_over_a_lone_dateline() -> None:
    assert _title(f" date 2024-03-06 快讯\n\n中央社/ 河内6日专电\n\n{STORY}") == "date 2024-03-06 快讯"
    assert _title(f" date 2024-03-06 快讯\n{HEAD}\n\n中央社/ 河内6日专电\n\n{STORY}") == HEAD


def test_crawl_date_line_over_a_dateline_with_a_caption() -> None:
    text = f" date 2024-03-06 快讯\n\n中央社/ 河内6日电\n老挝驻越大使。(美联社)\n\n{STORY}"
    assert _title(text) == "date 2024-03-06 快讯"


def test_breadcrumb_over_a_dispatch_lead() -> None:
    lead = "中新社河内3月6日电 越南外交部副部长阮文甲6日在河内会见老挝驻越大使,双方就加强两国外交部门合作交换意见。"
    rest = STORY.split("\n", 1)[1]
    assert _title(f"某某网军事 > 国际军情 > 正文\n{lead}\n{rest}") == "某某网军事 > 国际军情 > 正文"
    assert _title(f"某某网军事 > 国际军情 > 正文\n{HEAD}\n{lead}\n{rest}") == HEAD
