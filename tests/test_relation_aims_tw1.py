"""A level told as an aim is no relation held (helper tw1, issue 13): an expectation (料将), a course set towards it
(面向), a time still to come (将在/将于 + when, 将努力) or a wish word followed at once by 成 ('become') governing the
verb that would set it up, announce it or sign it; a level in quotes is read in the clause the quotes stand in.
将 alone brings the relation forward and stays a decision (official dev2: 一致同意,将双边关系提升为…)."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def relations(sentence: str) -> set[tuple[frozenset[str], str]]:
    doc = extract("标题\n\n2023年3月5日 新华社北京3月5日电 " + sentence + "\n")
    return {(frozenset((r.a, r.b)), r.level) for r in doc.relations}


@pytest.mark.parametrize("aim", [
    "两国关系稳步发展,面向建立越南与智利战略伙伴关系。",
    "肯尼亚和越南料将宣布彼此为战略伙伴。",
    "越南与墨西哥拟成战略伙伴。",
    "越南和智利将在明年年初签署一项“全面伙伴”协定。",
    "越南与埃及将努力建立一种战略伙伴关系。",
    "越南与秘鲁将于明年建立全面伙伴关系。",
])
def test_an_expected_or_coming_level_is_no_relation(aim: str) -> None:
    assert relations(aim) == set()


@pytest.mark.parametrize("sentence, pair, level", [
    ("越南与韩国一致同意,将双边关系提升为全面战略伙伴关系。", ("越南", "韩国"), "comprehensive_strategic_partnership"),
    ("越南与新西兰将在全面伙伴关系框架下加强合作。", ("越南", "新西兰"), "comprehensive_partnership"),
    ("越南与新西兰将在庆祝建立全面伙伴关系十周年之际互派代表团。", ("越南", "新西兰"), "comprehensive_partnership"),
    ("越南和智利已于去年签署一项“全面伙伴”协定。", ("越南", "智利"), "comprehensive_partnership"),
    ("越南愿与智利巩固双方达成的战略伙伴关系。", ("越南", "智利"), "strategic_partnership"),
])
def test_a_decided_or_held_level_stays(sentence: str, pair: tuple[str, str], level: str) -> None:
    assert relations(sentence) == {(frozenset(pair), level)}
