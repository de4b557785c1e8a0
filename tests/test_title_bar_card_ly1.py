"""A promoted story's card printed over the headline that the title bar under it names (dt8's patch, applied by ly1, stop 44). Every page here is invented."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

# ---- a promoted story's card printed over the headline, which the browser's title bar under it names
HEAD = "希腊总理将访问塞浦路斯并出席能源会议"
HEADT = "希臘總理將訪問塞浦路斯並出席能源會議"
LEAD = ("某某通讯社雅典9月13日电 希腊总理13日宣布,他将于下周访问塞浦路斯并出席东地中海能源会议,双方将讨论海底电缆项目。\n"
        "希腊外交部表示,此访将进一步巩固两国的传统友谊。\n")
LEADT = ("（中央社記者某某雅典13日電）希臘總理13日宣佈,他將於下週訪問塞浦路斯並出席東地中海能源會議,雙方將討論海底電纜項目。\n"
         "希臘外交部表示,此訪將進一步鞏固兩國的傳統友誼。\n")
CARD = ("马耳他总统访问突尼斯", "马耳他总统12日抵达突尼斯开始国事访问。两国元首签署了渔业合作协议,并同意开通新的海上航线。")
CARDT2 = ("馬耳他總統訪問突尼斯", "馬耳他總統12日抵達突尼斯開始國事訪問。兩國元首簽署了漁業合作協議,並同意開通新的海上航線。")
BARS = [" - 某某通讯社, 1920, 13.09.2024", " - 某某通讯社, 13.09.2024", "_某某新闻网", " | 某某日報"]


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("tr", [False, True])
@pytest.mark.parametrize("caption", [False, True])
def test_a_card_over_the_headline_a_bar_under_it_names(bar: str, tr: bool, caption: bool) -> None:
    """The headline the bar names is the title; the card over it is a teaser with its summary, not the story's lead."""
    head, lead, (ch, cs) = (HEADT, LEADT, CARDT2) if tr else (HEAD, LEAD, CARD)
    photo = f"© 图片 2024 / 某某 {head}\n" if caption else ""
    doc = extract(f"- 某某通讯社, 1920\n{ch}\n{cs}\n\n{head}\n\n{photo}{head}{bar}\n{lead}", source="probe.txt")
    assert doc.title == head
    assert [doc.original_text(b.headline.start, b.headline.end) for b in doc.briefs] == [ch]
    assert [doc.original_text(s.start, s.end) for s in doc.segments_of("brief_summary")] == [cs]
    assert lead.split("\n")[0][-12:] in "".join(doc.original_text(s.start, s.end) for s in doc.segments_of("lead", "body"))


@pytest.mark.parametrize(("page", "title"), [
    (f"{HEAD}\n{HEAD} - 某某通讯社\n{LEAD}", HEAD),  # (the headline first: its bar under it, no card)
    (f"{CARD[0]}\n{CARD[1]}\n\n{HEAD}\n\n{LEAD}", CARD[0]),  # (no bar: the first headline stands)
])
def test_guard_no_card_without_a_bar_under_a_later_headline(page: str, title: str) -> None:
    doc = extract(page, source="probe.txt")
    assert doc.title == title
    assert doc.briefs == []


# ---- a card or summary telling several past days is put up on the last of them at the earliest (ly1)
DAYS = [("10月17日", "18日", False), ("10月17日", "10月19日", False), ("10月17日上午", "18日晚", False),
        ("10月17日", "18日", True), ("10月16日", "10月18日", True)]


def _card_page(first: str, later: str, tr: bool) -> str:
    if tr:
        card = ("葡萄牙總統出訪佛得角並出席海洋論壇",
                f"葡萄牙總統{first}抵達普拉亞,開始為期三天的訪問。{later},他在海洋大會啟動儀式上致辭。")
        head, lead = HEADT, LEADT
    else:
        card = ("葡萄牙总统出访佛得角并出席海洋论坛",
                f"葡萄牙总统{first}抵达普拉亚,开始为期三天的访问。{later},他在海洋大会启动仪式上致辞。")
        head, lead = HEAD, LEAD
    return f"- 某某通讯社, 1920\n{card[0]}\n{card[1]}\n\n{head}\n\n{head} - 某某通讯社, 1920, 17.10.2023\n{lead}"


@pytest.mark.parametrize(("first", "later", "tr"), DAYS)
def test_a_card_telling_several_days_is_of_the_last(first: str, later: str, tr: bool) -> None:
    """The card's speech on the later day is news it reports (occurred), not planned from its first day."""
    doc = extract(_card_page(first, later, tr), source="probe.txt")
    [brief] = doc.briefs
    assert brief.published is not None and brief.published.date > "2023-10-17"
    assert all(e.status == "occurred" for e in doc.events if e.brief == 0 and e.type in ("CONFERENCE", "STATEMENT"))


@pytest.mark.parametrize("planned", ["将于18日", "计划18日", "将在18日"])
def test_guard_a_planned_later_day_does_not_date_the_card(planned: str) -> None:
    card = ("葡萄牙总统出访佛得角并出席海洋论坛", f"葡萄牙总统10月17日抵达普拉亚,开始为期三天的访问。他{planned}在海洋大会启动仪式上致辞。")
    doc = extract(f"- 某某通讯社, 1920\n{card[0]}\n{card[1]}\n\n{HEAD}\n\n{HEAD} - 某某通讯社, 1920, 17.10.2023\n{LEAD}",
                  source="probe.txt")
    [brief] = doc.briefs
    assert brief.published is not None and brief.published.date == "2023-10-17"


@pytest.mark.parametrize("tr", [False, True])
def test_a_card_over_the_title_keeps_its_figures(tr: bool) -> None:
    """The card over the title is a brief: its figures are facts, not site furniture above the title."""
    head, lead = (HEADT, LEADT) if tr else (HEAD, LEAD)
    fig = "雙方表示,今年兩國貿易額將突破50億美元。" if tr else "双方表示,今年两国贸易额将突破50亿美元。"
    doc = extract(f"- 某某通讯社, 1920\n{CARD[0]}\n{CARD[1]}{fig}\n\n{head}\n\n{head} - 某某通讯社, 1920, 13.09.2024\n{lead}",
                  source="probe.txt")
    assert [b for b in doc.briefs]
    assert any(f.value == 5_000_000_000 and f.unit == "USD" for f in doc.facts)


@pytest.mark.parametrize("summary", ["葡萄牙总统10月17日抵达普拉亚,双方商定10月19日起举行海洋大会。",
                                     "葡萄牙总统10月17日抵达普拉亚。双方计划10月19日举行海洋大会。"])
def test_guard_days_of_one_plan_leave_the_card_on_its_first_day(summary: str) -> None:
    """A later day told in the first day's sentence, or after a plan word (计划) in its own, is no day the card reports."""
    card = ("葡萄牙总统出访佛得角并出席海洋论坛", summary)
    doc = extract(f"- 某某通讯社, 1920\n{card[0]}\n{card[1]}\n\n{HEAD}\n\n{HEAD} - 某某通讯社, 1920, 17.10.2023\n{LEAD}",
                  source="probe.txt")
    [brief] = doc.briefs
    assert brief.published is not None and brief.published.date == "2023-10-17"
