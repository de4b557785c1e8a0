"""Latin-script names typed by the noun right before them (invented text), se53: a venue after its noun
(会议场所 + Marina Hall) is a LOCATION, an acronym inside it (APEC) does not keep it out; a manager after the post
经理 (副主席兼经理 + Viktor Almazov) is a PERSON with that post."""

from __future__ import annotations

from dipnet.contract import to_record
from dipnet.pipeline import extract


def _record(text: str) -> dict:
    return to_record(extract("题目\n\n" + text + "\n"))


def _typed(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in _record(text)["entities"]}


def test_latin_venue_after_its_noun_is_a_place():
    text = "各国领导人乘车前往会议场所Marina Hall,东道国总理在门口迎接。"
    assert ("LOCATION", "Marina Hall") in _typed(text)


def test_latin_venue_holding_an_acronym_is_read_whole():
    text = "与会代表下午抵达会场APEC Pavilion,出席闭幕式。"
    assert ("LOCATION", "APEC Pavilion") in _typed(text)


def test_latin_name_after_the_post_of_manager_is_a_person():
    text = "越南外交部副部长会见正在访越的某某集团驻亚洲地区副主席兼经理Viktor Almazov。双方讨论合作。"
    rec = _record(text)
    assert ("PERSON", "Viktor Almazov") in {(e["type"], e["name"]) for e in rec["entities"]}
    assert any(r["person"] == "Viktor Almazov" and r["title"] == "副主席" for r in rec["roles"])


def test_latin_word_after_a_plain_noun_stays_unread():
    text = "两国企业代表在会场交流。网站App下载量增长。"
    assert not any(t == "LOCATION" and n.isascii() for t, n in _typed(text))
