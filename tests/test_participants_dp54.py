"""Deployments to a list of lands (dp54; invented sentences): a unit serving in several lands, told as a list after
在 in the deployment's sentence (the trigger's clause or a later one), is one DEPLOYMENT per land with the side that
sends (the home body that serves, not the home country the sentence leaves unnamed), the body running the missions
(联合国) none of them (the official gold's convention); a 在 before the trigger in an earlier clause is another
verb's place."""

from __future__ import annotations

import pytest

from eventpage import sides

HOME = "越南一贯积极参与国际事务,越南愿为世界和平作出更大贡献。"

LISTED = [
    ("参与联合国维和行动已近十年,越南人民军官兵以过硬作风,在马里、黎巴嫩和刚果(金)等地区,赢得了当地民众的信任。",
     [["刚果（金）", "越南人民军"], ["越南人民军", "马里"], ["越南人民军", "黎巴嫩"]]),
    ("自2016年以来,越南已派遣二百多名官兵参加在马里和黎巴嫩的联合国维和行动。",
     [["越南", "马里"], ["越南", "黎巴嫩"]]),
    ("越南工兵分队在苏丹、索马里执行联合国维和任务。", None),
]


@pytest.mark.parametrize(("body", "parties"), LISTED)
def test_one_deployment_per_land_listed_after_zai(body: str, parties: list[list[str]] | None) -> None:
    got = sides(HOME + body, "DEPLOYMENT")
    assert not any("联合国" in g for g in got)
    lands = [land for g in got for land in g if land in ("马里", "黎巴嫩", "刚果（金）", "苏丹", "索马里")]
    assert len(lands) == len(set(lands)) >= 2  # each land in an event of its own
    if parties is not None:
        assert sorted(got) == sorted(parties)


def test_a_place_in_an_earlier_clause_is_another_verbs() -> None:
    got = sides(HOME + "越南在马里开设了一所野战医院,并首次将工兵队派遣到联合国黎巴嫩临时部队。", "DEPLOYMENT")
    assert not any("马里" in g and "黎巴嫩" in g for g in got)


def test_the_home_country_named_as_sender_stays() -> None:
    got = sides(HOME + "越南派遣越南人民军官兵在马里和黎巴嫩执行任务。", "DEPLOYMENT")
    assert sorted(got) == [["越南", "越南人民军", "马里"], ["越南", "越南人民军", "黎巴嫩"]]
