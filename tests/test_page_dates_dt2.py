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
