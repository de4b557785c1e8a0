"""Facts (fa10, issue 13): people counted attending an event their clause points back to by its kind
alone -- 出席了这次年会, 参加这次演习,人数…, 前来观礼 (a ceremony) -- are that event's, the last of its kind
named before, not the party that sent them. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holder(page: str, value: float) -> str | None:
    return next((f.subject for f in facts(page) if f.value == value and f.unit == "person"), None)


def test_members_sent_to_this_annual_meeting_are_the_meetings():
    page = ("新华社惠灵顿2023年2月8日电 为期两天的太平洋议员联合会第12届年会7日在新西兰惠灵顿闭幕。\n"
            "印度尼西亚国会副议长率团出席了此次年会,并在全体会议上发言。\n"
            "太平洋地区15个国家共派出90名议员出席了这次年会。\n")
    assert holder(page, 90) == "太平洋议员联合会第12届年会"


def test_the_number_told_after_attending_this_drill_is_the_drills():
    page = ("联合早报2022年5月3日讯 本月举行的东盟—日本海上搜救联合演习由泰国海军主办。"
            "东盟各成员国均派员参加这次演习,人数约为800名。\n")
    assert holder(page, 800) == "东盟—日本海上搜救联合演习"


def test_guests_watching_are_the_ceremonys_named_before():
    page = ("新华社堪培拉2022年9月9日电 当地时间8日上午,新加坡总理出席澳大利亚总理在国会大厦前举行的欢迎仪式。"
            "约400位各界宾客前来观礼。\n")
    assert holder(page, 400) == "欢迎仪式"


def test_people_attending_a_meeting_named_in_full_keep_its_reader():
    page = ("新华社河内2023年4月2日电 第五届越老边境友好交流会2日在越南河内开幕,约300名代表出席了交流会。\n")
    assert holder(page, 300) != "欢迎仪式"
