"""A land that only places its named locality (越南北方三省与中国云南省举行会谈: 中国 places 云南) is no side beside it;
a land whose localities go unnamed (越南北方三省) stays (pm55; invented sentences)."""

from __future__ import annotations

import pytest

from eventpage import sides

PLACED = [
    ("越南北方三省与中国云南省举行会谈。", "云南", "中国", "越南"),
    ("越南中部两省与老挝阿速坡省举行会谈。", "阿速坡", "老挝", "越南"),
]


@pytest.mark.parametrize(("body", "place", "placing", "unnamed"), PLACED)
def test_the_locality_and_not_the_land_placing_it(body: str, place: str, placing: str, unnamed: str) -> None:
    got = sides(body, "MEET")
    assert got and all(place in s and placing not in s and unnamed in s for s in got), got
