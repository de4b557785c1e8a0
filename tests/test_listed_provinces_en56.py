"""A province the knowledge base names only with 省 (its bare name is also another place or a plain
word), written short in a list of its country's provinces. Invented text only."""

from __future__ import annotations

from dipnet.pipeline import extract


def _places(text: str) -> set[str]:
    return {e.name.removesuffix("省") for e in extract("题目\n\n" + text + "\n").entities if e.type == "LOCATION"}


def test_a_short_province_between_known_provinces_is_a_province():
    got = _places("两国代表团考察了边境地区,越方参加者来自老街、莱州、奠边等省。")
    assert {"老街", "莱州", "奠边"} <= got


def test_a_short_province_before_a_count_of_provinces():
    got = _places("会议由河江、高平、莱州三省共同主办。")
    assert "莱州" in got


def test_a_list_opened_by_the_country():
    got = _places("越南太平、南定两省与老挝两省签署合作协议。")
    assert {"太平", "南定"} <= got


def test_plain_words_and_other_countries_places_stay_out():
    assert "和平" not in _places("双方坚持独立、自主、和平、友好、合作的原则。")
    # Shandong's 莱州 among Shandong's cities is no Vietnamese province (since en6 it is a place of its own:
    # a list closed by 三市 makes its unknown items places)
    doc = extract("题目\n\n山东省青岛、莱州、烟台三市代表出席。\n")
    assert not any(e.name == "莱州省" or (e.kb_id or "").endswith("lai-chau") for e in doc.entities)
