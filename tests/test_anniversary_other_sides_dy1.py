"""(dy1, issue 13: page dates) An anniversary the page-year reader left without a subject, or read as the wrong
one: relations between two sides neither of which is Vietnam or China ('柬日建交', '东盟与加拿大建交'), the two
countries of '两国建交N周年' where a 中 inside a word ('通话中', '越共中央') made China a side too, ASEAN-Japan
'friendship and cooperation' relations (not ASEAN's founding), 越南建国, and an anniversary told as next
year's with words between ('明年我们将纪念…', '以明年…为契机'). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.timex.knowledge import founding_before
from dipnet.timex.pairs import relation_in, relation_of
from dipnet.timex.parse import find_times
from dipnet.timex.year import infer_year


def _anniversary_years(text: str) -> list[str | None]:
    return [t.value for t in find_times(text, None) if t.kind == "anniversary"]


@pytest.mark.parametrize("prefix, date", [
    ("两国领导人表示,印尼和韩国建交", "1973-09-18"),
    ("各方代表出席庆祝东盟与加拿大建交", "1977"),
    ("部长指出,柬日建交", "1953-01-09"),
    ("会上回顾了泰国同日本建交", "1887-09-26"),
])
def test_relations_of_two_other_sides_are_dated(prefix: str, date: str) -> None:
    got = relation_of(prefix)
    assert got is not None and got[0] == date, got


def test_relations_of_vietnam_and_china_read_as_before() -> None:
    assert relation_of("双方庆祝越南与泰国建交") == ("1976-08-06", "relations vietnam-泰国")
    assert relation_of("会上回顾了中柬建交") == ("1958-07-19", "relations china-柬")


@pytest.mark.parametrize("text, year", [
    ("双方将隆重纪念东盟与加拿大建交45周年。", "2022"),
    ("菲律宾外长指出,菲日建交60周年之际两国合作成果丰硕。", "2016"),
    ("马新两国总理会晤时表示,今年恰逢两国建交55周年。", "2020"),
])
def test_anniversaries_of_other_sides_count_from_their_relations(text: str, year: str) -> None:
    assert _anniversary_years(text) == [year]


def test_a_zhong_inside_a_word_makes_no_side() -> None:
    # '通话中' and '越共中央' name no China: the two countries are the headline's Vietnam and Korea
    text = "越南与韩国领导人通电话\n越共中央总书记在通话中表示,双方同意庆祝两国建交35周年。"
    assert _anniversary_years(text) == ["2027"]
    assert relation_in("越共中央代表团与韩国议员座谈时,双方回顾两国建交") == ("1992-12-22", "relations vietnam-韩国")


def test_a_zhong_beside_a_partner_still_names_china() -> None:
    assert relation_in("中缅两国友好往来,建交以来") == ("1950-06-08", "relations china-缅")


def test_asean_japan_friendship_relations_are_no_founding_of_asean() -> None:
    assert founding_before("今年也是日本与东盟建立友好合作关系", "") == ("1973-11-01", "ASEAN-Japan dialogue relations")


def test_vietnam_founding_the_state_is_its_national_day() -> None:
    assert founding_before("今年是越南建国", "") == ("1945-09-02", "Democratic Republic of Vietnam / National Day")


@pytest.mark.parametrize("text", [
    "总理表示,明年我们将纪念柬埔寨与日本建交70周年,两国合作将更上一层楼。",
    "部长认为,双方应以明年柬日建交70周年为契机,推动合作。",
])
def test_an_anniversary_told_as_next_years_dates_the_page_a_year_before(text: str) -> None:
    guess = infer_year(text)
    assert guess is not None and guess.year == 2022, guess


def test_a_relative_year_of_another_clause_does_not_shift_the_anniversary() -> None:
    guess = infer_year("去年两国签署了多项协议,今年是柬日建交70周年。")
    assert guess is not None and guess.year == 2023, guess
