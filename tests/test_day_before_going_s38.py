"""A bare day right before 前往/前来/前赴 dates the move: 前 opens a verb of going there, not 'before the day'
(a deadline, which the event is not dated by)."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def dated(sentence: str, etype: str) -> list[str | None]:
    doc = extract(HEAD + sentence + "\n", source="going.txt")
    return [e.date for e in doc.events if e.type == etype]


@pytest.mark.parametrize("sentence", [
    "马来西亚总理安瓦尔今天表示,他7日前往越南进行了正式访问。",
    "越南政府总理范明政今天说,他7日前往新加坡进行了工作访问。",
    "越南国家主席梁强7日前赴老挝进行国事访问。",
])
def test_the_day_before_going_dates_the_visit(sentence: str) -> None:
    assert dated(sentence, "VISIT") == ["2025-03-07"]


def test_a_deadline_still_dates_nothing() -> None:
    # 前 alone after a day is still a deadline: the event keeps its own day
    assert dated("越南政府总理范明政7日表示,两国将在4月30日前完成谈判。", "STATEMENT") == ["2025-03-07"]
