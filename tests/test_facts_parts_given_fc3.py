"""Facts (fc3, issue 13): a part of a sum given, told in a clause opening with 其中 after the whole (其中
1800万美元提供给越南, 其中给予老挝500万美元), is the giver's as the whole is, even with a clause of
purpose between them; the receiver holds none. A part told with its own holder or source keeps it.
Invented sentences (the fc3 probe grid, /work/notes/s7/fc3/probes.md)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(dateline: str, sentence: str) -> dict[float, str | None]:
    doc = extract("题目\n\n" + dateline + sentence + "\n", source="t.txt")
    return {f.value: f.subject for f in doc.facts}  # type: ignore[misc]


@pytest.mark.parametrize("dateline, sentence, whole, part, giver", [
    ("", "美国宣布了3200万美元的援助,帮助东南亚国家保护本国领海,其中1800万美元提供给越南。", 3.2e7, 1.8e7, "美国"),
    ("（中央社記者王大明台北2024年3月5日電）",
     "美國宣佈了3千2百萬美元的援助項目,幫助東南亞國家保護本國領海,其中有1千8百萬美元提供給予越南。", 3.2e7, 1.8e7, "美国"),
    ("新华社北京2024年3月5日电 ", "韩国宣布提供2000万美元援助,帮助湄公河国家发展,其中给予老挝500万美元。", 2e7, 5e6, "韩国"),
    ("", "加拿大宣布提供3000万加元援助,其中给予孟加拉国1000万加元。", 3e7, 1e7, "加拿大"),
    ("新华社北京2024年3月5日电 ", "新西兰宣布提供1000万纽币援助,其中将给予汤加300万纽币。", 1e7, 3e6, "新西兰"),
])
def test_the_giver_of_the_whole_holds_the_part_given(dateline: str, sentence: str, whole: float, part: float,
                                                     giver: str) -> None:
    got = holders(dateline, sentence)
    assert got[whole] == giver
    assert got[part] == giver


@pytest.mark.parametrize("sentence, part, holder", [
    ("东盟去年吸引外资2200亿美元,其中约500亿美元来自中国。", 5e10, "中国"),
    ("越中贸易额去年达1700亿美元,其中越南对华出口610亿美元。", 6.1e10, "越南"),
])
def test_a_part_told_with_its_own_holder_or_source_keeps_it(sentence: str, part: float, holder: str) -> None:
    assert holders("新华社北京2024年3月5日电 ", sentence)[part] == holder
