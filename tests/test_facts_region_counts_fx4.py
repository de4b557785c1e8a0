"""Facts (fx4): provinces and states counted with no classifier (甲、乙及丙3省, 北部7省, 丁、戊及己4州) are a count of
places; in Chinese numerals (边境四省, 北方三省) they name a standing set, no count told; and 省/州 heading another
word (3省长, 5州政府) is no unit. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社河内2025年3月5日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def counts(sentence: str) -> list[float]:
    return [f.value for f in facts(sentence) if f.unit == "count"]  # type: ignore[misc]


def test_provinces_after_a_list_are_counted():
    assert counts("越南与老挝边境的莱州、奠边及山罗3省人民委员会主席出席了会议。") == [3]


def test_provinces_of_a_region_are_counted():
    got = [(f.value, f.subject) for f in facts("双方同意加强老挝北部7省与越南西北地区的合作。") if f.unit == "count"]
    assert got == [(7, "老挝")]


def test_states_are_counted_too():
    assert counts("马来西亚总领馆的辖区包括柔佛、马六甲、森美兰及彭亨4州。") == [4]


def test_provinces_in_chinese_numerals_name_a_set():
    assert counts("越南北方四省与中国广西的合作不断深化。") == []


def test_a_province_word_heading_another_word_is_no_unit():
    assert counts("会议期间,越方5省长与中方代表举行了座谈。") == []
