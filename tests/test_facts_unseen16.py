"""Facts on pages the project had never seen (issue 13, round fx6): precision, numbers that are
no claim or that a rule read with the wrong unit; each on invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2021年9月5日电 {}(完)\n"


def facts(sentence: str, page: str = PAGE) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt"))


def test_projects_of_people_to_people_exchange_are_no_people() -> None:
    found = [f for f in facts("老挝与泰国两国目前共实施了300多个人文交流项目。") if f.value == 300]
    assert found and all(f.unit == "count" for f in found), found


def test_flights_a_week_with_you_are_a_frequency() -> None:
    found = facts("目前老挝与泰国之间每周约有90架次航班往来。")
    assert not [f for f in found if f.value == 90], found


def test_an_island_group_opening_its_clause_holds_what_it_is_made_of() -> None:
    found = facts("马来西亚外交部表示,马来西亚对南沙群岛的部分岛礁提出主张。南沙群岛共由30个岛屿和9个沙洲组成。")
    assert {f.subject for f in found if f.value in (30, 9)} == {"南沙群岛"}, found


def test_countries_elected_non_permanent_members_are_the_councils_count() -> None:
    page = "新华社纽约2015年10月15日电 {}(完)\n"
    found = facts("乌拉圭、塞内加尔等5国当选联合国安理会非常任理事国。巴西表示祝贺。", page)
    assert {f.subject for f in found if f.value == 5} == {"联合国安理会"}, found


def test_one_statement_a_wire_speaks_in_is_no_count() -> None:
    found = facts("马来西亚海军在1份声明中说,巡逻将持续进行。")
    assert not [f for f in found if f.value == 1], found
