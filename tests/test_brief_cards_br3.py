"""Teaser cards lost before the brief reader sees them (br3, stop 42). Every page here is invented."""

from __future__ import annotations

import pytest

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.pipeline import extract

STORY = ("蒙古与哈萨克斯坦举行总理会谈\n2024-06-12 09:00\n\n"
         "本网讯:6月10日,蒙古总理在乌兰巴托同到访的哈萨克斯坦总理举行会谈。双方回顾了两国关系的发展。"
         "两国总理出席了文件签署仪式。\n\n双方同意扩大矿产和农业领域的合作。哈方愿同蒙方密切人文交流。\n")
STORYT = ("蒙古與哈薩克斯坦舉行總理會談\n2024-06-12 09:00\n\n"
          "本網訊:6月10日,蒙古總理在烏蘭巴托同到訪的哈薩克斯坦總理舉行會談。雙方回顧了兩國關係的發展。"
          "兩國總理出席了文件簽署儀式。\n\n雙方同意擴大礦產和農業領域的合作。哈方願同蒙方密切人文交流。\n")
CARDS = [("挪威首相访问冰岛", "{d}6月11日{sep}挪威首相抵达雷克雅未克开始正式访问,两国将讨论北极航道合作。", "2024-06-11"),
         ("芬兰外长出席波罗的海论坛", "{d}6月9日{sep}芬兰外长在里加出席论坛并就地区能源安全发表演讲。", "2024-06-09"),
         ("丹麦议长会见瑞典代表团", "{d}6月8日{sep}丹麦议长在哥本哈根会见瑞典议会代表团,双方交流了立法经验。", "2024-06-08")]
CARDST = [("挪威首相訪問冰島", "{d}6月11日{sep}挪威首相抵達雷克雅未克開始正式訪問,兩國將討論北極航道合作。", "2024-06-11"),
          ("芬蘭外長出席波羅的海論壇", "{d}6月9日{sep}芬蘭外長在里加出席論壇並就地區能源安全發表演講。", "2024-06-09"),
          ("丹麥議長會見瑞典代表團", "{d}6月8日{sep}丹麥議長在哥本哈根會見瑞典議會代表團,雙方交流了立法經驗。", "2024-06-08")]


def _briefs(text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, source="probe.txt")
    return [(doc.original_text(b.headline.start, b.headline.end), b.published.date if b.published else None)
            for b in doc.briefs]


def _cards_page(trad: bool, heading: str, lead: str, sep: str) -> str:
    """Each card a headline right over its summary (no empty line between), the cards parted by empty lines."""
    lines = [heading, ""]
    for head, summary, _ in (CARDST if trad else CARDS):
        lines += [head, summary.format(d=lead, sep=sep), ""]
    return (STORYT if trad else STORY) + "\n".join(lines)


@pytest.mark.parametrize("trad, heading", [(False, "相关新闻"), (False, "(责编:某某)"), (True, "相關新聞"), (True, "(編輯:某某)")])
@pytest.mark.parametrize("lead, sep", [("", ","), ("2024年", ","), ("当地时间", ",")])  # ("…日电 …": apart already)
def test_a_cards_headline_over_its_summary_opening_with_a_day_stays_on_its_line(
        trad: bool, heading: str, lead: str, sep: str) -> None:
    if trad and lead == "当地时间":
        lead = "當地時間"
    page = _cards_page(trad, heading, lead, sep)
    text = normalize(Page(text=page, source="probe.txt")).text
    for head, _, _ in (CARDS if not trad else CARDST):
        simple = normalize(Page(text=head, source="h.txt")).text
        assert simple + "\n" in text  # the headline is not joined to its summary
    want = [(h, day) for h, _, day in (CARDST if trad else CARDS)]
    assert _briefs(page) == want


