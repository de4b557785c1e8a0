"""A joint press appearance after talks is one STATEMENT of both sides (SPEC), in three more forms (st7, issue 13;
invented sentences): the pair word holding it without a together word (双方在会谈后举行记者会), a time between the
speaker and the partner (甲15日与乙共见记者时表示), and a clause going on from the sentence's subject that joins the
partner itself (甲主持欢迎仪式,…,并与乙举行会谈和会见记者)."""

from __future__ import annotations

from tests.eventpage import of


def _said(body: str) -> list[list[str]]:
    return [sorted(e.participants) for e in of(body, "STATEMENT")]


def test_both_sides_holding_a_press_conference_after_the_talks_speak_together():
    body = "甲国总统张明远与乙国总统李文华举行会谈。双方在会谈后举行记者会,介绍会谈成果。"
    assert _said(body) == [["张明远", "李文华"]]


def test_a_day_between_the_speaker_and_the_partner_keeps_the_partner():
    body = "甲国外长张明远15日与乙国外长李文华共见记者时表示,两国将加强合作。"
    assert _said(body) == [["张明远", "李文华"]]


def test_a_clause_going_on_with_the_partner_to_the_press_is_the_subjects_and_the_partners():
    body = ("甲国国家主席张明远主持欢迎仪式和国宴,欢迎乙国总统李文华对甲国进行国事访问,"
            "并与李文华举行会谈和会见记者。")
    assert _said(body) == [["张明远", "李文华"]]


def test_a_lone_press_conference_keeps_its_one_speaker():
    body = "甲国外长张明远15日举行记者会时表示,两国将加强合作。"
    assert _said(body) == [["张明远"]]
