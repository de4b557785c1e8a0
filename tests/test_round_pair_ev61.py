"""A numbered round whose clause opens with a pair word (双方进行…第三轮谈判, 两国外交部10日举行第十二轮磋商) is talks
of its own, whose sides are the two lands told before (ev61, sides.pair_talks; invented sentences, Simplified and
Traditional); a pair word with no count retells talks told before and gains nothing."""

from __future__ import annotations

import pytest

from eventpage import sides

ROUNDS = [
    ("越南与澳大利亚2018年建立战略伙伴关系。双方10日在堪培拉举行第五轮外交与国防战略对话。", {"越南", "澳大利亚"}),
    ("中国和新加坡互为重要合作伙伴。两国外交部10日在北京举行第十二轮外交磋商。", {"中国", "新加坡"}),
    ("越南同美国于2001年签署贸易协定。双方10日就投资协定进行第四轮谈判。", {"越南", "美国"}),
    ("越南副总理陈红河10日会见越南驻美国大使阮国勇。越南与美国2001年签署贸易协定。双方当天进行投资协定第三轮谈判。",
     {"越南", "美国"}),
    ("越南與澳大利亞2018年建立戰略夥伴關係。雙方10日在坎培拉舉行第五輪外交與國防戰略對話。", {"越南", "澳大利亚"}),
]


@pytest.mark.parametrize(("body", "lands"), ROUNDS)
def test_a_numbered_round_of_the_pair_is_their_meeting(body: str, lands: set[str]) -> None:
    got = sides(body, "MEET")
    assert any(lands <= set(s) for s in got), got


def test_a_pair_word_with_no_count_gains_no_sides() -> None:
    got = sides("中国和新加坡互为重要合作伙伴。两国外交部10日在北京举行磋商。", "MEET")
    assert not any({"中国", "新加坡"} <= set(s) for s in got), got
