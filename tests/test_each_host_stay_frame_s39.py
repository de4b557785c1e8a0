"""Hosts listed before 分别 who each meet the guest their stay frame names (甲、乙在丙访问某国期间分别会见了丙一行):
one meeting of each host with the guest (issue 13: one event per counterpart); the guest named in the frame is no
host."""

import pytest

from eventpage import sides

HEAD = "测试新闻\n\n2025-03-05\n\n"


@pytest.mark.parametrize("body, met", [
    ("新华社开罗3月5日电 埃及副总理贾马尔、外交部长阿拉比在中国外交部副部长翟隽4日至5日访问埃及期间分别会见了翟隽一行。",
     [["翟隽", "贾马尔"], ["翟隽", "阿拉比"]]),
    ("越通社河内——越南国家主席梁强、政府总理范明政在王毅访问越南期间分别会见了王毅一行。",
     [["梁强", "王毅"], ["王毅", "范明政"]]),
    ("越通社河内——越南国家主席梁强、政府总理范明政5日在王毅访问越南期间分别会见了王毅。",
     [["梁强", "王毅"], ["王毅", "范明政"]]),
])
def test_each_host_meets_the_guest_of_the_frame(body: str, met: list[list[str]]) -> None:
    assert sorted(sides(body + "\n", "MEET", HEAD)) == sorted(met)
