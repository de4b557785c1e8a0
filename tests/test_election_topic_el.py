"""An election or appointment told in a clause of a life's story that opens on its date and names no one (某某于…出生,
…,2009年3月当选议长): the one elected is the person the sentence is about; and a passive with 获 (某某获国会选为…) names
the body that elects (el, stop 54; invented sentences)."""

from __future__ import annotations

import pytest

from eventpage import sides

LEAD = "两国关系发展良好。"
TOPIC = [
    ("武文赏于1962年5月出生,是越南清化省人,曾任外交部副部长,2019年8月当选国会副主席,深受好评。", "武文赏"),
    ("陈青敏是越共历史上任职最久的部长之一,2015年出任越共中央组织部部长,主持干部工作。", "陈青敏"),
    ("武文赏是律师出身,3月12日获越南国会选为国会副主席,这是他首次出访。", "武文赏"),
    ("武文赏於1962年5月出生,曾任外交部副部長,2019年8月當選國會副主席。", "武文赏"),
]


@pytest.mark.parametrize(("body", "person"), TOPIC)
def test_the_sentences_subject_is_elected_in_a_dated_clause(body: str, person: str) -> None:
    assert any(person in s for s in sides(LEAD + body, "ELECTION")), sides(LEAD + body, "ELECTION")


def test_the_body_after_the_passive_elects() -> None:
    got = sides(LEAD + "武文赏是律师出身,3月12日获越南国会选为国会副主席。", "ELECTION")
    assert any("越南国会" in s for s in got), got


def test_two_people_before_the_clause_name_no_subject() -> None:
    got = sides(LEAD + "范明政会见武文赏时表示,双方关系良好,2019年8月当选国会副主席。", "ELECTION")
    assert not any("范明政" in s or "武文赏" in s for s in got), got


def test_a_person_after_a_clause_mark_is_no_subject() -> None:
    got = sides(LEAD + "据报道,武文赏曾任外交部副部长,2019年8月当选国会副主席。", "ELECTION")
    assert not any("武文赏" in s for s in got), got
