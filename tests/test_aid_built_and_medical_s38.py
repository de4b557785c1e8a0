"""Aid built (援建) and medical equipment or medicines handed over are AID, as rice and vaccines are; the
giver's name before 援建 stands on its own."""

import pytest

from dipnet.pipeline import extract
from eventpage import sides as sides_of

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def aid(sentence: str) -> list[list[str]]:
    return sides_of(sentence + "\n", "AID", HEAD)


@pytest.mark.parametrize("sentence, sides", [
    ("越南国防部向老挝国防部移交一批医疗设备。", ["老挝国防部", "越南国防部"]),
    ("越南国防部向老挝移交一批医疗设备。", ["老挝", "越南国防部"]),
    ("越南卫生部向老挝卫生部移交一批药品。", ["老挝卫生部", "越南卫生部"]),
    ("越南国防部向老挝提供一批医疗器械。", ["老挝", "越南国防部"]),
    ("越南援建的老挝国会大厦3月5日正式移交给老挝。", ["老挝", "越南"]),
    ("中国援建的柬埔寨国家体育场3月5日正式移交柬方。", ["中国", "柬埔寨"]),
    ("日本政府为越南援建一所小学。", ["日本", "越南"]),
])
def test_handed_over_as_aid(sentence: str, sides: list[str]) -> None:
    assert aid(sentence) == [sides]


def test_the_giver_before_the_building_verb_stands_alone() -> None:
    # 越南 + 援建 + 老挝国会大厦: no place named 越南援建…
    doc = extract(HEAD + "越南援建老挝国会大厦交接仪式在万象举行。\n", source="aid.txt")
    assert not any("援建" in e.name for e in doc.entities)


def test_an_export_is_no_aid() -> None:
    assert aid("越南向老挝出口医疗设备。") == []
