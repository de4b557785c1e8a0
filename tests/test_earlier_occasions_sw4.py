"""Earlier occasions told by their times after 继 (sw4, issue 13): each time a 继…(之)后 span lists is an occasion of
the sentence's event of its own, done before (这是继2010年、2016年之后,…第三次举行会晤 tells meetings of 2010 and
2016 too); a span that names another happening or someone else's act copies nothing. Sentences invented."""

from __future__ import annotations

import pytest

from eventpage import events


def dated(body: str, type_: str) -> dict[str | None, tuple[str, list[str]]]:
    return {e.date: (e.status, sorted(e.participants)) for e in events(body) if e.type == type_}


@pytest.mark.parametrize(("body", "sides"), [
    ("这是继2010年、2016年之后,泰国总理巴育与老挝总理通邢第三次举行会晤。", {"巴育"}),
    ("这是继2010年和2016年之后,泰老两国总理第三次举行会晤。", {"泰国", "老挝"}),
])
def test_each_listed_year_is_a_meeting_of_its_own(body: str, sides: set[str]) -> None:
    got = dated(body, "MEET")
    for year in ("2010", "2016"):
        assert year in got and got[year][0] == "occurred" and sides <= set(got[year][1]), got


def test_a_month_before_a_meeting_to_come_is_one_held() -> None:
    got = dated("这将是泰国总理巴育与老挝总理通邢继今年3月后再度会晤。", "MEET")
    assert got.get("2025-03", ("", []))[0] == "occurred", got
    assert any(status == "planned" for status, _ in got.values()), got


def test_times_listed_before_a_visit_inside_the_span_are_two_visits() -> None:
    got = dated("据了解,这是泰老两国总理继今年2月初和本月初巴育访问老挝之后,第三次举行会谈。", "VISIT")
    assert {"2025-02", "2025-06"} <= set(got), got


def test_a_span_naming_another_happening_copies_nothing() -> None:
    got = dated("继2021年疫情暴发后,泰国外长敦与老挝外长沙伦赛再度举行会晤。", "MEET")
    assert "2021" not in got, got


def test_a_span_naming_someone_elses_act_copies_nothing() -> None:
    got = [e for e in events("继去年老挝总理通邢访问泰国后,泰国总理巴育今年再次访问老挝。")
           if e.type == "VISIT" and "巴育" in e.participants]
    assert [e.date for e in got] == ["2025"], [(e.date, e.participants) for e in got]
