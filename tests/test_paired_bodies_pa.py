"""Two bodies of two lands joined as the pair that acts (甲部与乙部签署…, 甲部同乙部之间达成的协议, 甲阵线同乙阵线联合举行
…会议) are the parties, and their lands, named elsewhere in the sentence, are not (pa, stop 53: the open gold never
lists a land beside its own body). Invented sentences; a pair of lands, or of posts, keeps its lands."""

from __future__ import annotations

import pytest

from eventpage import of


def _parties(body: str, kind: str) -> list[str]:
    got = of(body, kind)
    assert got, body
    return got[0].participants


@pytest.mark.parametrize("body, kind, bodies, lands", [
    ("越南与老挝传统友谊深厚,越南外交部与老挝外交部于2019年签署合作备忘录。", "AGREEMENT",
     ["越南外交部", "老挝外交部"], ["越南", "老挝"]),
    ("河内援助大米是根据越南农业部同老挝农业部之间达成的协议进行的。", "AGREEMENT",
     ["越南农业部", "老挝农业部"], ["越南", "老挝"]),
    ("越南国防部与泰国国防部9日在曼谷签署国防合作谅解备忘录,越泰关系不断发展。", "AGREEMENT",
     ["越南国防部", "泰国国防部"], ["越南", "泰国"]),
    ("12月5日,越南祖国阵线中央委员会同老挝建国阵线中央委员会在越老边境联合举行第三次国际会议。", "CONFERENCE",
     ["越南祖国阵线中央委员会"], ["越南", "老挝"]),
])
def test_a_pair_of_bodies_acts_without_its_lands(body: str, kind: str, bodies: list[str], lands: list[str]) -> None:
    parties = _parties(body, kind)
    assert all(b in parties for b in bodies), parties
    assert not any(land in parties for land in lands), parties


@pytest.mark.parametrize("body, lands", [
    ("越南与老挝于2019年签署合作备忘录。", ["越南", "老挝"]),  # a pair of lands signs
    ("越南外交部长和老挝外交部长于2019年签署合作备忘录。", ["越南", "老挝"]),  # posts, no bodies joined
])
def test_lands_stay_where_no_bodies_are_joined(body: str, lands: list[str]) -> None:
    parties = _parties(body, "AGREEMENT")
    assert all(land in parties for land in lands), parties
