"""An anniversary of relations names both sides where the clause writes them without a joining word: a bloc
right before a country (庆祝东盟澳大利亚建交50周年) and a normalization of relations (老中两国关系正常化30周年,
复交20周年) — the count is of the two sides' relations, as 建交 is (SPEC: an ANNIVERSARY is a commemoration of
the establishment of relations; open gold: 越中建交75周年 → 越南, 中国)."""
from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _page(body: str) -> str:
    return f"柬埔寨与老挝加强合作\n\n2024年6月3日\n\n（越通社金边6月3日电）{body}\n"


def _anniversaries(body: str) -> list[set[str]]:
    doc = extract(_page(body), source="probe.txt")
    return [set(e.participants) for e in doc.events if e.type == "ANNIVERSARY"]


@pytest.mark.parametrize("body, sides", [
    ("各国领导人将赴堪培拉出席特别峰会，庆祝东盟澳大利亚建交50周年。", {"东盟", "澳大利亚"}),
    ("外长表示，此次磋商恰逢老中两国关系正常化30周年之际举行。", {"老挝", "中国"}),
])
def test_relation_anniversary_names_both_sides(body: str, sides: set[str]) -> None:
    got = _anniversaries(body)
    assert any(sides <= g for g in got), got


def test_a_bloc_and_land_not_counting_relations_stay_apart() -> None:
    got = _anniversaries("今年是柬埔寨独立70周年，东盟秘书长致信祝贺。")
    assert all("东盟" not in g for g in got), got
