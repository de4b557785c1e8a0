"""One named conference told twice on a page is one CONFERENCE, though the two tellings read days a little apart or
another status (extract/merging/namedtwice.py, cf1 stop 52). Invented sentences and events."""

from __future__ import annotations

from dipnet.extract.merging.namedtwice import keep_days, named_twice
from dipnet.model import Event
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "


def conferences(body: str) -> list[Event]:
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == "CONFERENCE"]


def conf(name: str, date: str | None, status: str = "occurred", trig: str = "论坛", **private: object) -> Event:
    return Event(type="CONFERENCE", status=status, start=0, end=1, date=date,
                 date_precision={4: "year", 7: "month", 10: "day"}.get(len(date or ""), None),
                 attributes={"name": name, "trigger": trig, **private})


def test_one_dialogue_named_with_its_parties_swapped_on_two_days_is_one():
    got = conferences("越南政府总理范明政9日在河内出席中越企业家对话会。\n\n"
                      "10日,范明政还出席了越中企业家对话会,两国200多名企业代表参加。")
    assert len(got) == 1, [(e.date, e.participants) for e in got]
    assert got[0].date == "2025-06-09" and "范明政" in got[0].participants


def test_a_listed_forum_and_the_same_forum_on_its_day_are_one():
    assert named_twice(conf("第26届湄澜地区论坛", "2025-07-31", "planned"), conf("第26届湄澜地区论坛", "2025-08-02", "planned"))
    # a year only, then the day: one meeting
    assert named_twice(conf("湄澜经济论坛", "2025"), conf("第十四届湄澜经济论坛", "2025-06-25", "planned"))


def test_two_sessions_or_two_months_or_a_bare_word_stay_apart():
    assert not named_twice(conf("第五届湄澜青年论坛", "2025-06-09"), conf("第六届湄澜青年论坛", "2025-06-10"))
    assert not named_twice(conf("湄澜青年论坛", "2025-03-09"), conf("湄澜青年论坛", "2025-06-09"))
    assert not named_twice(conf("第五届湄澜青年论坛", "2025-03"), conf("湄澜青年论坛", "2025-06"))
    assert not named_twice(conf("外长会议", "2025-08-01", trig="会议"), conf("外长会议", "2025-08-01", trig="会议"))
    assert not named_twice(conf("国际论坛", "2025-08-01"), conf("国际论坛", "2025-08-02"))
    each = conf("湄澜青年论坛", "2025-08-01", _each=True)
    assert not named_twice(each, conf("湄澜青年论坛", "2025-08-01"))


def test_the_telling_with_a_day_of_its_own_gives_the_day_and_a_past_plan_is_done():
    head = conf("湄澜青年论坛", "2025-10-20", _untimed=True)
    told = conf("第三届湄澜青年论坛", "2025-10-17", "planned")
    assert keep_days(head, told) == ("2025-10-17", "day", None, "occurred")
    ahead = conf("第三届湄澜青年论坛", "2025-10-27", "planned")
    assert keep_days(head, ahead) == ("2025-10-27", "day", None, "planned")
    assert keep_days(told, conf("湄澜青年论坛", "2025-10-18", _untimed=True))[0] == "2025-10-17"
