"""Teaser cards printed as their summary alone, each with its stamp on the line under it, and a title bar printed
under the page's headline (dt6, stop 42). Invented pages: every headline, summary and stamp written for these tests."""

from __future__ import annotations

import pytest

from dipnet.model import Page
from dipnet.normalize import normalize
from dipnet.pipeline import extract
from dipnet.teaser import linked_summary, teaser_span

STORY = ("中国与巴西举行外交部长会谈\n\n"
         "本网讯(记者 某某):11月18日,中国外交部长在北京与来访的巴西外交部长举行会谈。双方就深化双边全方位合作关系"
         "交换了意见。两国外长还共同会见了记者。\n\n双方同意加强在多边框架内的协调。巴方表示愿同中方扩大贸易和投资合作。\n")
STORYT = ("中國與巴西舉行外交部長會談\n\n"
          "（中央社記者某某聖保羅20日電）中國外交部長18日在北京與來訪的巴西外交部長舉行會談。雙方就深化雙邊全方位合作關係"
          "交換了意見。兩國外長還共同會見了記者。\n\n雙方同意加強在多邊框架內的協調。巴方表示願同中方擴大貿易和投資合作。\n")
# (the summary cut off mid-sentence, as a card prints it; its first sentence; its day)
CARDS = [("乌拉圭议长宣布将于明年春季出访东亚两国,着重推动牛肉出口和港口合作。他说此行将签署若干合作文件,但具体日程仍在商定",
          "乌拉圭议长宣布将于明年春季出访东亚两国,着重推动牛肉出口和港口合作。", (2025, 11, 19)),
         ("秘鲁外长在利马会见了来访的厄瓜多尔代表团,双方同意恢复边境贸易磋商。会谈后,两国代表一道参观了当地一座",
          "秘鲁外长在利马会见了来访的厄瓜多尔代表团,双方同意恢复边境贸易磋商。", (2025, 11, 17))]
CARDST = [("烏拉圭議長宣佈將於明年春季出訪東亞兩國,著重推動牛肉出口和港口合作。他說此行將簽署若干合作文件,但具體日程仍在商定",
           "烏拉圭議長宣佈將於明年春季出訪東亞兩國,著重推動牛肉出口和港口合作。", (2025, 11, 19)),
          ("秘魯外長在利馬會見了來訪的厄瓜多爾代表團,雙方同意恢復邊境貿易磋商。會談後,兩國代表一道參觀了當地一座",
           "秘魯外長在利馬會見了來訪的厄瓜多爾代表團,雙方同意恢復邊境貿易磋商。", (2025, 11, 17))]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
STAMPS = {
    "Mon D, Y": lambda y, m, d: f"{_MON[m - 1]} {d}, {y}",
    "D Mon Y": lambda y, m, d: f"{d} {_MON[m - 1]} {y}",
    "iso": lambda y, m, d: f"{y}-{m:02d}-{d:02d}",
    "iso clock": lambda y, m, d: f"{y}-{m:02d}-{d:02d} 10:30",
    "slash": lambda y, m, d: f"{y}/{m:02d}/{d:02d}",
    "day first": lambda y, m, d: f"{d:02d}/{m:02d}/{y}",
    "cn clock": lambda y, m, d: f"{y}年{m}月{d}日 10:30",
}


def _page(stamp: str, trad: bool = False, opener: str = "(责编:某某、某某某)") -> str:
    lines = [opener]
    for cut, _, day in (CARDST if trad else CARDS):
        lines += [cut, STAMPS[stamp](*day)]
    return (STORYT if trad else STORY) + "\n".join(lines) + "\n"


def _briefs(text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, source="probe.txt")
    return [(doc.original_text(b.headline.start, b.headline.end), b.published.date if b.published else None)
            for b in doc.briefs]


@pytest.mark.parametrize("stamp", ["Mon D, Y", "D Mon Y", "iso", "slash", "day first"])  # (with a clock: apart before)
@pytest.mark.parametrize("trad", [False, True])
def test_a_cards_stamp_under_its_cut_summary_stays_on_its_line(stamp: str, trad: bool) -> None:
    """normalize joined the cut summary, its stamp and the next card into one line: a stamp in a form no sentence
    writes goes on with no sentence."""
    text = normalize(Page(text=_page(stamp, trad), source="probe.txt")).text
    for _, _, day in (CARDST if trad else CARDS):
        assert STAMPS[stamp](*day).replace("日 ", "日") in text.split("\n")  # (normalize drops the space after 日)


