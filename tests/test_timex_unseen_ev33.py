"""Page dates on invented sentences (helper ev33): a page whose year is inferred and that nothing else
dates is of the one month it tells in that year: the days of the visit it previews, the day of the
anniversary it marks. Not so where it tells days of two months, a later month of that year, a day of
another year ('去年8月19日'), or an anniversary only as the year's theme ('今年是…建交85周年'); nor where the year
itself is a weak guess (a month would dress it up, and the facts stage reads a page known to its month as settled)."""

from __future__ import annotations

from dipnet.timex.pagemonth import told_month
from dipnet.timex.parse import find_times
from dipnet.timex.publication import infer_published


def _month(text: str, year: int) -> int | None:
    got = told_month(text, find_times(text, None), year)
    return got[0] if got else None


def test_a_previewed_visit_gives_its_month() -> None:
    text = "记者:请问大使如何评价该国总理自3月12日至15日对越南进行正式访问的意义?大使表示,此访意义重大。"
    assert _month(text, 2031) == 3


def test_the_anniversary_a_page_marks_gives_its_month() -> None:
    text = "值此越南国庆80周年之际,某国总统向越南国家主席致贺电,祝愿越南繁荣昌盛。"
    assert _month(text, 2025) == 9


def test_a_page_of_an_anniversary_is_dated_to_its_month() -> None:
    text = ("各国领导人致电祝贺越南国庆80周年\n\n值此越南国庆80周年之际,某国总统向越南国家主席致贺电,"
            "祝愿越南人民在新时期取得更大成就。\n\n另一国总理也致电表示祝贺。")
    pub = infer_published(text=text, url=None, meta=None)
    assert pub is not None and pub.date == "2025-09" and pub.precision == "month", pub


def test_days_of_two_months_leave_the_month_open() -> None:  # (a guard)
    text = "双方商定,代表团于4月20日抵达,并于5月3日出席论坛。"
    assert _month(text, 2031) is None


def test_a_later_month_told_leaves_it_open() -> None:  # (a guard: the page is after that month)
    text = "在2031年5月17日召开的全会上,他发表讲话。从年初至2031年7月,他参加了九十项对外活动。"
    assert _month(text, 2031) is None


def test_a_day_of_last_year_is_not_the_pages() -> None:  # (a guard)
    text = "两国部长举行视频通话。二人去年8月19日曾在首都会面。"
    assert _month(text, 2031) is None


def test_an_anniversary_told_as_the_years_theme_is_no_occasion() -> None:  # (a guard)
    text = "今年是越南与某国建立外交关系的重要年份。2025年是越南国庆80周年,双方合作成果丰硕。"
    assert _month(text, 2025) is None


def test_a_weak_guess_of_the_year_gets_no_month() -> None:  # (a guard: the year is only the terms' middle)
    text = ("某国红十字会向越南提供援助\n\n越南中部各省遭受洪灾,损失严重。\n\n当地官员表示,救灾工作正在进行。\n\n"
            "各界人士纷纷伸出援手。\n\n大使黎某某表示,援助物资已于11月8日运抵灾区。")
    pub = infer_published(text=text, url=None, meta=None, tenure=[("黎某某", "2014-11-01", "2019-06-30")])
    assert pub is not None and pub.precision == "year", pub
