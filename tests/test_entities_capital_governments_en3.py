"""A capital's government or authorities stand for its state, as a country's government does (en3, issue 13;
recognize/governments.py _capital_country): invented text."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _ents(text: str) -> dict[str, tuple[str, list[str]]]:
    r = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: (e["type"], e["mentions"]) for e in r["entities"]}


def test_a_capitals_authorities_are_its_country():
    ents = _ents("东京当局表示,愿与邻国定期举行会谈。")
    assert "东京当局" not in ents
    assert "东京当局" in ents["日本"][1] and ents["日本"][0] == "COUNTRY"


def test_a_capitals_government_is_its_country_and_the_capital_stays_a_place():
    ents = _ents("莫斯科政府对此表示不满,伦敦政府则呼吁克制。")
    assert "莫斯科政府" in ents["俄罗斯"][1] and "伦敦政府" in ents["英国"][1]
    assert ents["莫斯科"][0] == "LOCATION"


def test_a_capitals_administration():
    ents = _ents("外界关注巴格达行政当局的下一步行动。")
    assert "巴格达行政当局" in ents["伊拉克"][1]
