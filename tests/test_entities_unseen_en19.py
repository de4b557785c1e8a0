"""Entity classes recurring on the entities tuning pool (invented text)."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    rec = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: (e["type"], e["mentions"]) for e in rec["entities"]}


def test_a_traditional_page_reports_the_forms_as_written():
    ents = _entities("據美聯社報導,紐西蘭總理昨日與馬來西亞外長會面,雙方同意加強合作。")
    mentions = [m for _, ms in ents.values() for m in ms]
    assert "美聯社" in mentions and "美联社" in mentions
    assert "紐西蘭" in mentions


def test_a_simplified_page_reports_no_other_forms():
    ents = _entities("据美联社报道,新西兰总理昨日与马来西亚外长会面,双方同意加强合作。")
    for _, ms in ents.values():
        assert all(m == m.replace("聯", "联").replace("蘭", "兰") for m in ms)


def _missions(text: str) -> list[tuple[str, list[str]]]:
    return sorted((n, ms) for n, (t, ms) in _entities(text).items() if t == "ORG" and "驻" in n)


def test_a_mission_named_two_ways_is_one_body():
    got = _missions("6月3日,老挝人民民主共和国驻华大使馆参赞本杰明·卡拉会见了协会代表团。"
                    "协会邀请老挝驻华使馆官员出席下月举办的展览会。")
    assert len(got) == 1 and set(got[0][1]) >= {"老挝人民民主共和国驻华大使馆", "老挝驻华使馆"}


def test_a_mission_at_the_page_s_own_city_is_the_one_named_in_full():
    got = _missions("中华人民共和国驻岘港总领事馆举行招待会。市领导感谢中国驻本市总领事馆多年来的支持。")
    assert len(got) == 1 and got[0][0] == "中华人民共和国驻岘港总领事馆"


def test_two_countries_missions_stay_two():
    got = _missions("越南驻泰国大使馆与泰国驻越南大使馆联合举办活动,泰国驻越使馆参赞出席。")
    names = [n for n, _ in got]
    assert len(got) == 2 and "越南驻泰国大使馆" in names


def test_a_foreign_school_with_a_proper_name_drops_its_country():
    ents = _entities("该部长毕业于智利圣地亚哥大学和加拿大麦吉尔大学,曾在老挝国立大学任教。")
    orgs = {n for n, (t, _) in ents.items() if t == "ORG"}
    assert {"圣地亚哥大学", "麦吉尔大学"} <= orgs
    assert "加拿大麦吉尔大学" in ents["麦吉尔大学"][1]
    assert "老挝国立大学" in orgs
    assert ents.get("智利", ("",))[0] == "COUNTRY" and ents.get("加拿大", ("",))[0] == "COUNTRY"


def test_known_places_one_after_another_make_no_third_place():
    ents = _entities("两国外长在北京钓鱼台国宾馆举行会谈。次日,代表团前往美国纽约联合国总部出席会议。")
    places = {n for n, (t, _) in ents.items() if t == "LOCATION"}
    assert {"北京", "钓鱼台国宾馆", "纽约", "联合国总部"} <= places
    assert not [n for n in places if n.startswith(("北京钓", "美国纽"))]


def test_a_school_s_bare_name_is_reported_in_the_page_s_script_too():
    ents = _entities("該部長畢業於美國西奧勒岡大學,曾任教於當地學院。")
    school = [ms for n, (t, ms) in ents.items() if t == "ORG" and n.endswith("大学")]
    assert school and "西奧勒岡大學" in school[0]
