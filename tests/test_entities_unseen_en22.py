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


# --- a body + the branch's place + a branch word is one organization ---

def test_friendship_society_branch_is_one_body():
    names = _names("越日友好协会岘港市分会主席阮文甲表示,双方将加强合作。")
    assert ("ORG", "越日友好协会岘港市分会") in names
    assert ("ORG", "越日友好协会") not in names
    assert ("LOCATION", "岘港") in names


def test_chamber_branch_is_one_body():
    names = _names("此次捐款由越南日本总商会岘港市分会及各省商会共同筹集。")
    assert ("ORG", "越南日本总商会岘港市分会") in names
    assert ("ORG", "越南日本总商会") not in names


def test_branch_of_a_body_read_by_its_word_after_a_country():
    names = _names("美國在台協會台中分處長李約翰出席儀式。")
    assert ("ORG", "美国在台协会台中分处") in names
    assert ("李约翰", "美国在台协会台中分处长") in _roles("美國在台協會台中分處長李約翰出席儀式。")


def test_body_and_a_later_branch_word_stay_apart():
    names = _names("越日友好协会主席阮文甲表示,岘港市分会将加强合作。")
    assert ("ORG", "越日友好协会") in names
    assert not any(n.endswith("分会") for _, n in names)
