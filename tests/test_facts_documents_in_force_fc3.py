"""Facts (fc3, issue 13): documents a verb of implementing them governs (落实, 遵守, 贯彻 … 3项法律文件) are a set in
force, in digits as in Chinese numerals (the official gold gives 贯彻越中陆地边界三个法律文件 as an instrument, no
count); documents signed (签署…12份合作文件) are counted, even where implementing is told too. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def counts(sentence: str) -> list[float]:
    doc = extract("题目\n\n越通社河内2024年3月5日电——" + sentence + "\n", source="t.txt")
    return [f.value for f in doc.facts if f.unit == "count"]  # type: ignore[misc]


@pytest.mark.parametrize("sentence", [
    "双方同意认真遵守越中陆路边境管理3项法律文件。",
    "双方要落实好越中陆地边界3个法律文件及相关协议。",
    "两国边防部门继续贯彻执行关于陆地边界的3个法律文件。",
])
def test_documents_in_force_are_no_count(sentence: str) -> None:
    assert 3 not in counts(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("两国已签署并落实了12份合作文件。", 12),
    ("为落实两国领导人共识,双方签署了15份合作文件。", 15),
    ("访问期间,双方签署了3项法律文件。", 3),
])
def test_documents_signed_are_counted(sentence: str, value: int) -> None:
    assert value in counts(sentence)
