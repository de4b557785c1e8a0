"""Teaser blocks in the layouts of several outlets (dt8, stop 43). Every page here is invented."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

STORY = ("冰岛与挪威举行渔业部长会谈\n2024-09-14 08:30\n\n"
         "本网讯:9月12日,冰岛渔业部长在雷克雅未克同来访的挪威渔业部长举行会谈。双方评估了北大西洋鳕鱼配额的执行情况。"
         "两位部长还参观了一座港口。\n\n双方同意就海洋保护区交换数据。挪方邀请冰方明年派团考察。\n")
STORYT = ("冰島與挪威舉行漁業部長會談\n2024-09-14 08:30\n\n"
          "本網訊:9月12日,冰島漁業部長在雷克雅未克同來訪的挪威漁業部長舉行會談。雙方評估了北大西洋鱈魚配額的執行情況。"
          "兩位部長還參觀了一座港口。\n\n雙方同意就海洋保護區交換數據。挪方邀請冰方明年派團考察。\n")
CARDS = [("葡萄牙总理访问佛得角", "葡萄牙总理抵达普拉亚开始为期三天的访问,两国将讨论海上航运与能源合作。"),
         ("西班牙外交大臣会见摩洛哥代表团", "西班牙外交大臣在马德里会见了摩洛哥代表团,双方同意扩大季节性劳工项目。"),
         ("意大利议长出席地中海议会论坛", "意大利议长在巴勒莫出席论坛,呼吁沿岸国家共同应对海洋污染。")]
CARDST = [("葡萄牙總理訪問佛得角", "葡萄牙總理抵達普拉亞開始為期三天的訪問,兩國將討論海上航運與能源合作。"),
          ("西班牙外交大臣會見摩洛哥代表團", "西班牙外交大臣在馬德里會見了摩洛哥代表團,雙方同意擴大季節性勞工項目。"),
          ("意大利議長出席地中海議會論壇", "意大利議長在巴勒莫出席論壇,呼籲沿岸國家共同應對海洋污染。")]


def _headlines(text: str) -> list[str]:
    doc = extract(text, source="probe.txt")
    return [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs]


def _cards_parted(heading: str, cards: list[tuple[str, str]]) -> str:
    """Cards of a headline over its summary, each card parted from the next by an empty line."""
    return "\n".join([heading, ""] + [x for h, s in cards for x in (h, s, "")])


# a marker dressed as outlets print it (brackets, arrows): normalize keeps the cards under it apart as it does
# under a bare marker, and does not join each headline to its summary on a page parting paragraphs with empty lines
@pytest.mark.parametrize(("heading", "tr"), [
    ("【相关新闻】", False), ("更多 >>", False), ("相关推荐 >", False), ("【延伸閱讀】", True), ("〖相關報導〗", True),
])
def test_cards_under_a_dressed_marker_stay_apart(heading: str, tr: bool) -> None:
    story, cards = (STORYT, CARDST) if tr else (STORY, CARDS)
    assert _headlines(story + _cards_parted(heading, cards) + "\n") == [h for h, _ in cards]


def test_guard_cards_under_a_bare_marker_as_before() -> None:
    assert _headlines(STORY + _cards_parted("相关新闻", CARDS) + "\n") == [h for h, _ in CARDS]


def _cards_tight(heading: str, cards: list[tuple[str, str]], summaries: bool) -> str:
    return "\n".join([heading] + [x for h, s in cards for x in ((h, s) if summaries else (h,))])


# the headings outlets give the block, addressing the reader ("you may also like", with 你 or 您) or ranking it,
# and a markdown heading or bold span around a marker (a page crawled as markdown)
@pytest.mark.parametrize("heading", [
    "你可能也想看", "您可能會喜歡", "為您推薦", "猜您喜歡", "热门点击", "閱讀排行", "往期精彩", "## 相关新闻", "**延伸阅读**",
    "### 相關報導",
])
@pytest.mark.parametrize("summaries", [False, True])
def test_cards_under_the_headings_outlets_print(heading: str, summaries: bool) -> None:
    tr = any(ch in heading for ch in "會薦歡閱讀關報導")
    story, cards = (STORYT, CARDST) if tr else (STORY, CARDS)
    assert _headlines(story + _cards_tight(heading, cards, summaries) + "\n") == [h for h, _ in cards]


@pytest.mark.parametrize("line", ["## 双方表示愿意加强合作", "**双方同意恢复直航**"])
def test_guard_a_markdown_crosshead_is_no_marker(line: str) -> None:
    page = STORY.replace("\n\n双方同意", "\n\n" + line + "\n双方同意", 1)
    assert _headlines(page) == []


STAMPS = ["2024-09-13", "2024-09-11", "2024-09-10"]


def _colon_block(heading: str, cards: list[tuple[str, str]], form: str) -> str:
    """A "推荐阅读:" heading over its teasers, parted by empty lines or printed tight with summaries."""
    if form == "parted":
        return "\n".join([heading, ""] + [x for h, _ in cards for x in (h, "")])
    if form == "parted stamps":
        return "\n".join([heading, ""] + [x for (h, _), d in zip(cards, STAMPS, strict=True) for x in (h, d, "")])
    if form == "summaries":
        return "\n".join([heading] + [x for h, s in cards for x in (h, s)])
    return "\n".join([heading, ""] + [x for h, s in cards for x in (h, s, "")])  # (summaries parted)


# a heading ending with a colon lists its headlines up to the next paragraph: at the spacing of its first
# headline (empty lines between them), and where its headlines have summaries under them, as cards
@pytest.mark.parametrize("form", ["parted", "parted stamps", "summaries", "summaries parted"])
@pytest.mark.parametrize(("heading", "tr"), [("推荐阅读:", False), ("相关新闻:", False), ("延伸閱讀:", True)])
def test_teasers_under_a_colon_heading(heading: str, tr: bool, form: str) -> None:
    story, cards = (STORYT, CARDST) if tr else (STORY, CARDS)
    assert _headlines(story + _colon_block(heading, cards, form) + "\n") == [h for h, _ in cards]


def test_teasers_under_a_colon_heading_take_their_stamps() -> None:
    doc = extract(STORY + _colon_block("推荐阅读:", CARDS, "parted stamps") + "\n", source="probe.txt")
    assert [b.published.date if b.published else None for b in doc.briefs] == STAMPS


GOES_ON = "\n双方还商定于明年在奥斯陆举行第二轮渔业磋商,届时将讨论联合科考船的租用安排和费用分担方式。\n"


@pytest.mark.parametrize("parted", [False, True])
def test_guard_the_story_goes_on_under_a_colon_list(parted: bool) -> None:
    """A box of headlines printed inside the story: the story's crosshead and paragraph under it stay the story's."""
    sep = "\n\n" if parted else "\n"
    box = "相关新闻:" + sep + sep.join(h for h, _ in CARDS[:2]) + "\n\n"
    doc = extract(STORY + box + "渔业合作前景" + GOES_ON, source="probe.txt")
    assert [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs] == [h for h, _ in CARDS[:2]]
    assert [doc.text[s.start:s.end] for s in doc.segments_of("heading")] == ["渔业合作前景"]
    assert any("奥斯陆" in doc.text[s.start:s.end] for s in doc.segments_of("body"))


CUTS = [("葡萄牙总理抵达普拉亚开始为期三天的访问,两国将讨论海上航运与能源合作。", "他在机场表示,此访将推动双方在可再生"),
        ("西班牙外交大臣在马德里会见了摩洛哥代表团,双方同意扩大季节性劳工项目。", "会见结束后,两国官员前往一处农业"),
        ("意大利议长在巴勒莫出席论坛,呼吁沿岸国家共同应对海洋污染。", "她同时宣布意大利将拨款支持地中海")]
CUTST = [("葡萄牙總理抵達普拉亞開始為期三天的訪問,兩國將討論海上航運與能源合作。", "他在機場表示,此訪將推動雙方在可再生"),
         ("西班牙外交大臣在馬德里會見了摩洛哥代表團,雙方同意擴大季節性勞工項目。", "會見結束後,兩國官員前往一處農業"),
         ("意大利議長在巴勒莫出席論壇,呼籲沿岸國家共同應對海洋污染。", "她同時宣佈意大利將撥款支持地中海")]


# cards of a summary alone, cut off with no stamp (two or more in a row), under the story's sign-off: teasers,
# each headed by its first sentence
@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("tail", ["", "…"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(("signoff", "tr"), [("(责编:某某)", False), ("责任编辑:某某某", False), ("(编辑:某某 校对:某某)", False),
                                             ("(編輯:某某)", True), ("責任編輯:某某", True)])
def test_cut_summaries_under_a_signoff(signoff: str, tr: bool, sep: str, tail: str, n: int) -> None:
    story, cuts = (STORYT, CUTST) if tr else (STORY, CUTS)
    page = story + sep.join([signoff] + [a + b + tail for a, b in cuts[:n]]) + "\n"
    assert _headlines(page) == [a for a, _ in cuts[:n]]


@pytest.mark.parametrize("tr", [False, True])
def test_guard_the_story_printed_again_under_its_signoff(tr: bool) -> None:
    story = STORYT if tr else STORY
    assert _headlines(story + "(责编:某某)\n" + story.split("\n\n", 1)[1]) == []


def test_guard_one_cut_line_under_a_signoff_is_no_block() -> None:
    """One line cut off under the sign-off is as likely the page's cut-off end: no teaser made of it alone."""
    a, b = CUTS[0]
    assert _headlines(STORY + "(责编:某某)\n" + a + b + "\n") == []


