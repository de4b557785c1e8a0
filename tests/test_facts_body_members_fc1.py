"""Facts (fc1, issue 13): a body's members counted after it at the end of a list (中国和东盟9国, 中国与欧盟27国)
are a count of their own, more than the list names; a count equal to the list (甲、乙和丙三国) still only
restates it. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def counts(sentence: str) -> list[tuple[float, str]]:
    doc = extract("题目\n\n新华社北京2019年11月2日电 " + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts if f.unit == "count"]  # type: ignore[misc]


@pytest.mark.parametrize("sentence, value, body", [
    ("来自中国和东盟9国的43名中青年军官参加培训。", 9, "东盟"),
    ("中国与欧盟27国代表出席了会议。", 27, "欧盟"),
])
def test_a_bodys_members_after_a_list_are_counted(sentence: str, value: int, body: str) -> None:
    assert (value, body) in counts(sentence)


def test_a_count_equal_to_the_list_only_restates_it() -> None:
    assert counts("越南、老挝和柬埔寨三国领导人出席了会议。") == []
