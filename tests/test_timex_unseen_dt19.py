"""Taiwan and Hong Kong day forms on unseen pages, helper dt19 (invented sentences; issue 13): a relative word
with the month or year it names in brackets (本(3)月12日, 上(12)月5日, 上(2019)年5月6日) and a relative day word
with its number unbracketed (昨7日)."""

from __future__ import annotations

from dipnet.timex.parse import find_times


def _values(text: str, anchor: str) -> list[tuple[str | None, str, str | None]]:
    return [(t.value, t.precision, t.end_value) for t in find_times(text, anchor)]


def test_this_month_with_its_number_in_brackets_and_a_day() -> None:
    assert ("2031-03-12", "day", None) in _values("代表处于本(3)月12日举行捐赠仪式。", "2031-03-20")


def test_last_month_in_brackets_reaches_back_over_the_new_year() -> None:
    assert ("2030-12-05", "day", None) in _values("两国于上(12)月5日签署协议。", "2031-01-09")


def test_a_bracketed_month_span() -> None:
    assert ("2031-03-04", "day", "2031-03-09") in _values("访问团本(3)月4日至9日访问。", "2031-03-02")


def test_last_year_in_brackets_after_shang() -> None:
    assert ("2019-05-06", "day", None) in _values("这是继上(2019)年5月6日捐赠轮椅后再次捐赠。", "2020-10-01")


def test_yesterday_with_an_unbracketed_day_number() -> None:
    assert ("2031-04-07", "day", None) in _values("外交部长昨7日设宴款待访问团。", "2031-04-08")
