"""Entity classes recurring on the GENERAL2 and entities-pool tuning pages (invented text), en22."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str) -> dict:
    return to_record(extract("题目\n\n" + text + "\n"))


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"].replace(" ", "")) for e in _record(text)["entities"]}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r["person"].replace(" ", ""), r["title"]) for r in _record(text)["roles"]}


# --- 中欧 before a word of relations is China and Europe ---

def test_china_europe_pair_before_relations_names_europe():
    names = _names("两国领导人表示,愿为中欧关系稳定发展注入新的动力。")
    assert ("LOCATION", "欧洲") in names
    assert ("COUNTRY", "中国") in names


def test_china_europe_pair_before_partnership_names_europe():
    names = _names("会谈中,双方重申坚持中欧伙伴关系的定位。")
    assert ("LOCATION", "欧洲") in names


def test_central_europe_is_no_pair():
    names = _names("来自中欧国家的二十名学者出席了研讨会。")
    assert ("LOCATION", "欧洲") not in names
