"""A person named in full, named again later by a part of the name: the first part of a dotted
transliterated name or a Japanese surname, before a title or opening a clause (invented text)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _person_spans(text: str) -> dict[str, set[str | None]]:
    doc = extract("题目\n\n" + text + "\n")
    names = {e.id: e.name for e in doc.entities}
    out: dict[str, set[str | None]] = {}
    for m in doc.mentions:
        if m.type == "PERSON":
            out.setdefault(m.text, set()).add(names.get(m.entity_id or ""))
    return out


def test_japanese_surname_before_a_title_is_the_person():
    spans = _person_spans("日本首相高市早苗在东京会见了来访的客人。高市首相表示,日方重视合作。")
    assert spans.get("高市") == {"高市早苗"}


def test_japanese_surname_opening_a_clause_is_the_person_but_not_inside_a_word():
    spans = _person_spans("日本首相高市早苗出席会议。会后,高市在网上发文表示满意。各方应提高市场开放水平。")
    assert spans.get("高市") == {"高市早苗"}
    doc = extract("题目\n\n日本首相高市早苗出席会议。各方应提高市场开放水平。\n")
    assert not any(m.text == "高市" for m in doc.mentions)


def test_first_part_of_a_dotted_name_before_a_title_is_the_person():
    spans = _person_spans("该国总统费尔南多·萨瓦尔会见了客人。费尔南多总统表示,双方将加强合作。")
    assert spans.get("费尔南多") == {"费尔南多·萨瓦尔"}


def test_surname_and_title_is_the_one_person_of_the_page_holding_that_post():
    spans = _person_spans("该国总理李明达会见了客人。双方谈到李总理的访问。")
    assert spans.get("李") == {"李明达"}
