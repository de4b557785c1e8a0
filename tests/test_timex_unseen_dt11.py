"""Time expressions found on Taiwanese, Hong Kong and overseas Chinese pages (helper dt11), on invented sentences."""

from __future__ import annotations

from dipnet.timex.parse import find_times
from dipnet.timex.year import _votes


def _times(text: str, anchor: str | None = "2025-11-04") -> list[tuple[str, str | None, str, str | None]]:
    return [(text[t.start:t.end], t.value, t.precision, t.end_value) for t in find_times(text, anchor)]


def test_bracketed_last_year_gives_its_year() -> None:
    got = _times("陳副院長去(2024)年曾在利馬與對方會談。")
    assert ("去(2024)年", "2024", "year", None) in got


def test_bracketed_year_holds_its_month_and_day() -> None:
    # without the bracket read, '3月5日' alone resolves against the anchor, to the wrong year
    got = _times("該團今(2025)年3月5日抵達華沙訪問。", "2025-11-04")
    assert ("今(2025)年3月5日", "2025-03-05", "day", None) in got


def test_bracketed_year_and_a_range() -> None:
    got = _times("部長本(2025)年2月10日至13日出訪東京。", "2025-12-01")
    assert ("本(2025)年2月10日至13日", "2025-02-10", "day", "2025-02-13") in got


def test_bracketed_year_before_last_and_next() -> None:
    got = _times("雙方前(2023)年簽署協定,明(2026)年將續約。")
    assert ("前(2023)年", "2023", "year", None) in got
    assert ("明(2026)年", "2026", "year", None) in got


def test_bracketed_roc_month_only() -> None:
    got = _times("外交部本(112)年8月公布名單。")
    assert ("本(112)年8月", "2023-08", "month", None) in got


def test_years_since_counted_from_the_year_in_the_clause() -> None:
    # the clause's own year (1983) counts the thirty years, not a founding day told later on the page
    # (the page-year reader reads text folded to Simplified)
    text = ("公使回顾一九八三年双方首次互访之后三十年来两国关系的变化。"
            "协会于一九八五年四月二日成立,当年即开展交流。")
    votes, why, _ = _votes(text, "", find_times(text, None))
    assert max(votes, key=votes.__getitem__) == 2013
    assert 2015 not in votes


def test_the_day_before_counts_from_the_day_told() -> None:
    from dipnet.pipeline import extract

    text = ("新华社布拉格2024年9月21日电 国务委员李文20日在布拉格出席第四届伏尔塔瓦经贸论坛并致辞。"
            "此前一天,李文在布尔诺出席了第二届中捷地方合作论坛。")
    doc = extract(text, source="dt11.txt")
    days = {t.value for t in doc.times if t.note.startswith("此前一天")}
    assert days == {"2024-09-19"}