# a sign-off in square or lenticular brackets, as wire sites print it ("【编辑:某某】", "[责任编辑:某某]"): the
# story's end, and no line of it
@pytest.mark.parametrize("signoff", ["【编辑:某某】", "【责任编辑:某某某】", "[责任编辑:某某]", "【編輯:某某】"])
@pytest.mark.parametrize("tr", [False, True])
def test_cut_summaries_under_a_bracketed_signoff(signoff: str, tr: bool) -> None:
    story, cuts = (STORYT, CUTST) if tr else (STORY, CUTS)
    assert _headlines(story + "\n".join([signoff] + [a + b for a, b in cuts]) + "\n") == [a for a, _ in cuts]


@pytest.mark.parametrize("signoff", ["【编辑:某某】", "[责任编辑:某某]"])
def test_a_bracketed_signoff_is_no_line_of_the_story(signoff: str) -> None:
    doc = extract(STORY + signoff + "\n", source="probe.txt")
    assert not any(signoff in doc.text[s.start:s.end] for s in doc.segments_of("body", "lead", "heading"))


# a headline and its stamp parted by a bar ("标题 | 2024-09-13"): a teaser, however short its headline (no menu of
# two short items)
@pytest.mark.parametrize("bar", [" | ", "｜", " ｜ "])
@pytest.mark.parametrize("tr", [False, True])
def test_a_headline_and_its_stamp_parted_by_a_bar(bar: str, tr: bool) -> None:
    story, cards = (STORYT, CARDST) if tr else (STORY, CARDS)
    page = story + "\n".join(["相关新闻"] + [h + bar + d for (h, _), d in zip(cards, STAMPS, strict=True)]) + "\n"
    doc = extract(page, source="probe.txt")
    assert [(doc.original_text(b.headline.start, b.headline.end), b.published.date if b.published else None)
            for b in doc.briefs] == [(h, d) for (h, _), d in zip(cards, STAMPS, strict=True)]


