"""Entity classes that do not depend on knowing a name in advance (invented text)."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _types(text: str) -> dict[str, str]:
    rec = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: e["type"] for e in rec["entities"]}


def test_a_territory_listed_among_countries_is_reported_as_a_place():
    types = _types("今年前五个月,对该省投资的国家和地区中,新加坡居首,其次是中国香港、日本和中国台湾。")
    assert types.get("香港") == "LOCATION"
    assert types.get("台湾") == "LOCATION"
    assert types.get("新加坡") == "COUNTRY"
    assert types.get("日本") == "COUNTRY"


def test_a_territory_is_a_place_in_a_dateline_too():
    types = _types("某社澳门3月2日电 该国外交部长在澳门会见了葡萄牙客人。")
    assert types.get("澳门") == "LOCATION"
    assert types.get("葡萄牙") == "COUNTRY"
