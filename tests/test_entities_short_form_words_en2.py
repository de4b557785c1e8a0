"""One-character country forms inside plain words and region names are no countries (en2, issue 13;
names.toml short_form_words / compound_context, recognize/nested.py _spells_name): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in to_record(extract("题目\n\n" + text + "\n"))["entities"]}


def test_security_is_a_word_not_two_countries():
    names = _names("两国同意推动国家安保战略对接。")
    assert not {("COUNTRY", "安哥拉"), ("COUNTRY", "保加利亚")} & names


def test_cubic_metres_name_no_country():
    assert ("COUNTRY", "立陶宛") not in _names("该管道年输气量将达到每年200亿立方米。")


def test_a_pair_before_its_security_alliance_is_still_the_pair():
    names = _names("双方重申日美安保同盟的重要性。")
    assert {("COUNTRY", "日本"), ("COUNTRY", "美国")} <= names


def test_regions_that_open_a_forums_name_are_no_run_of_countries():
    names = _names("两国同意在东亚拉美合作论坛框架内加强协调。")
    assert not {("COUNTRY", "东帝汶"), ("COUNTRY", "亚美尼亚"), ("COUNTRY", "拉脱维亚"), ("COUNTRY", "美国")} & names
    assert ("LOCATION", "东亚") in names
