"""Facts (fc6, issue 13): in a breakdown of twinned places (缔结友好城市150对,其中东盟友城70对,越南友城30对),
a party right before a twinned noun and its number names where the twins lie: it holds neither its own
part nor the parallel parts after it; the side that twins them (the total's holder) holds every part.
Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_holders as holders

X = "新华社南宁3月5日电 "
C = "（中央社記者王大明台北2024年3月5日電）"


@pytest.mark.parametrize("body, expected", [
    (X + "截至目前，广西已与世界各国缔结友好城市150对，东盟友城70对，越南友城30对。",
     [(150, "广西"), (70, "广西"), (30, "广西")]),
    (C + "臺北市迄今已締結姊妹市52個，當中美國姊妹市11個，日本姊妹市6個。", [(52, "台北"), (11, "台北"), (6, "台北")]),
    (X + "南宁市现有国际友好城市40对，老挝友好城市9对，泰国友好城市7对，越南友好城市5对。",
     [(40, "南宁"), (9, "南宁"), (7, "南宁"), (5, "南宁")]),
    (C + "高雄市已締結姊妹市30個，美國的姊妹市約8個，日本的姊妹市5個。", [(30, "高雄"), (8, "高雄"), (5, "高雄")]),
])
def test_parts_of_twinned_places_keep_the_totals_holder(body: str, expected: list[tuple[float, str]]) -> None:
    got = holders(body)
    assert all(e in got for e in expected), got


def test_a_party_acting_in_a_later_part_still_holds() -> None:
    # the part is its clause's subject (越南对泰国出口额): it holds its figure
    got = holders("越通社河内2024年3月5日电——越泰双边贸易额达200亿美元，其中越南对泰国出口额达80亿美元，"
                  "泰国对越南出口额达120亿美元。")
    assert (8e9, "越南") in got and (1.2e10, "泰国") in got, got
