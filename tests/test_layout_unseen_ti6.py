"""Other stories' headlines printed over a page's headline (a sidebar, a "热点" list, a ticker) are the
site's, not the story's: their zone is boilerplate, so no stage reads them as the story's summary line
or heading. A line over the headline that shares the story's words (a kicker) stays the story's, and so
does a masthead. All text here is invented."""

from __future__ import annotations

from dipnet.aboutness import other_headline, story_words
from dipnet.layout import load_layout
from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.segment import segment

STORY = ("越老外交部门加强合作\n"
         "越通社河内——3月5日,越南外交部副部长阮文甲在河内会见老挝驻越大使,双方就加强两国外交部门合作交换意见。\n"
         "阮文甲表示,越方愿同老方一道推动两国关系不断向前发展。")
L = load_layout()


def _zone(text: str, line: str) -> str:
    doc = segment(normalize(Page(source="t.txt", text=text)))
    at = doc.text.index(line)
    return next((s.kind for s in doc.segments if s.start <= at < s.end), "none")


def test_sidebar_headlines_over_the_headline_are_the_sites() -> None:
    page = "某某新闻网\n·智利总统在圣地亚哥出席葡萄酒节开幕式\n挪威渔船在北极圈捕获罕见鲸鱼 引发热议\n" + STORY
    assert segment(normalize(Page(source="t.txt", text=page))).title == "越老外交部门加强合作"
    assert _zone(page, "智利总统") == "boilerplate"
    assert _zone(page, "挪威渔船") == "boilerplate"


def test_a_kicker_sharing_the_storys_words_stays() -> None:
    page = "某某新闻网\n越南外交部副部长会见老挝驻越大使\n" + STORY
    assert _zone(page, "越南外交部副部长会见") != "boilerplate"


def test_a_masthead_or_a_title_bar_is_no_other_headline() -> None:
    story = story_words(STORY.split("\n"), 0)
    assert other_headline("·智利总统在圣地亚哥出席葡萄酒节开幕式", story, L)
    assert not other_headline("某某传媒TaroNews -观点.天下事", story, L)
    assert not other_headline("智利总统出席葡萄酒节开幕式|某某日报", story, L)
    assert not other_headline("越南外交部副部长会见老挝驻越大使", story, L)
