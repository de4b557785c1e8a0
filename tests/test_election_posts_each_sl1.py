"""Several people each elected to a post in one clause (国会选举甲为国会主席、乙为国家主席、丙为政府总理): one
ELECTION each, as the official gold counts one per person elected where each has a verb of his own (甲当选总理、
乙当选议长: dev); a person only named in a post's words (…为甲的副手) is no one elected (sl1; invented sentences,
Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import sides

LISTS = [
    ("老挝国会9日举行会议,选举宋赛为国会主席、通伦为国家主席、潘坎为政府总理。", ["宋赛", "通伦", "潘坎"]),
    ("老挝国会第一次会议已选出宋赛同志为国家主席、通伦同志为政府总理和潘坎同志为国会主席。", ["宋赛", "通伦", "潘坎"]),
    ("寮國國會9日舉行會議,選舉宋賽為國會主席、通倫為國家主席。", ["宋赛", "通伦"]),
]


@pytest.mark.parametrize(("body", "people"), LISTS)
def test_one_election_per_person_listed_with_a_post(body: str, people: list[str]) -> None:
    got = sides(body, "ELECTION")
    for p in people:
        assert sum(p in "|".join(s) for s in got) == 1, (p, got)
    assert all(sum(p in "|".join(s) for p in people) == 1 for s in got), got


def test_one_person_elected_stays_one_election() -> None:
    got = sides("老挝国会9日举行会议,选举宋赛为国会主席。", "ELECTION")
    assert len(got) == 1 and "宋赛" in "|".join(got[0]), got
