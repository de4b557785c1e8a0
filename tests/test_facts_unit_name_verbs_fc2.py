"""Facts (fc2, issue 13): a body the recognizer leaves unmarked is named by the words before its unit
noun (协会, 商会); a verb of attending or holding before them (出席, 主持, 举办, 莅临) ends the name,
as 会见 and 参加 do: '首相出席马中商会晚宴' names 马中商会, not '首相出席马中商会'. Invented sentences
in the registers of Malaysian, Singaporean and Taiwanese papers."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(sentence: str) -> list[tuple[float, str | None]]:
    doc = extract("晚宴\n\n（吉隆坡5日讯）" + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts]  # type: ignore[misc]


@pytest.mark.parametrize(("sentence", "value", "name"), [
    ("首相出席马中友好协会晚宴,约800名宾客出席。", 800, "马中友好协会"),
    ("總統今晚出席臺越商會餐會,約300名台商到場。", 300, "台越商会"),
    ("部长举办中马商会新春团拜,约400名会员出席。", 400, "中马商会"),
    ("首相主持马中商会年会,约600名代表出席。", 600, "马中商会"),
    ("大使莅临华人商会年会,约200名会员参加。", 200, "华人商会"),
    ("外長今天蒞臨菲華商會晚宴,逾500人與會。", 500, "菲华商会"),
])
def test_a_verb_of_attending_ends_the_name(sentence: str, value: float, name: str) -> None:
    assert holders(sentence) == [(value, name)]


def test_a_name_after_no_verb_is_kept_whole() -> None:
    assert holders("马中商会去年向灾区捐款5万令吉。") == [(50000, "马中商会")]