@pytest.mark.parametrize("stamp", ["Mon D, Y", "D Mon Y", "iso", "slash", "day first"])
@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("opener", ["(责编:某某、某某某)", "更多新闻"])
def test_cards_of_a_cut_summary_each_headed_by_its_first_sentence_and_dated_by_its_stamp(
        stamp: str, trad: bool, opener: str) -> None:
    cards = CARDST if trad else CARDS
    want = [(first, f"{day[0]}-{day[1]:02d}-{day[2]:02d}") for _, first, day in cards]
    assert _briefs(_page(stamp, trad, opener)) == want


@pytest.mark.parametrize(("line", "head"), [
    ("乌拉圭议长宣布将出访东亚两国。他说此行将签署若干合作文件", "乌拉圭议长宣布将出访东亚两国。"),
    ("乌拉圭议长表示“愿扩大合作。”他说此行将签署若干合作文件", "乌拉圭议长表示“愿扩大合作。”"),
    ("烏拉圭議長宣佈將出訪東亞兩國。他說此行將簽署若干合作文件。", "烏拉圭議長宣佈將出訪東亞兩國。"),
])
def test_a_summary_alone_is_headed_by_its_first_sentence_and_the_rest_is_its_summary(line: str, head: str) -> None:
    a, z, rest = teaser_span(line)
    assert line[a:z] == head
    assert rest is not None and line[rest[0]:rest[1]] == line[len(head):]


@pytest.mark.parametrize("line", [
    "乌拉圭议长宣布将出访东亚两国,着重推动牛肉出口。",  # (one sentence: the whole of it)
    "乌拉圭议长出访东亚两国",  # (a headline)
    "乌拉圭议长出访东亚两国 2025-11-19",  # (a headline and its stamp)
    "乌拉圭议长出访东亚两国。议长",  # (too little after the stop for a sentence)
])
def test_guard_a_headline_or_one_sentence_stays_whole(line: str) -> None:
    a, z, _ = teaser_span(line)
    assert line[a:z] == line.split(" ")[0]


def test_guard_a_date_printed_bold_on_its_own_line_goes_on_with_its_sentence() -> None:
    page = ("中国与巴西举行外交部长会谈\n\n新华社北京11月20日电 两国外交部长定于\n2025年12月3日\n在北京举行新一轮战略对话,"
            "双方将讨论贸易合作。\n\n双方还将讨论地区形势。\n")
    text = normalize(Page(text=page, source="probe.txt")).text
    assert "定于2025年12月3日在北京举行" in text


# ---- a card's headline between a cut summary and its own summary (no stamps): normalize joined all three
HCARDS = [("乌拉圭议长出访东亚两国", "乌拉圭议长宣布将于明年春季出访东亚两国,着重推动牛肉出口和港口合作。他说此行将签署若干合作文件,但具体日程仍在"),
          ("秘鲁外长会见厄瓜多尔代表团", "秘鲁外长在利马会见了来访的厄瓜多尔代表团,双方同意恢复边境贸易磋商。会谈后,两国代表一道参观了当地一座"),
          ("智利总统出席地区峰会", "11月15日,智利总统抵达会场,出席为期两天的地区峰会并将发表讲话。他表示智利愿意与各方一起推动")]
HCARDST = [("烏拉圭議長出訪東亞兩國", "烏拉圭議長宣佈將於明年春季出訪東亞兩國,著重推動牛肉出口和港口合作。他說此行將簽署若干合作文件,但具體日程仍在"),
           ("秘魯外長會見厄瓜多爾代表團", "秘魯外長在利馬會見了來訪的厄瓜多爾代表團,雙方同意恢復邊境貿易磋商。會談後,兩國代表一道參觀了當地一座"),
           ("智利總統出席地區峰會", "11月15日,智利總統抵達會場,出席為期兩天的地區峰會並將發表講話。他表示智利願意與各方一起推動")]


