"""A list the text closes as a list of places (等地, 等…各市, a count of states or cities: 4州, 三省) makes its
unknown items places too, when two of its items are known places (of one country); an item the KB names with
a level word is that place (霹雳 = 霹雳州), and an item the page names elsewhere with its level word is left to
that name. Without such a closer, or with one known item only, the unknown items stay unread. Sentences and the
unknown place names invented (en6)."""

from __future__ import annotations

from dipnet.pipeline import extract

_HEAD = "伊拉克总理会见来访代表团\n\n"


def _places(body: str) -> set[str]:
    doc = extract(_HEAD + body + "\n")
    return {m for e in doc.entities if e.type == "LOCATION" for m in [e.name, *e.mentions]}


def test_unknown_items_of_a_list_closed_by_dengdi_are_places():
    got = _places("代表团此行将先后前往巴格达、巴士拉、卡鲁瓦、赛莫尼等地考察投资项目。")
    assert {"巴格达", "巴士拉", "卡鲁瓦", "赛莫尼"} <= got


def test_a_closer_with_a_region_before_its_level_word():
    got = _places("来自曼德勒、塔卡翁、实皆、莫鲁坎等缅北各市的商会代表出席了招待会。")
    assert {"塔卡翁", "莫鲁坎"} <= got


def test_a_count_of_states_closes_the_list_and_the_last_item_after_a_joiner():
    got = _places("该领事馆的辖区包括槟城、吉打及霹雳3州。")
    assert "霹雳" in got or "霹雳州" in got


def test_no_closer_no_place():
    got = _places("代表团会见了巴格达、巴士拉、卡鲁瓦的商界代表。")
    assert "卡鲁瓦" not in got


def test_one_known_item_is_not_enough():
    got = _places("代表团将前往巴格达、卡鲁瓦、赛莫尼等地。")
    assert not {"卡鲁瓦", "赛莫尼"} & got
