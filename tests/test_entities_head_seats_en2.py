"""A head's seat told as the place of a meeting is a place (en2, issue 13; recognize/seats.py
place_head_seats, data/seats.toml head_seats): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _entities(text: str) -> list[dict]:
    return to_record(extract("题目\n\n" + text + "\n"))["entities"]


def _places(text: str) -> dict[str, list[str]]:
    return {e["name"]: e["mentions"] for e in _entities(text) if e["type"] == "LOCATION"}


def test_a_bare_seat_after_its_holders_post_is_a_place_not_the_holder():
    ents = _entities("新西兰总理甲某当天在总理府会见了来访的越南代表团。")
    assert ("LOCATION", "总理府") in {(e["type"], e["name"]) for e in ents}
    assert not any(e["type"] == "PERSON" and "总理" in e["mentions"] for e in ents)


def test_a_seat_opened_by_its_lands_short_form_is_named_with_the_land():
    places = _places("越南代表团当天下午抵达马国首相官邸与对方会晤。")
    assert "马来西亚首相官邸" in places
    assert "马国首相官邸" in places["马来西亚首相官邸"]


def test_a_seat_opened_by_a_city_keeps_the_city_and_the_bare_seat():
    places = _places("两国首相当天在东京首相官邸握手并举行会谈。")
    assert "东京" in places
    seat = next(m for n, m in places.items() if n.endswith("首相官邸"))
    assert "东京首相官邸" in seat and "首相官邸" in seat


def test_a_lands_state_form_running_into_the_seat_is_cut_back_to_the_land():
    ents = _entities("老挝领导人甲某在古巴国家主席府出席了欢迎仪式。")
    names = {(e["type"], e["name"]) for e in ents}
    assert ("LOCATION", "古巴国家主席府") in names
    assert ("COUNTRY", "古巴") in names


def test_an_office_in_a_place_phrase_is_the_meetings_place():
    assert "总统办公室" in _places("双方周三在位于马累的总统办公室举行会谈。")


def test_an_office_with_a_post_after_it_stays_a_body():
    ents = _entities("新西兰总理办公室主任甲某表示,双方将加强合作。")
    assert not any(e["type"] == "LOCATION" and "总理办公室" in e["name"] for e in ents)