def test_guard_a_menu_of_short_items_is_no_teaser() -> None:
    assert _headlines(STORY + "相关新闻\n首页 | 国际 | 财经\n" + CARDS[0][0] + "\n" + CARDS[0][1] + "\n") == [CARDS[0][0]]


# cards printed right under the story with no heading: each a headline over one summary that opens with its day
# and tells the headline's subject again past it
DAYED = [("葡萄牙总理访问佛得角", "葡萄牙总理抵达普拉亚开始为期三天的访问,两国将讨论海上航运。", "2024-09-13"),
         ("西班牙外交大臣会见摩洛哥代表团", "西班牙外交大臣在马德里会见了摩洛哥代表团,双方同意扩大劳工项目。", "2024-09-11"),
         ("意大利议长出席地中海议会论坛", "意大利议长在巴勒莫出席论坛,呼吁沿岸国家共同应对海洋污染。", "2024-09-10")]
DAY_FORMS = {"md,": "{m}月{d}日,", "d,": "{d}日,", "local": "当地时间{m}月{d}日,", "(md)": "({m}月{d}日)",
             "电(记者)": "{m}月{d}日电(记者 某某)", "ymd,": "{y}年{m}月{d}日,"}


def _dayed(form: str, iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return DAY_FORMS[form].format(y=y, m=m, d=d)


@pytest.mark.parametrize("form", list(DAY_FORMS))
@pytest.mark.parametrize("parted", [False, True])
def test_cards_with_no_heading_under_the_story(form: str, parted: bool) -> None:
    sep = "\n\n" if parted else "\n"
    page = STORY + "\n" + sep.join(f"{h}\n{_dayed(form, iso)}{s}" for h, s, iso in DAYED) + "\n"
    doc = extract(page, source="probe.txt")
    assert [(doc.original_text(b.headline.start, b.headline.end), b.published.date if b.published else None)
            for b in doc.briefs] == [(h, iso) for h, _, iso in DAYED]


SECTIONS = [("双方同意扩大远洋渔业合作", "9月12日,两位部长表示将共同开发新的渔场。", "双方还同意互派观察员。"),
            ("推动北极海域科学考察", "9月13日,两位部长还讨论了北极海域的科考计划。", "双方愿在北极理事会框架内加强沟通。")]


@pytest.mark.parametrize("page", [
    STORY + "\n".join(x for h, a, b in SECTIONS for x in (h, a, b)) + "\n",  # (two paragraphs under each crosshead)
    STORY + "\n".join(x for h, a, _ in SECTIONS for x in (h, a)) + "\n",  # (paragraphs not retelling their crossheads)
    STORY + DAYED[0][0] + "\n" + _dayed("md,", DAYED[0][2]) + DAYED[0][1] + "\n",  # (one card alone)
    STORY + "\n".join(f"{h}\n{_dayed('md,', iso)}{s}" for h, s, iso in DAYED[:2]) + "\n双方还将举行记者会。\n",  # (the story goes on)
    STORY + "\n".join(f"{h}\n{_dayed('md,', '2024-09-12')}{s}" for h, s, _ in DAYED) + "\n",  # (a roundup's sections: one day)
])
def test_guard_the_storys_sections_are_no_cards(page: str) -> None:
    assert _headlines(page) == []


# a list of headlines whose last holds a comma ("某某会见某某,双方同意…"): one more headline, not the cut summary of
# the one over it
COMMA_HEADS = ["冰岛总统会见挪威首相", "芬兰外长出席北欧理事会会议", "丹麦首相访问格陵兰,双方同意扩大渔业合作"]
COMMA_HEADST = ["冰島總統會見挪威首相", "芬蘭外長出席北歐理事會會議", "丹麥首相訪問格陵蘭,雙方同意擴大漁業合作"]


@pytest.mark.parametrize("tr", [False, True])
@pytest.mark.parametrize("stamps", [False, True])
def test_the_last_headline_of_a_list_holds_a_comma(tr: bool, stamps: bool) -> None:
    story, heads = (STORYT, COMMA_HEADST) if tr else (STORY, COMMA_HEADS)
    rows = [x for h, d in zip(heads, STAMPS, strict=True) for x in ((h, d) if stamps else (h,))]
    assert _headlines(story + "\n".join(["相关新闻", *rows]) + "\n") == heads


def test_guard_a_cut_line_under_one_headline_is_its_summary() -> None:
    """One headline, then a line with a comma cut off at the block's end: that teaser's summary, as before."""
    page = STORY + "相关新闻\n" + COMMA_HEADS[0] + "\n冰岛总统当天在雷克雅未克会见了到访的挪威首相,双方讨论了\n"
    assert _headlines(page) == [COMMA_HEADS[0]]


# a list's bullet glyph or arrow before a teaser's headline is no part of it
@pytest.mark.parametrize("bullet", ["◆", "■ ", "● ", "▶ ", "→", "※", "> ", "．"])
@pytest.mark.parametrize("tr", [False, True])
def test_a_bullet_glyph_is_no_part_of_the_headline(bullet: str, tr: bool) -> None:
    story, cards = (STORYT, CARDST) if tr else (STORY, CARDS)
    assert _headlines(story + "\n".join(["延伸阅读"] + [bullet + h for h, _ in cards]) + "\n") == [h for h, _ in cards]


# a teaser naming an era the knowledge file marks (一带一路 2013, 澜湄合作 2014, 人类命运共同体 2012: a page naming one
# is of that year or later) is of no occasion of that year: it takes its block's date, as its neighbours do
@pytest.mark.parametrize("head", ["“一带一路”经贸合作论坛在利马开幕", "澜湄合作外长会在万象举行", "「一帶一路」企業家大會在澳門舉行",
                                  "人类命运共同体理念研讨会在河内举行"])
def test_a_teaser_naming_an_era_takes_its_blocks_date(head: str) -> None:
    doc = extract(STORY + "\n".join(["相关新闻", head, CARDS[0][0], CARDS[1][0]]) + "\n", source="probe.txt")
    dates = {b.published.date[:4] if b.published else None for b in doc.briefs}
    assert len(doc.briefs) == 3 and dates == {"2024"}


def test_guard_a_numbered_congress_still_dates_its_teaser() -> None:
    """A congress named by its number (越共十四大, held 2026) is an occasion: its teaser is of that year."""
    doc = extract(STORY + "\n".join(["相关新闻", "各地积极落实越共十四大决议", CARDS[0][0], CARDS[1][0]]) + "\n", source="probe.txt")
    assert doc.briefs[0].published is not None and doc.briefs[0].published.date[:4] == "2026"
