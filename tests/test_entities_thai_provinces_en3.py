"""Thailand's provinces are written X府, by their transliteration or by their Thai-Chinese name (en3,
issue 13; kb/data/places.tsv): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _places(text: str) -> dict[str, list[str]]:
    r = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: e["mentions"] for e in r["entities"] if e["type"] == "LOCATION"}


def test_listed_thai_provinces_with_their_level_word():
    places = _places("来自北标府、信武里府和董里府的商会代表出席了招待会。")
    mentions = {m for ms in places.values() for m in ms}
    assert {"北标府", "信武里府", "董里府"} <= mentions


def test_a_thai_chinese_name_and_the_transliteration_are_one_province():
    places = _places("代表团先后访问夜功府和北榄坡府。沙没颂堪府官员表示欢迎。")
    assert places.get("夜功") and {"夜功府", "沙没颂堪府"} <= set(places["夜功"])
    assert "北榄坡府" in places.get("北榄坡", [])


def test_a_known_province_written_with_its_full_name_and_level_word():
    places = _places("新的越南街于去年在乌隆他尼府开业。")
    assert "乌隆他尼府" in places.get("乌隆他尼", [])
