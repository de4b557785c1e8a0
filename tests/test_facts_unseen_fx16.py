"""Facts (fx16): recurring holder mechanisms on the pooled facts pages. A commune, village, island
or port opening its clause holds the figures told after it, and 该乡/该岛/该港 refer back to it,
as a province or city does. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——{}\n"


def facts(sentence: str, page: str = PAGE) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt"))


def subjects(found: list[Fact], value: float) -> list[str]:
    return [f.subject for f in found if f.value == value]


def test_a_commune_opening_its_clause_holds_its_figures_and_its_anaphor():
    got = facts("2023年,清水乡共有12个村。该乡人口约5200人。")
    assert subjects(got, 12) == ["清水乡"]
    assert subjects(got, 5200) == ["清水乡"]


def test_an_island_hit_by_a_storm_holds_its_losses():
    got = facts("台风期间,白龙岛受灾严重,600多艘渔船沉没。")
    assert subjects(got, 600) == ["白龙岛"]


def test_years_gone_through_are_a_duration_claim():
    got = facts("经过12年谈判,两国签署了贸易协定。")
    assert [f.value for f in got if f.unit == "year"] == [12]


def test_one_year_gone_through_is_no_claim():
    got = facts("经过一年工作,两支分队圆满完成任务。")
    assert [f.value for f in got if f.unit == "year"] == []


def test_households_in_a_damage_toll_are_counted():
    got = facts("暴雨造成广义省3人死亡,128户房屋倒塌,约4500户停电。")
    assert 128 in [f.value for f in got if f.unit == "count"]
    assert 4500 in [f.value for f in got if f.unit == "count"]


def test_households_of_a_village_or_receiving_gifts_are_no_claim():
    got = facts("全村共532户。代表团向150户贫困家庭赠送了礼物。")
    assert [f.value for f in got if f.unit == "count"] == []


def test_a_town_and_its_anaphor_hold_their_figures():
    got = facts("2023年,安平镇共有居民8600人。该镇贫困率降至2.1%。")
    assert subjects(got, 8600) == ["安平镇"]
    assert subjects(got, 2.1) == ["安平镇"]
