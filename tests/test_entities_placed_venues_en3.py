"""A venue read with the place it lies in before it is named without that place, the page's form staying a
mention (en3, issue 13; recognize/placedvenues.py): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _places(text: str) -> dict[str, list[str]]:
    r = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: e["mentions"] for e in r["entities"] if e["type"] == "LOCATION"}


def test_a_hotel_after_its_city_is_named_without_it():
    places = _places("两国外长当天在里斯本圣乔治大酒店举行会谈。")
    assert "圣乔治大酒店" in places and "里斯本圣乔治大酒店" in places["圣乔治大酒店"]
    assert "里斯本" in places


def test_a_guesthouse_told_again_without_its_city_is_one_venue():
    places = _places("总统当晚在首都利马金塔国宾馆设宴。宴会后,两人步行离开金塔国宾馆。")
    venues = [n for n in places if n.endswith("国宾馆")]
    assert venues == ["金塔国宾馆"]


def test_a_venue_named_only_by_its_kind_keeps_its_city():
    places = _places("专机抵达墨尔本国际机场。会议在奥克兰国际会议中心举行。")
    assert "墨尔本国际机场" in places and "奥克兰国际会议中心" in places


def test_a_venue_by_its_kind_told_again_joins_the_placed_one():
    places = _places("肯尼亚国家体育场坐落在市郊。运动会结束后,国家体育场向市民开放。")
    stadiums = [n for n in places if n.endswith("体育场")]
    assert stadiums == ["肯尼亚国家体育场"] and "国家体育场" in places["肯尼亚国家体育场"]


def test_a_part_of_a_known_venue_keeps_the_venue():
    places = _places("欢迎仪式在人民大会堂东门外广场举行。")
    assert "人民大会堂东门外广场" in places
