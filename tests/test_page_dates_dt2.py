"""Page and teaser dates in the forms outlets print them that the stamp readers missed (dt2, stop 40):
a date in English ('Jul 6, 2019', '6 July 2019', 'Sat, 06 Jul 2019 10:21:00 +0800', 'Updated: …') and a
Taiwanese site's year of the Republic in figures ('108/07/06', '發布日期：108-07-06'). Invented pages."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

HEAD = "越南外长会见柬埔寨副首相"
STORY = "越南外交部长6日在河内会见了到访的柬埔寨副首相,双方就深化两国传统友谊交换了意见。双方同意加强经贸和人文交流。"
HEAD_T = "越南外長會見柬埔寨副首相"
STORY_T = "越南外交部長6日在河內會見了到訪的柬埔寨副首相,雙方就深化兩國傳統友誼交換了意見。雙方同意加強經貿和人文交流。"


def _page_date(lines: list[str], over: bool = False, trad: bool = False) -> str | None:
    head, story = (HEAD_T, STORY_T) if trad else (HEAD, STORY)
    text = "\n".join((lines + [head] if over else [head] + lines) + ["", story]) + "\n"
    got = extract(text, source="probe.txt").published
    return got.date if got else None


@pytest.mark.parametrize("stamp", [
    "Jul 6, 2019", "July 6, 2019 10:21 AM", "6 July 2019", "6 Jul 2019 10:21", "Saturday, July 6, 2019",
    "Sat, 06 Jul 2019 10:21:00 +0800", "Updated: July 6, 2019", "Posted: Jul. 6, 2019",
    "108/07/06", "108-07-06", "108/07/06 10:21", "發布日期：108-07-06", "日期：108/07/06",
])
@pytest.mark.parametrize("over", [False, True])
def test_a_stamp_line_in_english_or_in_the_republics_figures_dates_the_page(stamp: str, over: bool) -> None:
    assert _page_date([stamp], over=over) == "2019-07-06"


@pytest.mark.parametrize("stamp", ["108/07/06", "發布日期：108-07-06", "更新時間：108/07/06 10:21"])
def test_a_traditional_page_with_the_republics_year_in_figures(stamp: str) -> None:
    assert _page_date([stamp, "資料來源：某某司"], trad=True) == "2019-07-06"


@pytest.mark.parametrize("line", [
    "The ministers met in May 2019 to talk.",  # (no day: no stamp)
    "共有108-07-06号文件",  # (a file's number, not a line of its own nor beside a label)
    "Mayor 6, 2019 team",  # (no month's name)
])
def test_no_stamp_is_read_where_the_line_is_none(line: str) -> None:
    got = _page_date([line])
    assert got is None or not got.startswith("2019-07-06") and not got.startswith("2019-05")


def _teaser_dates(lines: list[str]) -> list[str | None]:
    text = "\n".join([HEAD, "2019-07-06 10:21", "", STORY, "", "相关新闻"] + lines) + "\n"
    doc = extract(text, source="probe.txt")
    return [b.published.date if b.published else None for b in doc.briefs]


@pytest.mark.parametrize("fmt", ["{h} {s}", "{h}\n{s}", "{h} ({s})"])
def test_a_teasers_stamp_in_the_republics_figures(fmt: str) -> None:
    lines: list[str] = []
    for h, s in (("柬埔寨首相会见中国驻柬大使", "108/07/05"), ("泰国总理出席东盟经济论坛开幕式", "108-07-03")):
        lines += fmt.format(h=h, s=s).split("\n")
    assert _teaser_dates(lines) == ["2019-07-05", "2019-07-03"]


# a story long enough to run past the header region (1500 characters), with no date of its own but a bare day
_FILL = ("双方高度评价两国关系近年来取得的积极进展,同意继续保持高层交往势头。越方感谢柬方在经贸和边境管理等领域给予的支持。"
         "柬方表示愿同越方一道推动两国全面合作不断深入发展。双方还就共同关心的地区问题深入交换了意见。")
_LONG = STORY + _FILL * 20
_LONG_T = STORY_T + _FILL * 20


@pytest.mark.parametrize("foot", [
    ["（完）", "2019年07月06日 10:21"],
    ["来源：某某社 责任编辑：某某 2019-07-06 10:21:00"],
    ["发布时间：2019-07-06"],
    ["2019年7月6日"],
    ["【打印本页】【关闭窗口】", "2019-07-06"],
    ["完", "2019年7月6日（星期六）", "香港時間10時21分發出"],
])
def test_a_stamp_under_a_long_story_dates_the_page(foot: list[str]) -> None:
    text = "\n".join([HEAD_T, "", _LONG_T] + foot) + "\n"
    got = extract(text, source="probe.txt").published
    assert got is not None and got.date == "2019-07-06"


def test_the_stamp_over_the_story_and_the_urls_day_come_before_one_under_it() -> None:
    foot = ["2019-07-09 10:21"]
    over = extract("\n".join([HEAD, "2019-07-06 10:21", "", _LONG] + foot) + "\n", source="probe.txt").published
    assert over is not None and over.date == "2019-07-06"
    url = "https://news.example.com/2019-07/06/c_123.htm"
    by_url = extract("\n".join([HEAD, "", _LONG] + foot) + "\n", source="probe.txt", url=url).published
    assert by_url is not None and by_url.date == "2019-07-06"


def test_a_sentence_under_the_story_opening_on_a_date_is_no_stamp() -> None:
    tail = "（来源：某某广播电台）2016年3月9日,某某部长表示,双方将继续加强合作,共同推动地区和平稳定,惠及两国民众。"
    got = extract("\n".join([HEAD, "", _LONG + tail]) + "\n", source="probe.txt").published
    assert got is None or got.date != "2016-03-09"


@pytest.mark.parametrize("side", [
    ["热门新闻", "泰国总理会见老挝外长 2024-01-10 10:00", "印尼总统出席东盟峰会 2024-01-09 09:00"],
    ["泰国总理会见老挝外长 2024-01-10 10:00", "印尼总统出席东盟峰会 2024-01-09 09:00"],
    ["即時新聞", "泰國總理會見老撾外長 2024/01/10 10:00", "印尼總統出席東盟峰會 2024/01/09 09:00"],
])
@pytest.mark.parametrize("how", ["stamp", "url"])
def test_a_dated_list_over_the_headline_does_not_date_the_page(side: list[str], how: str) -> None:
    under = ["2019-07-06 10:21"] if how == "stamp" else []
    url = "https://news.example.com/2019-07/06/c_123.htm" if how == "url" else None
    got = extract("\n".join(side + [HEAD] + under + ["", STORY]) + "\n", source="probe.txt", url=url).published
    assert got is not None and got.date == "2019-07-06"


@pytest.mark.parametrize("lines", [
    ["越南外长会见柬埔寨副首相 2019-07-06 10:21"],  # (the headline with the page's stamp beside it, over the story)
    ["发布时间：2019-07-06 10:21", "更新时间：2019-07-08 09:00"],
])
def test_the_pages_own_stamp_beside_its_headline_or_labelled_still_dates_it(lines: list[str]) -> None:
    got = extract("\n".join(lines + ["", STORY]) + "\n", source="probe.txt").published
    assert got is not None and got.date == "2019-07-06"
