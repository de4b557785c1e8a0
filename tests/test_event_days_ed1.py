"""An event's own day written in a form the time reader used to miss (invented sentences): a bare day
followed by a time of day of two characters (7日傍晚), and a day told as the one before another (前一日,
前一天: counted back from the day told before it, or after a person from the story's day)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract
from dipnet.timex.parse import find_times


@pytest.mark.parametrize("part", ["傍晚", "清晨", "深夜", "黄昏"])
def test_a_bare_day_before_a_time_of_day_is_read(part: str) -> None:
    text = f"甲国特使7日{part}乘机抵达乙市"
    got = [(text[t.start:t.end], t.value) for t in find_times(text, "2031-05-09")]
    assert ("7日", "2031-05-07") in got, got


def test_talks_on_a_bare_day_and_evening_take_that_day() -> None:
    text = ("新华社曼谷2031年5月13日电\n泰国总理于12日傍晚在曼谷同越南国家主席举行会谈,双方同意扩大农业合作。\n"
            "泰方还将派出农业考察团。\n")
    days = {e.type: e.date for e in extract(text, source="t.txt").events}
    assert days.get("MEET") == "2031-05-12", days


def test_the_day_before_a_told_event_is_counted_from_its_day() -> None:
    text = ("新华社河内2031年3月10日电\n越南国家主席3月9日启程赴老挝访问,为期三天。在他启程前一日,"
            "越南外交部长同老挝外交部长通电话,商定访问的各项安排。\n")
    calls = [e for e in extract(text, source="t.txt").events if e.type == "CALL"]
    assert calls and calls[0].date == "2031-03-08", [(e.type, e.date) for e in calls]


def test_the_day_before_after_a_person_is_the_day_before_the_story() -> None:
    text = ("新华社曼谷2025年6月5日电\n越共中央总书记苏林5日在曼谷同泰国总理举行会谈。\n"
            "苏林前一天在曼谷会见了泰国国会主席,双方谈及议会交流。\n")
    days = sorted(e.date or "" for e in extract(text, source="t.txt").events if e.type == "MEET")
    assert "2025-06-04" in days and "2025-06-05" in days, days


def test_one_day_early_is_no_day_before() -> None:
    text = ("新华社曼谷2025年6月5日电\n越共中央总书记苏林5日在曼谷同泰国总理举行会谈。"
            "苏林提前一天抵达曼谷,并会见了泰国国会主席。\n")
    days = sorted(e.date or "" for e in extract(text, source="t.txt").events if e.type == "MEET")
    assert "2025-06-04" not in days, days
