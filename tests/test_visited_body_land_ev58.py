"""A visit to a body of another land (访问中国全国人大, 访问老挝国会, 访问越南国会) with no country named:
the body's land hosts (SPEC: VISIT participants are the visitors and the host country; the lead ev56/ev57 left
for 全国人大). The visitor's own body visited names no host (ev58; invented sentences, Simplified and
Traditional)."""

from __future__ import annotations

import pytest

from eventpage import sides

VISITED = [
    ("越南国会副主席陈光方率越南国会代表团5日访问中国全国人大。", ["中国", "陈光方"]),
    ("越南国会副主席陈光方率越南国会代表团5日访问老挝国会。", ["老挝", "陈光方"]),
    ("王东明率中国全国人大代表团5日访问越南国会。", ["王东明", "越南"]),
    ("越南国会代表团5日访问了中国全国人大。", ["中国", "越南国会"]),
    ("王東明率中國全國人大代表團5日訪問越南國會。", ["王东明", "越南"]),
]


@pytest.mark.parametrize(("body", "parties"), VISITED)
def test_the_visited_bodys_land_hosts(body: str, parties: list[str]) -> None:
    assert sides(body, "VISIT") == [parties]


def test_the_visitors_own_embassy_is_no_host() -> None:
    assert sides("越南国会主席陈青敏5日访问越南驻老挝大使馆。", "VISIT") == []
