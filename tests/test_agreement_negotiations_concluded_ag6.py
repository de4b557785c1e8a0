"""Negotiations told as concluded (已分别完成同甲和乙边界问题的谈判, 终于完成两国海上边界的谈判工作, 已提前完成…磋商
草案的第一轮审读) are an agreement reached, as 结束了…谈判 is; an aim to conclude them (尽快完成…的谈判, 同意尽快完成
…磋商) tells none (the official dev d01 counts none). ag6, issue 13: fp47 fp60 fp80. Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

HEAD = "两国边界问题取得进展"


def _agreements(sentence: str) -> list[list[str]]:
    text = f"{HEAD}\n\n新华社北京3月9日电 {sentence}\n"
    return [sorted(e.participants) for e in extract(text, source="probe.txt").events if e.type == "AGREEMENT"]


@pytest.mark.parametrize("sentence, lands", [
    ("吉尔吉斯斯坦总统8日在国会会议上说,该国已分别完成同乌兹别克斯坦和塔吉克斯坦边界问题的谈判。",
     {"乌兹别克斯坦", "塔吉克斯坦"}),
    ("泰国总理8日与到访的缅甸总统会晤后宣布,经过多年谈判,泰国和缅甸终于完成两国海上边界的谈判工作。",
     {"泰国", "缅甸"}),
    ("老挝和柬埔寨已提前完成湄公河航运协定文本磋商草案的第一轮审读。", {"老挝", "柬埔寨"}),
])
def test_negotiations_concluded_are_an_agreement(sentence: str, lands: set[str]) -> None:
    got = _agreements(sentence)
    assert any(lands <= set(p) for p in got), got


@pytest.mark.parametrize("sentence", [
    "两国领导人同意尽快完成泰国和缅甸之间海上边界问题的谈判。",
    "老挝和柬埔寨双方同意尽快完成延期的磋商工作。",
    "老挝和柬埔寨两国外长8日会晤,同意早日完成大米贸易协定的谈判。",
])
def test_an_aim_to_conclude_is_none(sentence: str) -> None:
    assert _agreements(sentence) == []
