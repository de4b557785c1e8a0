"""A standing assembly named as a party of an anniversary (甲国国会与全国人民代表大会建立…关系N周年) is a side of
it, as ev57 made it one of talks: names() keeps names ending in 大会 out as meetings held (ev58; invented sentences,
Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import sides

ASSEMBLIES = [
    "今年是老挝国会与全国人民代表大会建立合作关系45周年。",
    "柬埔寨国会与全国人民代表大会5日庆祝建立友好关系30周年。",
    "今年是老撾國會與全國人民代表大會建立合作關係45週年。",
]


@pytest.mark.parametrize("body", ASSEMBLIES)
def test_the_assembly_is_a_side_of_the_anniversary(body: str) -> None:
    assert any("中国全国人民代表大会" in s for s in sides(body, "ANNIVERSARY")), sides(body, "ANNIVERSARY")
