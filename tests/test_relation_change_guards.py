"""RELATION_CHANGE is not read where the relations reader reads no relation (rl4's guards, the event side):
建交 inside a longer word (修建交通, 兴建交通) and a level not yet set up (尚未/还未/从未建立). Invented pages."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

HEAD = "越老两国合作\n\n越通社河内——3月5日，"


@pytest.mark.parametrize("sentence", [
    "越南与老挝同意合作修建交通基础设施。",
    "柬埔寨和泰国决定共同兴建交通走廊。",
    "美国和越南尚未建立全面战略伙伴关系。",
    "甲方指出，印度与菲律宾还未建立战略伙伴关系。",
    "日本同老挝从未建立全面战略伙伴关系。",
])
def test_no_relation_change_where_none_is_told(sentence: str) -> None:
    doc = extract(HEAD + sentence + "\n")
    assert [e for e in doc.events if e.type == "RELATION_CHANGE"] == []


@pytest.mark.parametrize("sentence", [
    "越南与老挝宣布建立全面战略伙伴关系。",
    "越南同巴西决定将两国关系提升为战略伙伴关系。",
])
def test_a_relation_set_up_is_still_a_change(sentence: str) -> None:
    doc = extract(HEAD + sentence + "\n")
    assert [e.type for e in doc.events].count("RELATION_CHANGE") == 1
