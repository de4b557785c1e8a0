"""Facts (fx17): recurring holder mechanisms on the pooled facts pages. An age belongs to the person
named right after it even when the recognizer does not know the name: a romanized name after a word
for who the person is, a surname-led name before a verb of saying, a name glossed with Vietnamese
letters. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——{}\n"


def facts(sentence: str, page: str = PAGE) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt"))


def subjects(found: list[Fact], value: float) -> list[str]:
    return [f.subject for f in found if f.value == value]


def test_an_age_before_a_romanized_name_is_that_persons():
    got = facts("洪水过后,37岁农民Tran Thi Hoa表示:“我们的稻田全被淹了。”")
    assert subjects(got, 37) == ["Tran Thi Hoa"]


def test_an_age_before_a_surname_led_name_and_a_verb_of_saying_is_that_persons():
    got = facts("现年58岁的黎文顺告诉记者,他在这里种了二十年咖啡。")
    assert subjects(got, 58) == ["黎文顺"]


def test_an_age_before_a_name_glossed_with_vietnamese_letters_is_that_persons():
    got = facts("现年33岁、来自广治省的岱依族姑娘氏兰(Thị Lan)开办了一家织布合作社。")
    assert subjects(got, 33) == ["氏兰"]


def test_an_age_of_an_unnamed_group_is_no_persons():
    got = facts("现年70岁的老人们说,他们从未见过这样的洪水。")
    assert all(s not in ("老人们", "老人") for s in subjects(got, 70))


def test_a_group_of_firms_opening_a_clause_holds_its_trade_and_share():
    got = facts("2024年,外资企业(FDI)的出口额约为3100亿美元,占全国出口总额的71%。")
    assert subjects(got, 310000000000) == ["外资企业"]
    assert subjects(got, 71) == ["外资企业"]


def test_a_group_of_firms_holds_the_things_it_counts():
    got = facts("届时,各家餐饮企业将为食客推出大约120个特色菜品。")
    assert subjects(got, 120) == ["餐饮企业"]


def test_one_countrys_firms_are_left_to_the_country():
    got = facts("韩国企业在越投资项目达9000个。")
    assert subjects(got, 9000) == ["韩国"]


def test_firms_pointed_back_to_are_no_group_of_their_own():
    got = facts("这些企业投资项目达50个。")
    assert all(s != "这些企业" for s in subjects(got, 50))


def test_an_age_before_a_role_word_opening_with_a_surname_character_names_no_one():
    got = facts("现年52岁的高级官员说,谈判仍在继续。")
    assert all(s != "高级官员" for s in subjects(got, 52))
