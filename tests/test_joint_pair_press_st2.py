"""A pair word told as speaking together (两国领导人将共同会见记者, 两国总理在会谈后共见记者时一致表示, 两人…,并发表公开
谈话) stands for the two leaders: SPEC's joint press statement is one STATEMENT of both (st2, issue 13; invented
sentences)."""

from __future__ import annotations

from tests.eventpage import of


def _said(body: str) -> list[tuple[list[str], str]]:
    return [(sorted(e.participants), e.status) for e in of(body, "STATEMENT")]


def test_two_lands_leaders_to_meet_the_press_are_each_lands_leader():
    # 中柬两国领导人: the leader of each of the two lands, not the last two people named (the other attendees)
    body = ("中国国务院总理张明远与柬埔寨首相李文华共同主持会议。老挝总理王大同、泰国总理赵一鸣出席会议。"
            "会后,中柬两国领导人将共同会见记者,介绍会议成果。")
    assert _said(body) == [(["张明远", "李文华"], "planned")]


def test_the_pair_meeting_the_press_after_the_talks_is_one_statement_of_both():
    body = "甲国总理张明远与乙国总理李文华举行会谈。两国总理在会谈后共见记者时一致表示,对两国关系发展感到满意。"
    assert _said(body) == [(["张明远", "李文华"], "occurred")]


def test_public_remarks_going_on_from_the_pair_are_both_leaders():
    body = "甲国总统张明远今天抵达乙国首都,受到乙国总统李文华欢迎,两人随后将举行会谈,并发表公开谈话。"
    assert _said(body) == [(["张明远", "李文华"], "planned")]


def test_the_pair_holding_talks_only_makes_no_statement():
    assert _said("甲国总统张明远今天抵达乙国首都,受到乙国总统李文华欢迎,两人随后将举行会谈。") == []
