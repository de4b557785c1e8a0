"""A verb that ends in a country's one-character form (确保, 盛赞) before a pair of short forms does not lend
that character to the pair: 确保中越… names China and Vietnam, no Bulgaria; 盛赞美越… no Zambia (invented text)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _countries(text: str) -> set[str]:
    doc = extract("题目\n\n" + text + "\n")
    return {e.name for e in doc.entities if e.type == "COUNTRY"}


@pytest.mark.parametrize("text, stray", [
    ("双方同意加强协调,确保中越命运共同体建设不断取得新成果。", "保加利亚"),
    ("双方同意深化务实合作,确保中老铁路安全顺畅运营。", "保加利亚"),
    ("这位官员在记者会上盛赞美越关系不断深化。", "赞比亚"),
])
def test_a_verb_ending_in_a_form_lends_it_to_no_pair(text: str, stray: str):
    found = _countries(text)
    assert stray not in found, found


def test_the_pair_after_the_verb_is_still_read():
    assert {"中国", "越南"} <= _countries("双方同意加强协调,确保中越命运共同体建设不断取得新成果。")
    assert "保加利亚" in _countries("双方表示,中保两国关系发展良好。")
