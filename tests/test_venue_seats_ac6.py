"""A land named only as where a conference is held stays out of its participants when the sentence names its capital
or one of its cities right after it (ac6, issue 13): 在某国首都某城举行的…, 某国中部城市某城 are one run of places, as
在某国某城 already was (fa2). Official gold agrees (dev: 全体会议在越南首都河内举行 -> the party alone; dev2: 在越南首都
河内…进行座谈 -> no land). A land whose own leader the sentence places at the gathering hosts it and stays.
The same run holds for a meeting's or reception's places (ac2): 在某国首都某城举行招待会 leaves the city out.
Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import of


def _conference(body: str) -> tuple[list[str], str | None]:
    got = of(body, "CONFERENCE")
    assert got, body
    return got[0].participants, got[0].location


@pytest.mark.parametrize("body, land, city", [
    ("越南外交部副部长黎文成9日出席在挪威首都奥斯陆举行的第5届北极创新论坛年会。", "挪威", "奥斯陆"),
    ("越南国防部长黎文成9日在智利首都圣地亚哥出席第5届太平洋防务论坛。", "智利", "圣地亚哥"),
    ("第8届湄公河农业论坛9日在泰国北部城市清迈隆重开幕,越南农业部长黎文成出席。", "泰国", "清迈"),
])
def test_a_land_before_its_capital_or_city_is_no_participant(body: str, land: str, city: str) -> None:
    participants, location = _conference(body)
    assert "黎文成" in participants
    assert land not in participants
    assert location == city


def test_a_land_whose_own_leader_attends_hosts() -> None:
    participants, _ = _conference("第8届湄公河农业论坛9日在泰国首都曼谷开幕,泰国总理巴育和越南农业部长黎文成出席。")
    assert "泰国" in participants


def test_the_capital_a_reception_is_held_in_is_no_side() -> None:
    got = of("越南驻泰国大使馆9日晚在泰国首都曼谷举行国庆招待会,泰国副总理巴育出席。", "MEET")
    assert got
    assert {"越南驻泰国大使馆", "巴育"} <= set(got[0].participants)
    assert "曼谷" not in got[0].participants
    assert got[0].location == "曼谷"