@pytest.mark.parametrize("tail", ["6月20日在首都举行第二轮磋商。", "6月20日举行第二轮磋商,并签署备忘录。"])
def test_guard_a_sentence_broken_before_its_day_still_joins(tail: str) -> None:
    """Guard (passes with and without the change): no comma after the day, the sentence goes on over the break."""
    page = STORY + "\n双方商定,两国外交部门官员\n" + tail + "两国还将互派代表团。\n\n双方对会谈成果表示满意。\n"
    assert "两国外交部门官员" + tail in normalize(Page(text=page, source="probe.txt")).text


def test_guard_the_pages_headline_over_its_dated_lead_keeps_its_title() -> None:
    """Guard: a headline with its lead right under it (no empty line) is the title, the lead its story."""
    page = "蒙古与哈萨克斯坦举行总理会谈\n6月10日,蒙古总理在乌兰巴托同到访的哈萨克斯坦总理举行会谈。双方回顾了两国关系。\n\n双方同意扩大合作。\n"
    doc = extract(page, source="probe.txt")
    assert doc.title == "蒙古与哈萨克斯坦举行总理会谈"
    assert not doc.briefs


# (b) a card's summary cut short (40-49 characters, no full stop) under its headline
SHORT_CUTS = [("挪威首相访问冰岛", "挪威首相抵达雷克雅未克开始正式访问,两国将讨论北极航道合作,双方还计划就渔业配额的分配", "2024-06-11"),
              ("芬兰外长出席波罗的海论坛", "6月9日,芬兰外长在里加出席论坛并就地区能源安全发表演讲,他呼吁各方加强跨境电网的", "2024-06-09"),
              ("丹麦议长会见瑞典代表团", "丹麦议长在哥本哈根会见瑞典议会代表团,双方交流了立法经验,并就青年议员交流项目达成了", "2024-06-08")]
SHORT_CUTST = [("挪威首相訪問冰島", "挪威首相抵達雷克雅未克開始正式訪問,兩國將討論北極航道合作,雙方還計劃就漁業配額的分配", "2024-06-11"),
               ("芬蘭外長出席波羅的海論壇", "6月9日,芬蘭外長在里加出席論壇並就地區能源安全發表演講,他呼籲各方加強跨境電網的", "2024-06-09"),
               ("丹麥議長會見瑞典代表團", "丹麥議長在哥本哈根會見瑞典議會代表團,雙方交流了立法經驗,並就青年議員交流項目達成了", "2024-06-08")]


@pytest.mark.parametrize("stamp", ["{y}-{m}-{d}", "{d}/{m}/{y}", None])
@pytest.mark.parametrize("trad", [False, True])
def test_a_short_cut_summary_under_its_headline_is_its_summary(stamp: str | None, trad: bool) -> None:
    cards = SHORT_CUTST if trad else SHORT_CUTS
    assert all(40 <= len(cut) < 50 for _, cut, _ in cards)  # (below the bound of a cut summary read alone)
    lines = ["相關新聞" if trad else "相关新闻"]
    for head, cut, day in cards:
        y, m, d = day.split("-")
        lines += [head, cut] + ([stamp.format(y=y, m=m, d=d)] if stamp else [])
    got = _briefs((STORYT if trad else STORY) + "\n".join(lines) + "\n")
    assert [h for h, _ in got] == [h for h, _, _ in cards]
    if stamp:
        assert [day for _, day in got] == [day for _, _, day in cards]


@pytest.mark.parametrize("second", ["挪威首相会见冰岛总统", "冰岛总统会见挪威首相,双方签署渔业协定,两国将扩大合作"])
def test_guard_a_second_headline_under_a_headline_is_a_card_of_its_own(second: str) -> None:
    """Guard: a line under a headline that has no clauses, or does not open on the headline's words, heads a card."""
    page = STORY + "相关新闻\n挪威首相访问冰岛\n2024-06-11\n" + second + "\n2024-06-10\n"
    assert [h for h, _ in _briefs(page)] == ["挪威首相访问冰岛", second]


