"""Words the sentence places at a conference (在某论坛峰会开幕式上,某主席强调…; 去年某峰会上,某主席提议…; 某某在某高峰会中
则提到…) are a speech there, a STATEMENT of its own (SPEC: a speech at a conference is a CONFERENCE and a STATEMENT), not
the content of talks or a message the speaker is a party to on another day; at a summit that is the speaker's talks
that day, or told inside another's words, they stay none (st9, issue 13: fp47, fp54, fp69; invented sentences)."""

from __future__ import annotations

from tests.eventpage import of


def _said(body: str) -> list[list[str]]:
    return [sorted(e.participants) for e in of(body, "STATEMENT")]


_TALKS = "甲国总统张明远6月9日在首都同来访的乙国总统李文华举行会谈,双方就双边合作交换意见。"


def test_words_at_a_summit_years_ago_are_a_speech_not_the_talks():
    body = _TALKS + "5年前,在东方合作论坛峰会开幕式上,张明远总统强调,两国友好要代代相传。"
    assert ["张明远"] in _said(body)


def test_a_proposal_at_last_years_summit_is_a_speech():
    body = _TALKS + "去年东方合作论坛峰会上,张明远总统提议将双边关系提升到战略层面。"
    assert ["张明远"] in _said(body)


def test_a_point_made_at_a_summit_is_a_speech():
    body = "甲国总统张明远5月2日抵达乙国首都出席东方峰会。张明远在东方峰会中则提到,地区局势趋于稳定。"
    assert ["张明远"] in _said(body)


def test_a_proposal_in_talks_is_no_speech():
    body = _TALKS + "张明远提议双方加强经贸合作。"
    assert ["张明远"] not in _said(body)


def test_words_at_a_summit_that_is_the_days_talks_are_their_content():
    body = ("甲国总统张明远6月9日在首都会见乙国总统李文华,双方举行两国峰会。"
            "张明远在峰会上表示,两国应加强合作。")
    assert ["张明远"] not in _said(body)


def test_words_at_a_summit_told_inside_anothers_are_not_the_speakers_own():
    body = ("甲国外长王大同9日表示,去年在东方峰会期间,张明远总统在会议上曾表示,希望两国加强合作。"
            "张明远总统9日同乙国总统李文华举行会谈。")
    assert ["张明远"] not in _said(body)
