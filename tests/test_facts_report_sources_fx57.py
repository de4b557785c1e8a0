"""Facts (fx57): people counted as a report's sources (引述四名消息人士的说法, 据3名知情人士透露, 1名上班族告诉
法新社) tell where the story comes from, no count the story tells; people counted elsewhere, a 据 before
another phrase included, stay counts. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_units

V = "越通社河内2024年3月5日电——"


@pytest.mark.parametrize("body", [
    V + "路透社引述四名消息人士的说法称,两国将签署协议。",
    V + "据3名知情人士透露,协议将于下月签署。",
    V + "1名上班族告诉法新社,他很高兴。",
    V + "消息人士称,五名官员向记者透露了细节。",
])
def test_sources_are_no_count(body: str) -> None:
    assert not [f for f in fact_units(body) if f[1] == "person"], fact_units(body)


@pytest.mark.parametrize("body, value", [
    (V + "共有300名代表出席会议。", 300),
    (V + "据统计,共有3000名游客抵达岘港。", 3000),
])
def test_people_counted_stay(body: str, value: float) -> None:
    assert (value, "person") in fact_units(body)
