"""The Palestinian territories' cities and Gaza's crossings are places the knowledge base holds (东耶路撒冷 read
whole, not 耶路撒冷 after the 以 of 以…为首都; 西岸地区 the West Bank; 拉法边境口岸 a crossing, not Latvia and
France read from 拉法). Sentences invented (en5)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in extract(text).entities}


def test_east_jerusalem_as_a_capital():
    ents = _entities("发言人答问\n\n发言人表示,支持建立以东耶路撒冷为首都的巴勒斯坦国。\n")
    assert ("LOCATION", "东耶路撒冷") in ents


def test_west_bank_short_name():
    ents = _entities("会议举行\n\n会议讨论了加沙地带和西岸地区的人道局势。\n")
    assert ("LOCATION", "约旦河西岸") in ents


def test_rafah_crossing_no_latvia_or_france():
    ents = _entities("物资运抵\n\n一批援助物资经拉法边境口岸运入加沙,汗尤尼斯和杰宁的局势也受到关注。\n")
    assert {("LOCATION", "拉法口岸"), ("LOCATION", "汗尤尼斯"), ("LOCATION", "杰宁")} <= ents
    assert ("COUNTRY", "拉脱维亚") not in ents and ("COUNTRY", "法国") not in ents
