"""A meeting's places are where it is held, not its sides (ac2, issue 13; official gold: 在河内举行会谈, 在莫斯科会见
list the people or bodies only). Invented sentences: a land, province or city whose every mention in the sentence
stands in a run of places after 在/于/赴 that a holding verb or the meeting word closes leaves the participants (a run
of two places, a count before the meeting word, a land beside lands that are sides, a province after 赴); a land the
sentence names as a side too, and the one place of a body holding a reception alone, stay."""

from __future__ import annotations

import pytest

from eventpage import first_sides


@pytest.mark.parametrize("body, sides, places", [
    ("去年,习近平主席与普京总统在莫斯科和北京两次会晤,就两国关系达成重要共识。", {"习近平", "普京"}, {"莫斯科", "北京"}),
    ("印度去年12月与美国、日本在泰国举行首次会谈,讨论海上安全。", {"印度", "美国", "日本"}, {"泰国"}),
    ("中国外交部长王毅邀请老挝和越南两国外长赴云南举行会谈。", {"王毅", "老挝", "越南"}, {"云南"}),
])
def test_the_places_a_meeting_is_held_at_are_no_sides(body: str, sides: set[str], places: set[str]) -> None:
    got = set(first_sides(body, "MEET"))
    assert sides <= got
    assert not places & got


def test_a_land_named_as_a_side_too_stays() -> None:
    assert set(first_sides("越南与老挝9日在老挝举行会谈,老挝欢迎越南代表团。", "MEET")) == {"越南", "老挝"}


def test_a_reception_held_alone_keeps_its_place() -> None:
    assert first_sides("越南驻泰国大使馆在曼谷举行招待会。", "MEET") == ["越南驻泰国大使馆"]
