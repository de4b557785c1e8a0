"""Two leaders meeting the press together after talks, told by a word for the pair (两国元首共同会见记者, 两人随后
共同会见记者, 两位外长随后共同出席新闻发布会, 双方共同举行联合记者会): SPEC's joint press statement is the
statement of both, so its speakers are the two sides of the talks told before (ev58; invented sentences,
Simplified and Traditional). A pair word with no talks before it names no one."""

from __future__ import annotations

import pytest

from eventpage import sides

JOINT = [
    ("国家主席习近平5日在北京人民大会堂同法国总统马克龙举行会谈。会谈后,两国元首共同会见记者。", ["习近平", "马克龙"]),
    ("新加坡总理黄循财5日同马来西亚首相安瓦尔举行会谈,两人随后共同会见记者。", ["安瓦尔·易卜拉欣", "黄循财"]),
    ("国务院总理李强5日在北京同澳大利亚总理阿尔巴尼斯举行年度会晤。双方共同举行联合记者会。", ["李强", "阿尔巴尼斯"]),
    ("新加坡外长维文5日同马来西亚外长穆罕默德·哈桑举行会谈,两位外长随后共同出席新闻发布会。",
     ["穆罕默德·哈桑", "维文·巴拉克里希南"]),
    ("國家主席習近平5日在北京人民大會堂同法國總統馬克龍舉行會談。會談後,兩國元首共同會見記者。", ["习近平", "马克龙"]),
    ("新加坡總理黃循財5日同馬來西亞首相安瓦爾舉行會談,兩人隨後共同會見記者。", ["安瓦尔·易卜拉欣", "黄循财"]),
]


@pytest.mark.parametrize(("body", "both"), JOINT)
def test_the_pair_meeting_the_press_are_the_two_of_the_talks(body: str, both: list[str]) -> None:
    assert both in sides(body, "STATEMENT")


def test_a_pair_word_with_no_talks_before_names_no_one() -> None:
    assert sides("两国元首5日共同会见记者。", "STATEMENT") == []
