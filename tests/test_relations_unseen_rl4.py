"""Relations in constructions the probe grid of helper rl4 (/work/notes/s7/rl4/probes.md) found unread or misread,
on invented sentences: a level told as standing with its short name, a pair of short forms before a qualified
level, and a level denied."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

HEAD = "标题\n\n2025年3月5日 新华社北京3月5日电 "


def relations(text: str) -> set[tuple[frozenset[str], str]]:
    doc = extract(HEAD + text + "\n", source="probe.txt")
    return {(frozenset((r.a, r.b)), r.level) for r in doc.relations}


# 战略合作伙伴 without 关系 is the strategic partnership, as 全面战略合作伙伴 is its own level's short form
@pytest.mark.parametrize("text, pair", [
    ("中国同巴基斯坦是全天候战略合作伙伴。", ("中国", "巴基斯坦")),
    ("中國和巴基斯坦是全天候戰略合作夥伴。", ("中国", "巴基斯坦")),
    ("越南与泰国是重要的战略合作伙伴。", ("越南", "泰国")),
])
def test_strategic_cooperative_partner_without_relation(text: str, pair: tuple[str, str]) -> None:
    assert relations(text) == {(frozenset(pair), "strategic_partnership")}


def test_strategic_cooperative_partner_country_is_no_relation() -> None:
    assert relations("中国是巴西的战略合作伙伴国之一。") == set()
