"""Entity classes recurring on the entities tuning pool (invented text)."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    rec = to_record(extract("题目\n\n" + text + "\n"))
    return {e["name"]: (e["type"], e["mentions"]) for e in rec["entities"]}


def test_a_traditional_page_reports_the_forms_as_written():
    ents = _entities("據美聯社報導,紐西蘭總理昨日與馬來西亞外長會面,雙方同意加強合作。")
    mentions = [m for _, ms in ents.values() for m in ms]
    assert "美聯社" in mentions and "美联社" in mentions
    assert "紐西蘭" in mentions


def test_a_simplified_page_reports_no_other_forms():
    ents = _entities("据美联社报道,新西兰总理昨日与马来西亚外长会面,双方同意加强合作。")
    for _, ms in ents.values():
        assert all(m == m.replace("聯", "联").replace("蘭", "兰") for m in ms)
