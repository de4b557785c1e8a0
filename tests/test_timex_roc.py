"""Republic of China years written without 民国 (issue 13): '112年5月24日' is 2023-05-24, a full date and a
strong vote for the page's year; a count after a founding ('建党100年7月1日') and a duration are not."""

from dipnet.timex import find_times, infer_published
from dipnet.timex.year import infer_year


def _dates(text: str, anchor: str | None = "2023-06-01") -> list[tuple[str, str | None, str | None, bool]]:
    return [(text[t.start:t.end], t.value, t.end_value, t.explicit_year) for t in find_times(text, anchor)]


def test_a_roc_year_before_a_month_and_a_day_is_a_full_date() -> None:
    assert _dates("部长于112年5月24日接见访问团") == [("112年5月24日", "2023-05-24", None, True)]
    # against an anchor of another year the date keeps its own year
    assert _dates("部长于112年5月24日接见访问团", "2025-11-02")[0][1] == "2023-05-24"


def test_a_roc_year_in_brackets_and_a_range_of_days() -> None:
    assert _dates("代表团本(113)年3月4日至7日访问某国") == [("(113)年3月4日至7日", "2024-03-04", "2024-03-07", True)]


def test_a_roc_year_after_minguo_reads_the_same() -> None:
    assert _dates("中华民国114年10月10日国庆")[0][:2] == ("114年10月10日", "2025-10-10")


def test_a_count_after_a_founding_is_not_a_roc_year() -> None:
    got = _dates("庆祝建党100年7月1日举行大会,112年5月24日再次集会")
    assert not any(s.startswith("100年") for s, _, _, _ in got)
    assert ("112年5月24日", "2023-05-24", None, True) in got


def test_a_duration_or_a_year_outside_the_range_is_not_a_roc_date() -> None:
    got = _dates("两国交往112年来不断深化,第112年5月3日,共有125年3月2日的记载,于112年6月2日签约")
    assert [(s, v) for s, v, _, e in got if e] == [("112年6月2日", "2023-06-02")]


def test_a_roc_date_votes_for_the_pages_year() -> None:
    text = "某部长今天会见来访的议员团。记者摄 113年7月10日\n(本社记者台北10日电)某部长今天表示,双方将加强合作。"
    got = infer_year(text)
    assert got is not None and got.year == 2024


def test_a_page_dated_only_by_a_roc_caption_gets_that_day() -> None:
    text = "某部长出席酒会\n\n某部长昨晚出席国庆酒会并致词。本社记者摄 114年11月27日\n\n(本社记者台北27日电)某部长今天表示,两国关系密切。"
    got = infer_published(text=text, url=None, meta=None, title="某部长出席酒会")
    assert got is not None and got.date == "2025-11-27"


def test_a_roc_stamp_closing_the_story_dates_the_page() -> None:
    text = ("某国代表团访问\n\n(本社记者台北16日电)外交部今天表示,欢迎某国代表团明天起访问。\n"
            "外交部表示,双方关系密切友好。1080316\n本网站之文字非经授权不得转载。")
    got = infer_published(text=text, url=None, meta=None, title="某国代表团访问")
    assert got is not None and got.date == "2019-03-16"
    # a number inside a sentence is not a stamp
    assert infer_year("双方签署第1080316号协议,外交部表示欢迎。") is None or \
        infer_year("双方签署第1080316号协议,外交部表示欢迎。").year != 2019  # type: ignore[union-attr]


def test_a_roc_year_in_brackets_beside_a_relative_word_votes_for_the_page() -> None:
    got = infer_year("某部次长表示,去(111)年两国贸易额增长两成,本(112)年9月将再度访问。")
    assert got is not None and got.year == 2023
