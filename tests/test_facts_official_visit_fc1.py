"""Facts (fc1, issue 13): 官访, the official visit of Malaysian and Singaporean papers, counts the visitor's
N-th visit as 访问 does (大马首相纳吉第三度官访中国: the visitor's, not his country's). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def counts(sentence: str) -> list[tuple[float, str]]:
    doc = extract("题目\n\n新华社北京2016年11月2日电 " + sentence + "\n", source="t.txt")
    return [(f.value, f.subject) for f in doc.facts if f.unit == "count"]  # type: ignore[misc]


@pytest.mark.parametrize("sentence", [
    "大马首相纳吉第三度官访中国。",
    "大马首相纳吉第三次官访中国,与中国领导人举行会谈。",
])
def test_the_nth_official_visit_is_the_visitors(sentence: str) -> None:
    assert counts(sentence) == [(3, "纳吉布")]
