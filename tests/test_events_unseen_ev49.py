"""A party congress named as the origin of what it decided or achieved is no CONFERENCE told (ev49, issue 13;
invented sentences): a verb of deciding made a relative clause by 的, or the congress's outcome; the congress
told as held, or acting without 的, still is one."""

from __future__ import annotations

from eventpage import of


def _congresses(body: str) -> list[str]:
    return [str(e.attributes.get("name", "")) for e in of(body, "CONFERENCE")]


def test_goals_a_congress_set_out_are_no_congress_told():
    # 确立的: the congress qualifies the goals the speaker talks about
    body = "甲国总理张明远在演讲中回顾了老挝人民革命党第十一次全国代表大会所确立的八项任务。"
    assert _congresses(body) == []


def test_lines_a_congress_discussed_and_adopted_are_no_congress_told():
    # 讨论和决定通过的: a relative clause of two verbs of deciding
    body = "乙国外长李文华说,乙方高度重视越共十三大讨论并决定通过的各项外交方针。"
    assert _congresses(body) == []


def test_a_congress_outcome_is_no_congress_told():
    # 的主要成果: the outcome of the congress, told long after it
    body = "乙国外长李文华今天在讲座中向学生们介绍了中共十九大的主要成果。"
    assert _congresses(body) == []


def test_a_congress_held_is_still_told():
    # held (召开): the congress is reported
    body = "越南共产党第十五次全国代表大会今天在河内隆重召开,代表们讨论政治报告草案。"
    assert _congresses(body) != []
