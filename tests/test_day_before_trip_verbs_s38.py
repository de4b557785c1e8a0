"""A bare day right before the verb phrase of a trip, a meeting or a reception dates the event, whatever word
opens the phrase (来华, 从…启程, 宴请, 礼节性拜会, 携夫人, 首次): the bare-day reader of timex took a day only
before a listed first character, so these events fell back to the dispatch's day."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def dated(sentence: str, etype: str) -> list[str | None]:
    doc = extract(HEAD + sentence + "\n", source="daybefore.txt")
    return [e.date for e in doc.events if e.type == etype]


@pytest.mark.parametrize("sentence", [
    "马来西亚总理安瓦尔7日来华进行正式访问。",
    "马来西亚总理安瓦尔7日来华访问。",
    "菲律宾总统马科斯7日从马尼拉启程,前往越南进行国事访问。",
    "老挝国家主席通伦7日携夫人抵达北京,开始对中国进行国事访问。",
    "老挝国家主席通伦7日首次对中国进行国事访问。",
])
def test_the_day_before_the_trip_dates_it(sentence: str) -> None:
    assert dated(sentence, "VISIT") == ["2025-03-07"]


@pytest.mark.parametrize("sentence", [
    "国家主席习近平7日宴请越南国家主席梁强。",
    "越南驻老挝大使阮明心7日礼节性拜会老挝总理宋赛·西潘敦。",
])
def test_the_day_before_the_meeting_dates_it(sentence: str) -> None:
    assert dated(sentence, "MEET") == ["2025-03-07"]


@pytest.mark.parametrize("sentence", [
    "马来西亚总理安瓦尔7日来华访问。",
    "马来西亚总理安瓦尔7日来中国出席论坛。",
    "越南国家主席梁强7日前来拜会老挝国家主席通伦。",
])
def test_the_day_is_read_in_the_time_list(sentence: str) -> None:
    doc = extract(HEAD + sentence + "\n", source="daybefore.txt")
    assert "2025-03-07" in [t.value for t in doc.times]


# a bare day right before 前往/前来/前赴 dates the move: 前 opens a verb of going there, not 'before the day'
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
