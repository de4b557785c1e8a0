"""Standard time words of data/timewords.json (lx7): relative days of Malaysian, Singapore, Hong Kong
and Taiwan papers, bare year and month ends, and the times of day that mark a bare day number."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # src layout, not installed

from dipnet.timex import find_times  # noqa: E402

ANCHOR = "2031-03-12"


def read(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start:t.end], t.value) for t in find_times(text, ANCHOR)]


@pytest.mark.parametrize(("text", "want"), [
    ("该国外长今早乘专机抵达首都机场", ("今早", "2031-03-12")),
    ("两国代表今午签署备忘录", ("今午", "2031-03-12")),
    ("部长昨晨飞抵邻国访问", ("昨晨", "2031-03-11")),
    ("代表团次晨前往港口城市参观", ("次晨", "2031-03-13")),
    ("特使隔日拜会议长", ("隔日", "2031-03-13")),
    ("双方商定年末前再度会晤", ("年末", "2031")),
    ("协议预计月末正式生效", ("月末", "2031-03")),
    ("新馆舍将于月初启用", ("月初", "2031-03")),
])
def test_relative_words_are_read(text: str, want: tuple[str, str]) -> None:
    assert want in read(text)


@pytest.mark.parametrize(("text", "day"), [
    ("舰队于7日黎明驶离军港", "7日"),
    ("外交部发言人9日稍早回应记者提问", "9日"),
    ("两国领导人4日一早举行小范围会谈", "4日"),
])
def test_time_of_day_marks_a_bare_day(text: str, day: str) -> None:
    assert (day, f"2031-03-{int(day[:-1]):02d}") in read(text)


@pytest.mark.parametrize(("today", "not_today"), [
    ("总理今早会见来访的议长", "这一问题至今早已无人提起"),
    ("双方今夜发表联合声明", "如今夜间航班已恢复"),
])
def test_jin_word_is_today_unless_it_ends_another_word(today: str, not_today: str) -> None:
    assert [s for s, _ in read(today) if s.startswith("今")]
    assert not [s for s, _ in read(not_today) if s.startswith("今")]
