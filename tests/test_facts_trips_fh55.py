"""Facts (fh, stop 55): the trips a person makes, counted after the visit verb (已出访八次), by a verb of
travel after the count (曾5次赴法国), or as the countries of a trip abroad (出国外访中亚4国), are the
traveller's, not the country the traveller serves; and a person's figure carries over to no later figure
of its paragraph that its own clause does not give the person. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社北京3月5日电 "


@pytest.mark.parametrize("body, want", [
    (X + "王毅就任外长以来已出访十一次,足迹遍及各大洲。", (11, "王毅")),
    (X + "据外交部官员介绍,王毅去年曾5次赴法国出席会议。", (5, "王毅")),
    (X + "这也是王毅今年首次出国外访中亚4国,哈萨克斯坦是第一站。", (4, "王毅")),
])
def test_a_persons_trips_are_the_travellers(body: str, want: tuple[float, str]) -> None:
    got = holders(body)
    assert want in got, got


def test_a_persons_trip_count_carries_over_to_no_set_counted_after_it() -> None:
    got = holders(X + "王毅就任外长以来已出访十一次,访问了中国30个建交国中的27国。")
    assert (11, "王毅") in got and (30, "王毅") not in got, got
