"""A conference named again is the one told (co4, issue 13; extract/merging/namedtwice.py): by another name of its
body (上合组织 for 上海合作组织, G20 for 二十国集团), without its abbreviation, with a pointing word (此次), with or
without its holders' rank (领导人, 领袖) or the words joining its parties (东盟-日本, 日本与东盟); a numbered congress
named in passing with no time of its own is the one congress, whatever year the page gives that telling.
Invented sentences and events."""

from __future__ import annotations

from dipnet.extract.merging.namedtwice import named_twice
from dipnet.model import Event
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "


def conferences(body: str) -> list[Event]:
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == "CONFERENCE"]


def conf(name: str, date: str | None, trig: str = "峰会", status: str = "occurred", **private: object) -> Event:
    return Event(type="CONFERENCE", status=status, start=0, end=1, date=date,
                 date_precision={4: "year", 7: "month", 10: "day"}.get(len(date or ""), None),
                 attributes={"name": name, "trigger": trig, **private})


def test_a_summit_named_again_by_its_body_short_name_is_one():
    got = conferences("柬埔寨首相洪玛奈9日抵达新加坡,出席上海合作组织(SCO)峰会。\n\n"
                      "各方对柬方首次出席上合组织峰会表示欢迎。")
    assert len(got) == 1, [(e.date, e.participants, e.attributes.get("name")) for e in got]
    assert "洪玛奈" in got[0].participants


def test_a_numbered_congress_named_in_passing_first_is_the_one_told_after():
    got = conferences("两国媒体交流日益密切。\n\n两国记者报道了中共十九大、越南国家主席访华等大事。\n\n"
                      "去年中共十九大胜利召开,开启了新的征程。")
    assert [(e.date, e.participants) for e in got] == [("2024", ["中国共产党"])]


def test_names_of_one_body_and_kind_are_one_meeting():
    assert named_twice(conf("二十国集团(G20)领导人第三十次峰会", "2025-11"), conf("G20峰会", "2025-11-20"))
    assert named_twice(conf("二十国集团领导人峰会", "2025-11-20"), conf("此次G20峰会", "2025-11-20"))
    assert named_twice(conf("东盟-日本峰会", "2025-06-09"), conf("日本与东盟高峰会", "2025-06-09", trig="高峰会"))
    assert named_twice(conf("亚太经合组织领导人非正式会议", "2025-11-12", trig="会议"),
                       conf("APEC领导人非正式会议", "2025-11-12", trig="会议"))


def test_other_bodies_kinds_sessions_or_days_stay_apart():
    assert not named_twice(conf("东盟-日本峰会", "2025-06-09"), conf("东盟-韩国峰会", "2025-06-09"))
    assert not named_twice(conf("亚太经合组织领导人会议", "2025-11-10", trig="会议"),
                           conf("APEC领导人非正式会议", "2025-11-10", trig="会议"))
    assert not named_twice(conf("上海合作组织第二十次峰会", "2025-07-01"), conf("上合组织第二十一次峰会", "2025-07-01"))
    assert not named_twice(conf("G20峰会", "2024-11-18"), conf("二十国集团峰会", "2025-11-22"))
    # a summit of a series named in passing is not another year's summit (only a numbered congress is one of a kind)
    assert not named_twice(conf("G20峰会", "2025", _untimed=True), conf("二十国集团峰会", "2024-11-18"))
    assert named_twice(conf("中共十九大", "2025", trig="十九大", _untimed=True), conf("中共十九大", "2024", trig="十九大"))
