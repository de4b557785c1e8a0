"""A place's name that opens the holder's slot right after a post (or one name character after it, 首相 + 敦 +
某地) is the holder's name or part of it, not a place: a place never holds a post, and the place of a post's
holder is told with a preposition (大使 + 在 + 河内). Invented sentences."""
from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _mentions(page: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(page, source="probe.txt").mentions]


@pytest.mark.parametrize("page, name", [
    ("联盟秘书长达沃表示,合作很顺利。", "达沃"),
    ("联盟秘书长曼德勒表示,合作很顺利。", "曼德勒"),
    ("他回顾说,已故前首相敦达沃当年的决定很重要。", "敦达沃"),
])
def test_place_in_holder_slot_is_a_person(page: str, name: str) -> None:
    found = _mentions(page)
    assert (name, "PERSON") in found
    assert not any(t == "LOCATION" and (n in name or name in n) for n, t in found)


@pytest.mark.parametrize("page, place", [
    ("越南驻日本大使在河内表示欢迎。", "河内"),
    ("总统于宁平出席仪式。", "宁平"),
])
def test_place_after_a_preposition_stays_a_place(page: str, place: str) -> None:
    assert (place, "LOCATION") in _mentions(page)
