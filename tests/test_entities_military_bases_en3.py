"""A military base or airfield named by its own words is a place, not the navy or air force its word opens
with; a land and the kind of site alone name none (en3, issue 13; names.toml org_suffixes,
place_rule_suffixes, venue_kinds_needing_own_words): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _ents(text: str) -> dict[str, tuple[str, list[str]]]:
    r = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: (e["type"], e["mentions"]) for e in r["entities"]}


def test_a_naval_base_after_its_country():
    ents = _ents("卫星图像显示,菲律宾苏比克海军基地正在扩建码头。")
    assert ents.get("苏比克海军基地", ("",))[0] == "LOCATION"
    assert not any(n.endswith("海军") for n in ents)


def test_an_air_base_after_a_particle():
    ents = _ents("总统专机当天抵达东京近郊的横田空军基地。")
    assert ents.get("横田空军基地", ("",))[0] == "LOCATION"


def test_an_airfield_after_its_city():
    ents = _ents("代表团乘专机抵达孟买圣克鲁斯空军机场。")
    assert ents.get("圣克鲁斯空军机场", ("",))[0] == "LOCATION"
    assert "孟买圣克鲁斯空军机场" in ents["圣克鲁斯空军机场"][1]


def test_a_land_and_the_kind_of_base_name_no_site():
    ents = _ents("美国空军基地遍布全球,日本海军基地也在扩建。")
    assert not any(n.endswith("基地") for n in ents)
