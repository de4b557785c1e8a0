"""Entity mechanisms that broke events and facts downstream (session 6, en13), on invented text: a
known place's or country's name read across the boundary of a plain word (沿海 + 地区 gave 海地,
友谊 + 关系 gave 友谊关), and a transliterated name after a post that holds a known place one
character in (总统 + 科 + 罗马)."""

from __future__ import annotations

from dipnet.model import Document
from dipnet.pipeline import extract


def _doc(text: str) -> Document:
    return extract("题目\n\n" + text + "\n")


def _names(doc: Document, type_: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == type_}


def test_a_country_read_across_a_plain_word_is_none():
    doc = _doc("暴雨袭击该国南部沿海地区，已有十余人遇难。")
    assert "海地" not in _names(doc, "COUNTRY")


def test_a_pass_read_across_a_plain_word_is_none():
    doc = _doc("双方表示，两国人民的友谊关系源远流长。")
    assert "友谊关" not in _names(doc, "LOCATION")


def test_the_country_before_such_a_word_stays():
    doc = _doc("海地地区局势紧张，海地方面呼吁国际援助。")
    assert "海地" in _names(doc, "COUNTRY")


def test_a_transliterated_name_holding_a_place_one_character_in():
    doc = _doc("几内亚总统科罗马会见了来访的代表团。")
    assert "科罗马" in _names(doc, "PERSON")
    assert "罗马" not in _names(doc, "LOCATION")


def test_a_place_after_a_verb_of_travel_stays():
    doc = _doc("几内亚总统访罗马，随后前往巴黎。")
    assert "罗马" in _names(doc, "LOCATION")


def _roles(doc: Document) -> set[tuple[str, str]]:
    return {(r.person, r.title) for r in doc.roles}


def test_a_country_in_its_formal_style_opens_the_post():
    doc = _doc("加纳共和国总统阿卡巴于昨日抵达首都。")
    assert ("阿卡巴", "加纳共和国总统") in _roles(doc)


def test_a_dotted_names_last_part_repeated_is_the_person_not_a_place():
    doc = _doc("几内亚总统欧内斯特·巴伊·科罗马昨日抵达。会谈中，科罗马表示愿加强合作。")
    assert "罗马" not in _names(doc, "LOCATION")
    person = next(e for e in doc.entities if e.name == "欧内斯特·巴伊·科罗马")
    assert "科罗马" in person.mentions


def test_the_place_itself_after_the_repeat_stays():
    doc = _doc("几内亚总统欧内斯特·巴伊·科罗马昨日抵达。科罗马随后前往罗马访问。")
    assert "罗马" in _names(doc, "LOCATION")


def _country_of(doc: Document, name: str) -> str | None:
    return next((e.country for e in doc.entities if e.name == name), None)


def test_a_bare_mission_is_that_of_the_country_the_page_names_with_it():
    doc = _doc("越南驻肯尼亚大使阮文安出席。驻肯尼亚使馆当天举行招待会。")
    assert _country_of(doc, "驻肯尼亚使馆") == "VN"


def test_a_bare_mission_is_else_the_outlets_countrys():
    doc = extract("题目\n\n驻肯尼亚使馆当天举行国庆招待会，肯尼亚官员出席。\n", url="https://www.xinhuanet.com/world/a.htm")
    assert _country_of(doc, "驻肯尼亚使馆") == "CN"


def test_a_korean_office_head_is_a_post_before_the_name():
    doc = _doc("韩国总统府政策室室长朴正浩表示，双方协议已经敲定。")
    assert "朴正浩" in _names(doc, "PERSON")
