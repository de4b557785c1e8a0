"""Facts (fc1, issue 13): the votes a candidate won told after 以 (越南以180票当选…成员) are the candidate's,
not the body it is elected to; a ballot's counts (以143票赞成) stay the assembly's. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def holders(sentence: str) -> dict[float, str]:
    doc = extract("题目\n\n新华社纽约2024年10月9日电 联合国大会举行选举。" + sentence + "\n", source="t.txt")
    return {f.value: f.subject for f in doc.facts if f.unit == "count"}  # type: ignore[misc]


@pytest.mark.parametrize("sentence, value, holder", [
    ("越南以180票当选联合国人权理事会成员。", 180, "越南"),
    ("日本以约170票当选安理会非常任理事国。", 170, "日本"),
])
def test_the_votes_won_are_the_candidates(sentence: str, value: int, holder: str) -> None:
    assert holders(sentence)[value] == holder


def test_a_ballots_counts_stay_the_assemblys() -> None:
    assert holders("大会以143票赞成、5票反对通过决议。") == {143: "联合国大会", 5: "联合国大会"}
