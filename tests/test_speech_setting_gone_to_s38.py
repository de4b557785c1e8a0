"""The body or place gone to for a speech (到美国国会演说, 赴…发表演讲) is its setting, no speaker: a speech told only
by its setting has no one speaking; the one who goes there speaks."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025年03月05日 10:20\n\n越通社河内——"


def speakers(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="setting.txt")
    return [e.participants for e in doc.events if e.type == "STATEMENT"]


@pytest.mark.parametrize("sentence", [
    "最近一次受邀到美国国会演说的外国领导人是莫迪。",
    "最近一次受邀到老挝国会发表演讲的越南领导人是梁强。",
    "最近一次受邀到美國國會演說的外國領導人是莫迪。",
])
def test_the_setting_speaks_not(sentence: str) -> None:
    assert not any(p in ("美国国会", "老挝国会") for s in speakers(sentence) for p in s)


@pytest.mark.parametrize("sentence, who", [
    ("印度总理莫迪到美国国会演说。", "莫迪"),
    ("越南国家主席梁强应邀到老挝国会发表演讲。", "梁强"),
])
def test_the_one_who_goes_speaks(sentence: str, who: str) -> None:
    assert speakers(sentence) == [[who]]
