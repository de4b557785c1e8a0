"""Event dates on invented sentences (helper dt16): a span of months written as two months joined by 至/到
('2031年10月至2032年3月', '12月底至明年1月初', '去年3月底至4月初') is one range from its first month; the event
the span dates is of that first month, not of the month nearer its verb."""

from __future__ import annotations

from dipnet.timex.parse import find_times


def _times(text: str, anchor: str | None = "2031-10-13") -> list[tuple[str, str | None, str, str | None]]:
    return [(text[t.start:t.end], t.value, t.precision, t.end_value) for t in find_times(text, anchor)]


def test_two_months_of_two_years_are_one_span() -> None:
    got = _times("在2029年9月至2030年4月开展的联合培训中,两国共培训学员三百名。")
    assert ("2029年9月至2030年4月", "2029-09", "month", "2030-04") in got, got


def test_a_span_into_next_year_starts_in_this_one() -> None:
    got = _times("约二十名议员将自12月底至明年1月初访问该国。", "2031-12-15")
    assert any(v == "2031-12" and p == "month" and e == "2032-01" for _, v, p, e in got), got


def test_the_second_month_takes_the_first_ones_relative_year() -> None:
    got = _times("他上次访问该国是去年5月底至6月初。", "2031-11-20")
    assert any(v == "2030-05" and e == "2030-06" for _, v, p, e in got), got


def test_the_second_month_of_a_year_written_once_rolls_over() -> None:
    got = _times("代表团自去年11月至2月在该国考察。", "2031-06-20")
    assert any(v == "2030-11" and e == "2031-02" for _, v, p, e in got), got


def test_two_months_not_joined_stay_apart() -> None:  # (a guard: a list of months is no span)
    got = _times("双方于2029年9月和2030年4月两次会晤。")
    assert ("2029年9月", "2029-09", "month", None) in got and ("2030年4月", "2030-04", "month", None) in got, got


def test_an_event_over_a_span_of_months_is_dated_by_its_first() -> None:
    from dipnet.pipeline import extract
    text = ("两国警方联合行动成果显著\n\n新华社河内2031年5月6日电 在2029年9月至2030年4月开展的两国警方联合追逃行动中,"
            "越南警方与中国警方共抓获在逃嫌疑人三十名。\n")
    doc = extract(text, url="https://example.org/news/2031/0506/a1.html")
    got = [(e.date, e.date_precision, e.status) for e in doc.events if e.type == "LAW_ENFORCEMENT"]
    assert got and all(d == "2029-09" for d, _, _ in got), got
