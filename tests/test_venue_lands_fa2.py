"""A country named only as where a conference is held is where, not who (fa2, issue 13; SPEC: a CONFERENCE's
participants are its holding body and the people the text places at it). Invented sentences: the land after
在/于/赴 that the holding or attending verb closes, alone or before a city, leaves the participants (and is the
location where no city is named); a land whose leader invited the attendees, or that the meeting is named for by a
city of its own, or that the sentence names elsewhere too, stays."""

from __future__ import annotations

import pytest

from eventpage import of


def _conference(body: str) -> tuple[list[str], str | None]:
    got = of(body, "CONFERENCE")
    assert got, body
    return got[0].participants, got[0].location


@pytest.mark.parametrize("body, land", [
    ("越南外交部副部长黎文成9日出席了在挪威举行的2025年北极创新论坛年会。", "挪威"),
    ("越南外交部副部长黎文成9日出席了在挪威舉行的2025年北極創新論壇年會。", "挪威"),
    ("越南国防部长黎文成9日在智利出席第5届太平洋防务论坛。", "智利"),
    ("越南国防部长黎文成9日在智利圣地亚哥出席第5届太平洋防务论坛。", "智利"),
    ("第8届湄公河农业论坛9日在泰国曼谷隆重开幕,越南农业部长黎文成出席。", "泰国"),
])
def test_the_land_a_conference_meets_in_is_no_participant(body: str, land: str) -> None:
    participants, _ = _conference(body)
    assert "黎文成" in participants
    assert land not in participants


def test_the_land_alone_is_the_location_and_a_city_stays_the_location() -> None:
    assert _conference("越南外交部副部长黎文成9日出席了在挪威举行的2025年北极创新论坛年会。")[1] == "挪威"
    assert _conference("越南国防部长黎文成9日在智利圣地亚哥出席第5届太平洋防务论坛。")[1] == "圣地亚哥"


@pytest.mark.parametrize("body, land", [
    # the land's leader invited the attendees: it hosts
    ("应中国国家主席习近平的邀请,越南国家主席黎文成9日出席在中国北京举行的第5届国际合作论坛。", "中国"),
    # the forum is named for a city of the land it meets in: the land's own
    ("越南国防部长黎文成9日在中国北京出席第5届北京国际防务论坛。", "中国"),
    # named elsewhere in the sentence as a party too
    ("挪威与越南9日在挪威共同举办第5届北极创新论坛。", "挪威"),
])
def test_a_hosting_land_stays(body: str, land: str) -> None:
    participants, _ = _conference(body)
    assert land in participants
