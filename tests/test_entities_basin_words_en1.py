"""(en1, issue 13) Words of a subregion or a river's basin name no region of their own: 次区域 alone is any
subregion (a word of cooperation, or of a bloc's parts), a river's basin (湄公河流域) names the river, and
the basin of two rivers (澜湄流域) no one region; the Mekong subregion is named by its own name only.
Invented sentences."""

from __future__ import annotations

import pytest

from invented import entity_mentions, names

_SUBREGION = "湄公河次区域"


@pytest.mark.parametrize("text", [
    "两国商定在次区域框架内扩大农业合作。",
    "两国在次区域层面加强了政策协调。",
    "报告比较了非洲各次区域的增长速度。",
    "澜湄流域各国的渔业合作逐步深化。",
])
def test_a_subregion_or_basin_word_names_no_region(text: str) -> None:
    found = entity_mentions(text)
    assert _SUBREGION not in found and not any("次区域" in m or "流域" in m for m in found), found


def test_a_rivers_basin_names_the_river() -> None:
    found = entity_mentions("湄公河流域的稻农今年遭遇了严重干旱。")
    assert "LOCATION" in found.get("湄公河", set())
    assert _SUBREGION not in found


def test_the_subregion_named_in_full_is_still_a_place() -> None:
    assert ("LOCATION", _SUBREGION) in names("湄公河次区域各国代表出席了开幕式。")
