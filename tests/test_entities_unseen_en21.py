"""Entity classes recurring on the GENERAL2 tuning pages (invented text)."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str) -> dict:
    return to_record(extract("题目\n\n" + text + "\n"))


def _names(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"].replace(" ", "")) for e in _record(text)["entities"]}


def _mentions(text: str) -> set[str]:
    return {m for e in _record(text)["entities"] for m in e["mentions"]}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r["person"].replace(" ", ""), r["title"]) for r in _record(text)["roles"]}


# --- a known two-character short name that a plain word crosses is none ---

def test_a_party_short_name_crossed_by_a_verb_is_none():
    text = "两国防长在视频会议中共用了海上搜救的相关数据。"
    assert "中共" not in _mentions(text)
    assert ("COUNTRY", "中国") not in _names(text)


def test_a_forum_short_name_before_a_meeting_verb_is_none():
    text = "领事官员已于3月2日与阮氏香会面,了解她的近况。"
    assert "香会" not in _mentions(text)


def test_a_person_short_name_crossed_by_an_adverb_is_none():
    text = "格实·披隆耶访问河内。各地政府将严格实施相关规定。"
    assert "格实" not in _mentions(text)


def test_an_outlet_short_name_after_the_people_is_none():
    text = "中国政府和人民视柬埔寨人民为好朋友。"
    assert not any("民视" in m for m in _mentions(text))


def test_a_short_name_standing_alone_is_still_read():  # guard
    assert "中共" in _mentions("中共中央对外联络部部长会见了老挝客人。两党中共与越共关系密切。")


# --- plain words a name reader runs into ---

def test_a_name_before_a_verb_of_analysis_ends_before_it():
    text = "北京大学教授王平分析指,此访意义重大。"
    assert ("PERSON", "王平") in _names(text)
    assert ("PERSON", "王平分") not in _names(text)


def test_taking_office_opens_no_name():
    text = "菲律宾外长对李明浩就任韩外长表示祝贺。"
    people = {n for t, n in _names(text) if t == "PERSON"}
    assert "任韩" not in people
    assert not any(p == "任韩" for p, _ in _roles(text))


def test_fitting_before_a_post_is_no_name():
    text = "这是合作的基础,符合越共中央总书记阮文山于2021年对老挝进行访问期间达成的共识。"
    people = {n for t, n in _names(text) if t == "PERSON"}
    assert "符合" not in people
