"""(lx6) Standard words that end a body's or a place's name, and overseas short names of countries,
read from the data files (names.toml, countries.tsv). Invented text only."""

from __future__ import annotations

from dipnet.pipeline import extract


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in extract("题目\n\n" + text + "\n").entities}


def test_a_guild_named_by_its_country_is_a_body():
    assert ("ORG", "泰国华人公会") in _names("泰国华人公会会长出席晚宴。")


def test_a_royal_house_right_after_its_country_is_a_body():
    assert ("ORG", "英国皇室") in _names("英国皇室成员访问越南。")


def test_a_territorys_legislature_right_after_its_name_is_a_body():
    assert ("ORG", "澳门立法会") in _names("澳门立法会代表团访问河内。")


def test_a_press_and_a_garrison_named_by_their_place_are_bodies():
    got = _names("越南劳动出版社出版了该书。北京警备区领导出席。")
    assert {("ORG", "越南劳动出版社"), ("ORG", "北京警备区")} <= got


def test_an_avenue_is_a_place():
    assert ("LOCATION", "长安大街") in _names("代表团参观了长安大街。")


def test_the_overseas_short_name_of_singapore_is_the_country():
    # (星国 and 柬国 left out: they stand inside 卫星国 and 越柬国界)
    got = _names("某国总理会见来访客人。狮城各界欢迎中国代表团。")
    assert ("COUNTRY", "新加坡") in got


def test_the_short_names_of_the_hong_kong_and_macao_governments_are_the_bodies():
    got = _names("港府发言人表示欢迎。澳府代表也出席。")
    assert {("ORG", "香港特别行政区政府"), ("ORG", "澳门特别行政区政府")} <= got


def test_a_funeral_home_and_a_cemetery_named_by_their_city_are_places():
    got = _names("代表团前往顺化国家殡仪馆吊唁,次日赴太原烈士陵园扫墓。")
    assert {("LOCATION", "顺化国家殡仪馆"), ("LOCATION", "太原烈士陵园")} <= got
