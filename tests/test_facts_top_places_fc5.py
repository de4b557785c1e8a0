"""Facts (fc5, issue 13): 前N名 with no people named after it (位列越南外资来源地前三名, 跻身全球前二十名,
进入前十名行列) tells places at the top of a ranking, no count of people; 前三名获奖者 and 前三名选手 still
count the people. Invented sentences."""

from __future__ import annotations

import pytest

from invented import fact_units as values

V = "越通社河内2024年3月5日电——"


@pytest.mark.parametrize("body", [
    V + "新加坡、韩国和日本位列越南外资来源地前三名。",
    V + "越南跻身全球前二十名。",
    V + "越南进入全球前十名行列。",
    "（中央社記者王大明台北2024年3月5日電）台灣名列亞洲前五名,僅次於日本。",
])
def test_top_places_are_no_people(body: str) -> None:
    assert not [v for v in values(body) if v[1] == "person"], values(body)


@pytest.mark.parametrize("body, value", [
    (V + "前三名获奖者来自越南。", 3),
    (V + "越南派出前三名选手参赛。", 3),
])
def test_people_named_after_are_counted(body: str, value: float) -> None:
    assert (value, "person") in values(body), values(body)
