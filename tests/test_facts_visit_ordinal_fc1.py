"""Facts (fc1, issue 13): the N-th visit is counted (第二次对越南进行正式访问), but not an ordinal that numbers a
summit or meeting joined to a visit by 并 (出席…第十五次会晤并对南非进行国事访问). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def counts(sentence: str) -> list[float]:
    doc = extract("题目\n\n新华社北京2024年3月5日电 外交部宣布。" + sentence + "\n", source="t.txt")
    return [f.value for f in doc.facts if f.unit == "count"]  # type: ignore[misc]


@pytest.mark.parametrize("sentence", [
    "国家主席将出席在南非举行的金砖国家领导人第十五次会晤并对南非进行国事访问。",
    "总理将出席第十次东亚峰会并访问老挝。",
    "外长将出席第三次部长级会议并对泰国进行正式访问。",
])
def test_a_numbered_meeting_before_a_visit_is_no_count(sentence: str) -> None:
    assert counts(sentence) == []


def test_the_nth_visit_is_still_counted() -> None:
    assert counts("这是他第二次对越南进行正式访问。") == [2]
