"""A press setting the sentence's subject holds with the one it joins to itself by 与/同/和 (甲总理在与乙首相举行的新闻
发布会上说; 甲主席同乙总统举行了会谈,…并会见记者): SPEC's joint press statement is the statement of both (official
dev/dev2: 甲与乙共同主持记者会, 甲与乙举行会谈之后召开了记者会), whatever post follows the subject's name, a 在
before the partner word, or the clauses going on from the talks to the setting (st1, issue 13; invented sentences,
Simplified and Traditional). The two speak together: both are the statement's source, no one its target."""

from __future__ import annotations

import pytest

from eventpage import of, sides

JOINT = [
    ("黄循财总理在与安瓦尔首相举行的新闻发布会上说,两国将扩大数字贸易。", ["安瓦尔·易卜拉欣", "黄循财"]),
    ("访问期间,习近平主席同马克龙总统举行了会谈,共同见证多份合作文件签署并会见记者。", ["习近平", "马克龙"]),
    ("6月9日,李强总理与阿尔巴尼斯总理举行年度会晤,出席企业家座谈会并会见记者。", ["李强", "阿尔巴尼斯"]),
    ("黃循財總理在與安瓦爾首相舉行的新聞發佈會上說,兩國將擴大數字貿易。", ["安瓦尔·易卜拉欣", "黄循财"]),
]


@pytest.mark.parametrize(("body", "both"), JOINT)
def test_the_subject_and_the_one_joined_to_it_hold_the_press_setting(body: str, both: list[str]) -> None:
    assert both in sides(body, "STATEMENT")


def test_both_speak_and_no_one_is_addressed() -> None:
    st = [e for e in of(JOINT[0][0], "STATEMENT") if len(e.participants) == 2]
    assert st and sorted(st[0].source) == JOINT[0][1] and st[0].target == []


ALONE = [
    # the press met in a sentence of its own: the one named there
    ("黄循财总理同安瓦尔首相举行会谈。会谈结束后,黄循财总理会见记者。", ["黄循财"]),
    # another person named between the talks and the setting speaks
    ("习近平主席同马克龙总统举行了会谈,外长王毅随后会见记者。", ["王毅"]),
]


@pytest.mark.parametrize(("body", "one"), ALONE)
def test_no_partner_is_joined_across_a_sentence_or_another_speaker(body: str, one: list[str]) -> None:
    got = sides(body, "STATEMENT")
    assert one in got and not any(len(s) > 1 for s in got)
