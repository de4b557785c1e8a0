"""A meeting counted from an earlier one the sentence dates (继今年3月后再度会晤; 继2001年、2009年之后第三次举行会晤;
自2015年6月后首次举行会谈): the sides' earlier meeting on each date, occurred, its sides the lands the sentence names.
An undated count, a count from a year (从2013年以来…第三十七次) and a point that is another event's (自…冲突爆发以来)
date no earlier meeting."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2024-11-20\n新华社北京11月20日电 "
OPEN = "泰国总理和越南总理20日在曼谷举行会谈。"


def meetings(sentence: str) -> list[tuple[str, str | None, list[str]]]:
    doc = extract(HEAD + OPEN + sentence + "\n", source="prior.txt")
    return sorted((e.status, e.date, sorted(e.participants)) for e in doc.events if e.type == "MEET")


def earlier(sentence: str) -> list[tuple[str | None, list[str]]]:
    return [(date, sides) for status, date, sides in meetings(sentence) if status == "occurred" and date and date < "2024-11"]


def test_again_after_a_month() -> None:
    assert earlier("这是泰越两国领导人继今年3月后时隔8个月再度会晤。") == [("2024-03", ["泰国", "越南"])]


def test_each_date_of_a_list() -> None:
    assert earlier("这是继2001年、2009年之后,泰越首脑第三次举行会晤。") == [("2001", ["泰国", "越南"]), ("2009", ["泰国", "越南"])]


def test_first_since_a_month() -> None:
    assert earlier("这也是泰越两国副外长自2015年6月后首次举行会谈。") == [("2015-06", ["泰国", "越南"])]


@pytest.mark.parametrize("sentence", [
    "这是泰越两国领导人第二次年度会晤。",
    "这是从2013年以来泰越两国领导人的第三十七次会晤。",
    "这是自2月24日边境冲突爆发以来泰越领导人首次会晤。",
])
def test_no_earlier_meeting_dated(sentence: str) -> None:
    assert earlier(sentence) == []
