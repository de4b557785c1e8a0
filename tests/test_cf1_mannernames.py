"""A meeting named only by its manner or count (在一场闭门会议中, 在简报会议上表示, 交换意见论坛) is no named CONFERENCE;
a verb of holding right before it still tells one held (extract/finding/mannernames.py, cf1 stop 52). Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "


def conferences(body: str) -> list[tuple[str, ...]]:
    return [tuple(e.participants) for e in extract(HEAD + body, source="t.txt").events if e.type == "CONFERENCE"]


def test_a_closed_door_meeting_named_by_its_manner_only_is_none():
    assert conferences("据报道,东盟和中国官员近日在马来西亚槟城的一场闭门会议中完成了准则草案的一读。") == []


def test_a_press_briefing_is_the_speakers_setting_not_a_conference():
    got = extract(HEAD + "韩国总统府发言人金明秀9日下午在简报会议上表示,韩国将扩大对东盟的投资。", source="t.txt").events
    assert not [e for e in got if e.type == "CONFERENCE"], [(e.type, e.participants) for e in got]
    assert [e.participants for e in got if e.type == "STATEMENT"] == [["金明秀"]]


def test_a_forum_for_views_named_back_is_no_new_forum():
    got = conferences("第十届越中人民论坛于2018年9月在北京举行。这也是交换意见论坛中得到两国领导人高度评价的内容。")
    assert got == [("越南", "中国")], got


def test_a_closed_door_meeting_held_by_a_named_holder_is_kept():
    assert conferences("东盟外长9日在槟城举行闭门会议。") == [("东盟",)]
    assert conferences("东盟外长闭门会议9日在槟城举行,印尼外长蕾特诺出席。")
