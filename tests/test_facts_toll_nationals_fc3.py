"""Facts (fc3, issue 13): the toll of a disaster or an accident. People of a nation named right after their
number (3名新加坡人, 5名中国游客, 2名台灣旅客) are that nation's, not the place where they died; a toll told
after the place it was taken in (台风在菲律宾造成300人死亡,其中包括5名越南渔民) is that place's, not the
nation of a part named after it. Invented sentences (the fc3 probe grid, /work/notes/s7/fc3/probes.md)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(dateline: str, sentence: str, value: int) -> set[str | None]:
    doc = extract("题目\n\n" + dateline + sentence + "\n", source="t.txt")
    return {f.subject for f in doc.facts if f.value == value}


XINHUA = "新华社北京2024年3月5日电 "


@pytest.mark.parametrize("dateline, sentence, value, nation", [
    (XINHUA, "在土耳其地震中遇难的3名新加坡人遗体已运回。", 3, "新加坡"),
    (XINHUA, "在泰国车祸中丧生的5名中国游客遗体已火化。", 5, "中国"),
    ("（中央社記者王大明台北2024年3月5日電）", "在日本地震中罹難的2名台灣旅客遺體今天運回。", 2, "台湾"),
    (XINHUA, "在缅甸地震中受伤的7名中国公民已回国。", 7, "中国"),
])
def test_people_of_a_nation_named_after_the_toll_are_its_own(dateline: str, sentence: str, value: int, nation: str) -> None:
    assert holders(dateline, sentence, value) == {nation}


@pytest.mark.parametrize("sentence, value, place", [
    ("台风在菲律宾造成300人死亡,其中包括5名越南渔民。", 300, "菲律宾"),
    ("地震在尼泊尔造成80人死亡,其中包括3名中国登山者。", 80, "尼泊尔"),
])
def test_a_toll_told_after_its_place_is_the_places(sentence: str, value: int, place: str) -> None:
    assert holders(XINHUA, sentence, value) == {place}


@pytest.mark.parametrize("sentence, value, place", [
    ("洪水在泰国造成的死亡人数已升至31人。", 31, "泰国"),
    ("台风在菲律宾造成300人死亡。", 300, "菲律宾"),
])
def test_a_toll_with_no_nation_named_stays_the_places(sentence: str, value: int, place: str) -> None:
    assert holders(XINHUA, sentence, value) == {place}
