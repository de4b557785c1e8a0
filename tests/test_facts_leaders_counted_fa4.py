"""Leaders of states counted (fa4, stop 62, issue 13): heads of state or government and leaders of countries counted
with a classifier for people (40多位国家元首和政府首脑, 近20名各国领导人) count the states they stand for (unit count,
figures/leadercounts.py), and those a person meets are the person's, also where a pronoun opens the clause
(visitors.pronoun_visitor, facts.toml met_count_at). A body's leaders and representatives stay people. Invented
sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders, fact_units

X = "新华社河内3月5日电 "


@pytest.mark.parametrize("body, want", [
    (X + "本届论坛将有40多位国家元首和政府首脑出席。", 40),
    (X + "开幕以来,博览会共接待了12位外国政要。", 12),
    (X + "峰会期间,洪森与20多位各国领导人举行双边会见。", 20),
])
def test_leaders_of_states_counted_are_a_count(body: str, want: int) -> None:
    got = fact_units(body)
    assert (want, "count") in got and (want, "person") not in got, got


def test_a_bodys_leaders_and_representatives_are_people() -> None:
    got = fact_units(X + "共有150多名东盟各国友好协会领导和代表出席大会。")
    assert (150, "person") in got, got


@pytest.mark.parametrize("body", [
    X + "峰会期间,洪森与20多位各国领导人举行双边会见。",
    X + "洪森于3月1日至3日赴东京出席峰会。期间,他与近20名各国领导人举行双边会见。",
])
def test_the_leaders_a_person_meets_are_the_persons(body: str) -> None:
    got = fact_holders(body)
    assert (20, "洪森") in got, got
