"""A meeting's place is where, never the one met (me8, issue 13): a city, province or building after 在/于 that a
meeting word closes is no side even where it would be the only one beside the subject; a meeting whose partner the
sentence leaves unnamed (会见代表团, 会见。) is not read with the place standing in for it. Invented sentences."""

from __future__ import annotations

from eventpage import of


def _parts(text: str) -> list[list[str]]:
    return [e.participants for e in of(text, "MEET")]


def test_a_city_is_no_partner_of_a_talk_whose_partner_is_unnamed():
    assert _parts("老挝国家主席通伦2日在万象会见了代表团。") == []


def test_a_building_is_no_partner_either():
    assert _parts("越南国会主席王廷惠3日在河内国会大厦会见代表团一行。") == []


def test_the_host_land_and_its_city_make_no_meeting():
    assert _parts("泰国在曼谷举办的三方会谈,邀请越南、老挝共同协商湄公河合作。") == []


def test_a_named_partner_met_at_a_city_stays():
    assert _parts("老挝国家主席通伦2日在万象会见了越南国会主席王廷惠。") == [["通伦·西苏里", "王廷惠"]]


def test_a_reception_held_alone_at_a_city_is_still_read():
    # (the official seeds' kind: a body's reception at a city is a meeting of that body, the city where)
    meets = of("越南驻泰国大使馆9日在曼谷隆重举行国庆招待会。", "MEET")
    assert [e.participants for e in meets] == [["越南驻泰国大使馆"]]
