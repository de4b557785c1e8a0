"""A spouse named as escort and a late leader named only for his widow take no part (fa2, issue 13; common/
bystanders.py). Invented sentences: 由夫人某某的陪同下 / 在夫人某某陪同下 (the one escorted meets), 已故主席某某夫人 and
某某的遗孀 (the widow is met, not the late leader); a wife who acts herself stays."""

from __future__ import annotations

import pytest

from eventpage import sides


@pytest.mark.parametrize("body, gone", [
    ("智利总统黎文成9日下午由夫人何美玲的陪同下抵达总统府与挪威首相何文山会晤。", "何美玲"),
    ("智利总统黎文成在夫人何美玲的陪同下,9日与挪威首相何文山会晤。", "何美玲"),
    ("智利總統黎文成在夫人何美玲的陪同下,9日與挪威首相何文山會晤。", "何美玲"),
])
def test_an_escorting_spouse_meets_no_one(body: str, gone: str) -> None:
    got = sides(body, "MEET")
    assert got and all(gone not in g for g in got)
    assert {"黎文成", "何文山"} <= set(got[0])


def test_a_late_leader_named_for_his_widow_is_met_by_no_one() -> None:
    got = sides("挪威首相何文山9日拜访了前总理何美玲和已故总统黎文成夫人。", "MEET")
    assert got and all("黎文成" not in g for g in got)
    got = sides("挪威首相何文山9日拜访了前总理何美玲和智利前总统黎文成的遗孀。", "MEET")
    assert got and all("黎文成" not in g for g in got)


def test_a_wife_who_acts_stays() -> None:
    got = sides("智利总统黎文成夫人何美玲9日会见了挪威首相何文山。", "MEET")
    assert got and "何美玲" in got[0]