# (d) a deck opened by a dash, printed under a card's headline and over its stamp
DECKS = [("挪威首相访问冰岛", "北极航道合作成为会谈重点", "2024-06-11"),
         ("芬兰外长出席波罗的海论坛", "地区能源安全受到关注", "2024-06-09"),
         ("丹麦议长会见瑞典代表团", "两国议会将扩大青年交流", "2024-06-08")]


@pytest.mark.parametrize("dash", ["——", "—", "－－"])
@pytest.mark.parametrize("stamp", ["{y}-{m}-{d}", "{y}年{m}月{d}日 08:30"])
def test_a_dash_deck_under_a_cards_headline_belongs_to_the_card(dash: str, stamp: str) -> None:
    lines = ["相关新闻"]
    for head, deck, day in DECKS:
        y, m, d = day.split("-")
        lines += [head, dash + deck, stamp.format(y=y, m=m, d=d)]
    assert _briefs(STORY + "\n".join(lines) + "\n") == [(h, day) for h, _, day in DECKS]


def test_guard_a_list_of_dashed_headlines_keeps_every_card() -> None:
    """Guard: where the headlines themselves open with a dash, the dashes are the list's bullets."""
    lines = ["相关新闻"] + ["——" + h for h, _, _ in DECKS]
    assert len(_briefs(STORY + "\n".join(lines) + "\n")) == 3


# (c) cards printed as their summaries alone, each cut off, with no stamp, under the story
HEADLESS = ["挪威首相抵达雷克雅未克开始正式访问,两国将讨论北极航道合作。他说双方还将就渔业配额的分配",
            "芬兰外长在里加出席论坛并就地区能源安全发表演讲。他呼吁各方加强跨境电网的建设和",
            "丹麦议长在哥本哈根会见瑞典议会代表团,双方交流了立法经验。会谈后两国议员一道参观了"]
HEADLESST = ["挪威首相抵達雷克雅未克開始正式訪問,兩國將討論北極航道合作。他說雙方還將就漁業配額的分配",
             "芬蘭外長在里加出席論壇並就地區能源安全發表演講。他呼籲各方加強跨境電網的建設和",
             "丹麥議長在哥本哈根會見瑞典議會代表團,雙方交流了立法經驗。會談後兩國議員一道參觀了"]


def _headless_page(trad: bool, opener: str) -> str:
    return (STORYT if trad else STORY) + opener + "\n" + "\n".join(HEADLESST if trad else HEADLESS) + "\n"


@pytest.mark.parametrize("trad, opener", [(False, "(责编:某某)"), (False, "责任编辑:某某"), (False, "更多新闻"),
                                          (True, "(編輯:某某)"), (True, "更多新聞"), (False, "相关新闻")])
def test_cut_summaries_under_the_stories_end_stay_on_their_lines(trad: bool, opener: str) -> None:
    text = normalize(Page(text=_headless_page(trad, opener), source="probe.txt")).text
    tail = text[text.rindex("人文交流。") + 5:].strip().split("\n")
    assert len(tail) == 4  # the opener and three cards, none joined to the next


@pytest.mark.parametrize("trad, opener", [(False, "更多新闻"), (True, "更多新聞"), (False, "相关新闻")])
def test_cut_summaries_under_a_related_label_are_cards_each(trad: bool, opener: str) -> None:
    got = [h for h, _ in _briefs(_headless_page(trad, opener))]
    assert got == [s[:s.index("。") + 1] for s in (HEADLESST if trad else HEADLESS)]


def test_guard_a_line_opening_on_a_bound_word_below_a_label_still_joins() -> None:
    """Guard: where the lower line opens as no sentence does, the break is inside one."""
    page = STORY + "相关新闻\n挪威首相抵达雷克雅未克开始正式访问。他说双方还将就渔业配额\n的分配进行磋商。\n"
    assert "渔业配额的分配" in normalize(Page(text=page, source="probe.txt")).text