@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("heading", ["相关新闻", "更多"])
def test_a_cards_headline_under_a_cut_summary_stays_on_its_line(trad: bool, heading: str) -> None:
    cards = HCARDST if trad else HCARDS
    page = (STORYT if trad else STORY) + heading + "\n" + "\n".join(f"{h}\n{s}" for h, s in cards) + "\n"
    lines = normalize(Page(text=page, source="probe.txt")).text.split("\n")
    for h, _ in cards:
        assert _simplified(h) in lines


def _simplified(text: str) -> str:
    return normalize(Page(text=text, source="probe.txt")).text


def test_guard_a_name_printed_bold_on_its_own_line_goes_on_with_its_sentence() -> None:
    page = ("中国与巴西举行外交部长会谈\n\n新华社北京11月20日电 中国外交部长当天会见了\n巴西外交部长\n并就双边关系交换了意见,"
            "双方同意加强合作。\n\n双方还讨论了地区形势。\n")
    assert "会见了巴西外交部长并就双边关系" in normalize(Page(text=page, source="probe.txt")).text


# ---- a card's cut summary under its headline is that teaser's summary, not a teaser of its own
@pytest.mark.parametrize("stamp", ["Mon D, Y", "iso", "day first", "cn clock", None])
@pytest.mark.parametrize("trad", [False, True])
@pytest.mark.parametrize("ellipsis", [False, True])
def test_a_cut_summary_under_its_headline_is_the_teasers_summary(stamp: str | None, trad: bool, ellipsis: bool) -> None:
    cards = HCARDST if trad else HCARDS
    days = [(2025, 11, 19), (2025, 11, 17), (2025, 11, 15)]  # (the third summary tells its day too)
    lines = ["相關新聞" if trad else "相关新闻"]
    for (h, s), day in zip(cards, days, strict=True):
        lines += [h, s + ("…" if ellipsis else "")] + ([STAMPS[stamp](*day)] if stamp else [])
    got = _briefs((STORYT if trad else STORY) + "\n".join(lines) + "\n")
    assert [h for h, _ in got] == [h for h, _ in cards]
    if stamp:
        assert [d for _, d in got] == [f"{y}-{m:02d}-{d:02d}" for y, m, d in days]


@pytest.mark.parametrize("line", [
    "越南外长会见老挝大使。",  # (a headline with a full stop)
    "两国签署合作协议。双方",  # (a short sentence)
    "乌拉圭议长宣布将出访东亚两国,着重推动牛肉出口。",  # (a whole summary of one sentence)
    "乌拉圭议长宣布将出访东亚两国。他说此行将签署若干合作文件。",  # (a whole summary: it ends on its stop)
])
def test_guard_no_cut_summary(line: str) -> None:
    assert not linked_summary(line)


@pytest.mark.parametrize("stamp", ["iso", "Mon D, Y"])
@pytest.mark.parametrize("trad", [False, True])
def test_a_summary_cut_inside_its_first_long_sentence_is_the_teasers_summary(stamp: str, trad: bool) -> None:
    cards = (HCARDST if trad else HCARDS)[:2]
    days = [(2025, 11, 19), (2025, 11, 17)]
    lines = ["相關新聞" if trad else "相关新闻"]
    for (h, s), day in zip(cards, days, strict=True):
        lines += [h, s.replace("。", ","), STAMPS[stamp](*day)]  # (one long sentence of clauses, cut)
    got = _briefs((STORYT if trad else STORY) + "\n".join(lines) + "\n")
    assert got == [(h, f"{y}-{m:02d}-{d:02d}") for (h, _), (y, m, d) in zip(cards, days, strict=True)]


@pytest.mark.parametrize("line", [
    "国防部长:各军事院校要持续发扬“忠诚、担当,勤学、创新,团结、奋进”的优良作风",  # (a long headline with commas)
    "越南政府总理与老挝政府总理共同主持两国政府间委员会第四十八次会议并签署多项合作文件",  # (a long headline, no comma)
])
def test_guard_a_long_headline_is_no_cut_summary(line: str) -> None:
    assert not linked_summary(line)
