"""Facts and entities of never-seen pages (fb2, issue 13): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str, url: str | None = None) -> dict:
    return to_record(extract("题目\n\n" + text + "\n", url=url))


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in _record(text)["entities"]}


# --- a country's 党 before two of its state's words names its ruling party (partyforms.py) ---

def test_the_party_of_the_party_state_and_people_formula_is_an_entity():
    names = _names("甲某强调,越南党、国家和人民一向珍视同老挝党、政府和军队的团结。")
    assert ("ORG", "越南共产党") in names
    assert ("ORG", "老挝人民革命党") in names
    assert ("COUNTRY", "越南") in names


def test_the_formula_keeps_the_country_as_the_giver_of_aid():
    rec = _record("越通社河内——4月7日,越南党、国家和人民向古巴援助5000吨大米。")
    assert ("ORG", "越南共产党") in {(e["type"], e["name"]) for e in rec["entities"]}
    aid = [e for e in rec["events"] if e["type"] == "AID"]
    assert aid and "越南" in aid[0]["participants"] and "越南共产党" not in aid[0]["participants"]


def test_party_and_state_leaders_name_no_party():
    names = _names("甲某转达了越南党和国家领导人对乙某的问候。")
    assert ("ORG", "越南共产党") not in names


def _facts(text: str) -> list[tuple[str, object, str]]:
    return [(f["subject"], f["value"], f["unit"]) for f in _record(text)["facts"]]


# --- a count listed after another counts its own things, not the same figure told before (toldagain) ---

def test_a_later_count_in_a_list_is_not_the_same_figure_told_before():
    facts = _facts("新华社北京5月3日电 中国已向20多个国家派出医疗队。中国目前已同100个国家和20个国际组织签署合作文件。")
    assert facts.count(("中国", 20, "count")) == 2
    assert ("中国", 100, "count") in facts


def test_the_same_count_told_again_in_another_sentence_stays_one():
    facts = _facts("新华社北京5月3日电 中国已向20多个国家派出医疗队。这是中国向20多个国家派出医疗队的第十年。")
    assert facts.count(("中国", 20, "count")) == 1


# --- 亿万 after a number restates 亿 (numbers.multiplier, facts.toml restated_scales) ---

def test_yi_wan_after_a_number_is_yi():
    facts = _facts("越通社河内5月3日电 2020年,越南企业注册境外投资约3.25亿万美元。")
    assert ("越南", 325000000, "USD") in facts


# --- a legal form or kind of firm alone names no holder (unnamed.unnamed_unit, facts.toml firm_kinds) ---

def test_a_kind_of_firm_counted_is_no_holder():
    facts = _facts("越通社河内5月3日电 在500个日本对越南投资的项目中,独资项目300个;股份公司12个,占2.4%。")
    assert ("日本", 12, "count") in facts and ("日本", 2.4, "percent") in facts
    assert not any(s == "股份公司" for s, _, _ in facts)


def test_a_company_pointed_back_to_keeps_its_name():
    facts = _facts("越通社河内5月3日电 三星公司在河内设厂。该公司投资10亿美元。")
    assert ("三星公司", 1000000000, "USD") in facts


# --- kb data: the customs of Laos, China and Vietnam under their common names ---

def test_customs_are_known_bodies():
    names = _names("越通社河内5月3日电 越南海关与中国海关加强合作。香港保安局与老挝海关签署备忘录。越南海关总署统计数据显示贸易增长。")
    assert {("ORG", "越南海关总局"), ("ORG", "中国海关总署"), ("ORG", "老挝海关")} <= names
