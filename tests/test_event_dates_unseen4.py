"""Dates of events on unseen pages, round 4 (issue 13): a time told after the event's clause with a copula
(…上一次访问甲国,是2019年5月…), and a dispatch line nested in another one before the event's own day
(【某台2011年1月4日讯】(某社记者华盛顿3日专电)…2日抵达). All sentences invented."""

from __future__ import annotations

from dipnet.pipeline import extract


def _visits(text: str, url: str | None = None) -> list[tuple[str | None, list[str]]]:
    doc = extract(text, url=url)
    return [(e.date, e.participants) for e in doc.events if e.type == "VISIT"]


def test_a_copula_after_the_clause_dates_the_event() -> None:
    text = "甲乙关系\n2024-11-25 10:48\n越南国家主席阮文甲表示,两国关系良好。\n阮文甲上一次访问老挝,是2019年5月对万象进行的访问。\n"
    got = _visits(text)
    assert got and got[0][0] == "2019-05", got


def test_a_dispatch_line_inside_another_is_not_the_event_day() -> None:
    text = "甲国外长抵美\n【某台2011年1月4日讯】(中央社记者华盛顿3日专电)越南外交部长阮文乙2日抵达美国华府。\n"
    got = _visits(text, url="https://news.example.com/gb/2011/01/04/a1.html")
    assert got and got[0][0] == "2011-01-02", got


def test_that_evening_after_a_planned_day_is_that_day_when_it_is_planned_too() -> None:
    text = "甲国总理将访日\n发布时间:2018-05-02\n【某网4月30日消息】甲国总理阮文丙将于8日晚抵达东京,当晚,日本首相安倍晋三将宴请阮文丙。\n"
    doc = extract(text)
    meets = [e.date for e in doc.events if e.type == "MEET"]
    assert meets == ["2018-05-08"], meets
    assert "2018-04-30" not in [e.date for e in doc.events]  # '4月30日消息' is the dispatch's day


def test_two_weekdays_as_a_span_take_the_days_in_brackets() -> None:
    from dipnet.timex.parse import find_times
    text = "甲国首相将于周三至周六(28日至31日)访华。"
    got = {text[t.start:t.end]: t.value for t in find_times(text, "2026-01-27")}
    assert got["周三"] == "2026-01-28" and got["周六"] == "2026-01-31", got


def test_a_copula_before_a_frame_of_time_or_a_purpose_dates_nothing() -> None:
    head = "甲乙关系\n2024-11-25 10:48\n越南国家主席阮文甲会见老挝总理。\n"
    got = _visits(head + "阮文甲访华,是今年以来首位访华的外国领导人。\n")
    assert got and got[0][0] == "2024-11-25", got
    doc = extract(head + "双方签署合作协议,为2025年合作奠定基础。\n")
    assert [e.date for e in doc.events if e.type == "AGREEMENT"] == ["2024-11-25"]
