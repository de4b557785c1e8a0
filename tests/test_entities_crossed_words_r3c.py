"""A known name that a plain word crosses or holds is none: 社会 + 安全 holds no 会安 (Hội An), 升华 + 为 no
华为 (Huawei); the names stand where the text means them (invented text)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _names(text: str) -> set[str]:
    doc = extract("题目\n\n" + text + "\n")
    return {e.name for e in doc.entities}


@pytest.mark.parametrize("text, stray", [
    ("两国警方将加强协作,维护边境地区社会安全秩序。", "会安"),
    ("走私活动对当地环境和社会安定造成了严重影响。", "会安"),
    ("双方表示,要让这一节日升华为两国人民友好的象征。", "华为技术有限公司"),
])
def test_a_word_crossing_a_name_leaves_none(text: str, stray: str):
    found = _names(text)
    assert stray not in found, found


def test_the_names_are_still_read():
    assert "会安" in _names("代表团前往会安古城参观。")
    assert "华为技术有限公司" in _names("华为公司在当地设立研发中心。")
