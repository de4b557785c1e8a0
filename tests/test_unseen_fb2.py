"""Facts and entities of never-seen pages (fb2, issue 13): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str, url: str | None = None) -> dict:
    return to_record(extract("题目\n\n" + text + "\n", url=url))


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in _record(text)["entities"]}


# --- a country's 党 before two of its state's words names its ruling party (partyforms.py) ---

def test_the_party_of_the_party_state_and_people_formula_is_an_entity():
    names = _names("甲某强调,越南党、国家和人民一向珍视同老挝党、政府和军队的团结。")
    assert ("ORG", "越南共产党") in names
    assert ("ORG", "老挝人民革命党") in names
    assert ("COUNTRY", "越南") in names


def test_the_formula_keeps_the_country_as_the_giver_of_aid():
    rec = _record("越通社河内——4月7日,越南党、国家和人民向古巴援助5000吨大米。")
    assert ("ORG", "越南共产党") in {(e["type"], e["name"]) for e in rec["entities"]}
    aid = [e for e in rec["events"] if e["type"] == "AID"]
    assert aid and "越南" in aid[0]["participants"] and "越南共产党" not in aid[0]["participants"]


def test_party_and_state_leaders_name_no_party():
    names = _names("甲某转达了越南党和国家领导人对乙某的问候。")
    assert ("ORG", "越南共产党") not in names
