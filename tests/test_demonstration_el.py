"""A demonstration, march or riot against a country (反华示威, 反中游行, 反北京示威) is a DISAPPROVE of the protesting land
against the land the short form after 反 names; a bare demonstration names no one protested against (el, stop 54;
invented sentences)."""

from __future__ import annotations

import pytest

from eventpage import sides

AGAINST = [
    ("数千名越南学生周日在胡志明市举行反华示威,高呼口号。", ["中国", "越南"]),
    ("越南反中游行昨天蔓延到岘港市。", ["中国", "越南"]),
    ("上千人在首尔街头举行反日示威。", ["日本", "韩国"]),
    ("大批民眾在河內舉行反北京示威。", ["中国", "越南"]),
]


@pytest.mark.parametrize(("body", "lands"), AGAINST)
def test_a_demonstration_against_a_land_is_a_protest(body: str, lands: list[str]) -> None:
    got = sides(body, "DISAPPROVE")
    assert any(all(n in s for n in lands) for s in got), got


def test_a_bare_demonstration_is_no_protest() -> None:
    assert not sides("示威者随后游行到市中心的广场。", "DISAPPROVE")
