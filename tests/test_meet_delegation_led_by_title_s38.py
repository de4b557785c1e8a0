"""甲会见了由乙国某职位率领的乙国某机构代表团: the delegation is led by a title left unnamed (由/以 before the
head), so the one who meets before the meeting word leads nothing and the body met stays a party."""

import pytest

from eventpage import sides

HEAD = "两国关系\n\n2025-03-09\n越通社河内——"


def meetings(sentence: str) -> list[list[str]]:
    return sides(sentence + "\n", "MEET", HEAD)


@pytest.mark.parametrize("sentence", [
    "越南国会主席陈青敏8日在河内会见了由老挝国会副主席率领的老挝国会代表团。",
    "越南国会主席陈青敏8日在河内会见了以老挝国会副主席为团长的老挝国会代表团。",
])
def test_the_body_met_stays_a_party(sentence: str) -> None:
    assert meetings(sentence) == [["老挝国会", "陈青敏"]]


def test_a_named_head_still_stands_for_the_body() -> None:
    got = meetings("越南国会主席陈青敏8日在河内会见了由老挝国会主席赛宋蓬·丰威汉率领的老挝国会代表团。")
    assert got == [["赛宋蓬·丰威汉", "陈青敏"]]
