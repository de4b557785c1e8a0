"""Facts (fc1, issue 13): people counted with no classifier after an approximate number whose multiplier
follows 多 (20多万越南人, 二十多万游客) are read as people, as 20万越南人 is. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


@pytest.mark.parametrize("sentence", [
    "目前约有20多万越南人在台湾工作。",
    "目前约有二十多万越南人在台湾工作。",
    "春节期间,20多万游客到访该省。",
])
def test_people_after_an_approximate_number(sentence: str) -> None:
    doc = extract("题目\n\n越通社河内2024年3月5日电——" + sentence + "\n", source="t.txt")
    assert (200000, "person") in [(f.value, f.unit) for f in doc.facts]
