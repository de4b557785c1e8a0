"""Facts (fc3, issue 13): a term ordinal between a country and its organ (越南第十五届国会, 中国第十四届全国人大)
numbers the organ's term; the holder is the organ read (越南国会, as the official gold names it with
第十五届国会 for an alias), not the words as written. Where the organ read is another country's (老挝第九届国会
read by the alias of 越南国会) the words as written stay. Invented sentences (the fc3 probe grid)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(dateline: str, sentence: str, value: int) -> set[str | None]:
    doc = extract("题目\n\n" + dateline + sentence + "\n", source="t.txt")
    return {f.subject for f in doc.facts if f.value == value}


VNA = "越通社河内2024年3月5日电——"


@pytest.mark.parametrize("dateline, sentence, value, organ", [
    (VNA, "越南第十五届国会共有499名代表。", 499, "越南国会"),
    (VNA, "越南第十五届国会以470票赞成通过了该决议。", 470, "越南国会"),
    ("新华社北京2024年3月5日电 ", "中国第十四届全国人大共有2977名代表。", 2977, "中国全国人民代表大会"),
])
def test_a_term_of_an_organ_is_the_organ(dateline: str, sentence: str, value: int, organ: str) -> None:
    assert holders(dateline, sentence, value) == {organ}


def test_another_countrys_organ_keeps_its_words() -> None:
    assert holders(VNA, "老挝第九届国会共有164名代表。", 164) == {"老挝第九届国会"}
