"""A speech the sentence places at a venue of its own (在某研究中心发表重要讲话, 将在议会上发表讲话, 在大会发表讲话)
during a visit whose talks are told the same day is a STATEMENT of its own (SPEC: a speech or address is a
statement); a speech the sentence places at the talks (在会谈上发表讲话) stays their content (sv, invented sentences)."""

from __future__ import annotations

from eventpage import of


def _speeches(body: str, who: str) -> int:
    return sum(1 for e in of(body, "STATEMENT") if e.participants and e.participants[0] == who)


def test_a_speech_at_an_institute_during_a_visit_with_talks_that_day_is_a_statement():
    body = ("甲国总理张明远3月5日结束对乙国的正式访问回到首都。访问期间,张明远同乙国总统李文华举行了会谈,"
            "会见了乙国议长王大山。值此之际,张明远在乙国国家政治学院发表重要讲话并同学者交换意见。")
    assert _speeches(body, "张明远") == 1


def test_a_speech_planned_at_a_parliament_during_a_visit_is_a_statement():
    body = ("甲国总理张明远5月8日开始对乙国进行为期三天的正式访问。访问期间,张明远将与乙国总理李文华举行会谈。"
            "张明远还将在乙国议会上发表讲话。")
    speeches = [e for e in of(body, "STATEMENT") if e.participants and e.participants[0] == "张明远"]
    assert len(speeches) == 1 and speeches[0].status == "planned"


def test_a_speech_at_the_talks_stays_their_content():
    body = ("甲国国防部长张明远5月8日同乙国国防部长李文华举行会谈。"
            "张明远在会谈上发表讲话表示,两军合作取得积极成果。")
    assert _speeches(body, "张明远") == 0


def test_a_speech_at_the_meeting_itself_stays_its_content():
    body = "甲国外长张明远当天会见了乙国驻甲国大使李文华等各国使节。张明远在见面会上发表讲话,勉励各国使节推动合作。"
    assert _speeches(body, "张明远") == 0
