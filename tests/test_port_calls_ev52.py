"""A warship's or a fleet's port call told as a visit or an arrival is a DEPLOYMENT (ev52; the official gold types
a carrier's visit so), and an office taken by oath (宣誓就任, 宣誓就职) is an ELECTION of the one sworn in.
Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import of, sides


@pytest.mark.parametrize(("body", "expected"), [
    # (nv, stop 54) with no ship named the navy's body calls, as a berthing's force does in the official gold
    ("澳大利亚海军两艘护卫舰7日抵达菲律宾马尼拉港。", ["澳大利亚海军", "菲律宾"]),
    ("法国海军一艘巡洋舰周三到访泰国,停留三日。", ["法国海军", "泰国"]),
    ("韩国海军舰艇编队11日起对老挝进行为期五天的友好访问。", ["老挝", "韩国海军"]),
    ("印度海军训练舰下月将访问印度尼西亚雅加达港。", ["印度尼西亚", "印度海军"]),
    # a ship named: the ship and its navy's land (the official gold's carrier visit)
    ("英国海军航空母舰威尔士亲王号下周访问新加坡樟宜港。", ["威尔士亲王号", "新加坡", "英国"]),
])
def test_a_ship_visiting_a_port_is_a_deployment(body: str, expected: list[str]) -> None:
    assert expected in sides(body, "DEPLOYMENT")


@pytest.mark.parametrize("body", [
    "美国海军一艘驱逐舰的舰长7日访问菲律宾。",  # a person of the ship visits: no port call
    "她表示,法国军舰到访,将推动两国海上合作。",  # the call named as a topic, told before
])
def test_no_port_call_told(body: str) -> None:
    assert not of(body, "DEPLOYMENT")


@pytest.mark.parametrize(("body", "person"), [
    ("菲律宾当选总统小马科斯30日在马尼拉宣誓就任。", "小马科斯"),
    ("新加坡总理黄循财15日正式宣誓就职。", "黄循财"),
])
def test_an_oath_of_office_is_an_election(body: str, person: str) -> None:
    assert any(person in e.participants for e in of(body, "ELECTION"))
