"""Events on pages never seen (issue 13, helper ev3), on invented sentences: talks and meetings told as one with
several hosts listed (将和甲、乙、丙举行会谈和会见) are a meeting with each; a body or a land that meets several
lands one by one (东盟将分别同日本、韩国和美国举行外长会议) holds one meeting with each."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def of_type(body: str, type_: str) -> list[set[str]]:
    return [set(e.participants) for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_talks_and_meetings_with_several_hosts_are_one_meeting_each():
    body = ("阿根廷总统米莱今天抵达河内,预计将和越南国家主席梁强(Luong Cuong)、越南总理范明政(Pham Minh Chinh)、"
            "越南国会主席陈青敏举行会谈和会见。")
    got = of_type(body, "MEET")
    for host in ("梁强", "范明政", "陈青敏"):
        assert any(host in p and "米莱" in p and len(p & {"梁强", "范明政", "陈青敏"}) == 1 for p in got), got


def test_a_body_meets_lands_listed_after_each_word_one_by_one():
    got = of_type("此后,东盟将分别和俄罗斯、新西兰举行会谈。", "MEET")
    assert {"东盟", "俄罗斯"} in got and {"东盟", "新西兰"} in got, got
    got = of_type("次日,东盟将分别同日本、韩国和加拿大举行外长会议。", "CONFERENCE")
    for land in ("日本", "韩国", "加拿大"):
        assert any(land in p and "东盟" in p and len(p & {"日本", "韩国", "加拿大"}) == 1 for p in got), got


def test_a_land_meeting_one_land_stays_one_event():
    got = of_type("次日,越南将同日本举行外长会议。", "CONFERENCE")
    assert len(got) == 1 and {"越南", "日本"} <= got[0], got


def test_an_opening_address_or_a_press_conference_announced_is_planned():
    head = "测试新闻\n\n2025-07-29\n\n"
    for body in ("7月31日,泰国总理甲乙丙将在东盟外长会开幕式上致开幕词。", "泰国外长甲乙丙将于8月2日举行记者会。"):
        got = [e.status for e in extract(head + body.replace("甲乙丙", "巴育"), source="t.txt").events
               if e.type == "STATEMENT"]
        assert got == ["planned"], (body, got)
    got = [e.status for e in extract(head + "7月28日,泰国外长巴育举行记者会。", source="t.txt").events
           if e.type == "STATEMENT"]
    assert got == ["occurred"], got


def test_a_guest_met_who_came_to_attend_is_visiting_the_hosts_land():
    head = "测试新闻\n\n2025-04-29\n\n"
    got = [(e.type, set(e.participants)) for e in extract(
        head + "4月28日下午,越南国家主席梁强会见了前来出席庆典的老挝国家主席通伦。", source="t.txt").events]
    assert any(t == "VISIT" and {"越南"} <= p and "梁强" not in p for t, p in got), got
    # an envoy posted in the land, or one of the land's own leaders, is not visiting it
    for body in ("4月28日,越南国会主席陈青敏会见了前来出席会议的中国驻越南大使何炜。",
                 "4月28日,河内市委书记会见了前来出席开幕式的越南国家主席梁强。"):
        got = [e.type for e in extract(head + body, source="t.txt").events]
        assert "VISIT" not in got, (body, got)


def test_an_event_word_listed_among_fields_is_no_event():
    head = "测试新闻\n\n2025-04-29\n\n"
    got = [e.type for e in extract(head + "中方支持塞方加强反恐、维和、维稳能力建设。", source="t.txt").events]
    assert "DEPLOYMENT" not in got, got
    got = [e.type for e in extract(head + "越南将派遣工兵分队参加联合国维和行动。", source="t.txt").events]
    assert "DEPLOYMENT" in got, got
