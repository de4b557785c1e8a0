"""Facts (fr54): an age is a person's, also where the fresh pages tell it apart from the name: in
the clause after the person's own (甲1960年出生于某省,现年64岁), in brackets after the name
(甲(59岁)昨天抵达), and before a name the recognizer does not know that goes on with where the
person is (52岁的某某在某省出庭). Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——{}\n"


def facts(sentence: str, page: str = PAGE) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt"))


def subjects(found: list[Fact], value: float) -> list[str]:
    return [f.subject for f in found if f.value == value and f.unit == "year"]


def test_an_age_in_the_clause_after_the_persons_birth_is_that_persons():
    got = facts("据简历,范明政1958年出生于清化省,现年65岁,曾任广宁省委书记。")
    assert subjects(got, 65) == ["范明政"]


def test_an_age_in_brackets_after_a_name_is_that_persons():
    got = facts("范明政(63岁)昨天抵达首都,展开为期两天的访问。")
    assert subjects(got, 63) == ["范明政"]


def test_an_age_before_a_surname_led_name_and_a_place_is_that_persons():
    got = facts("47岁的黄文德在北部太原省法院出庭受审。")
    assert subjects(got, 47) == ["黄文德"]


def test_brackets_without_an_age_or_a_group_are_no_ages():
    got = facts("越南U23(23岁以下)足球队昨天抵达,展开为期两天的集训。")
    assert subjects(got, 23) == []


def test_a_place_glossed_after_the_aged_name_is_not_the_person():
    got = facts("38岁的黄文德在北部太原省(Thai Nguyen)法院出庭受审。")
    assert subjects(got, 38) == ["黄文德"]
