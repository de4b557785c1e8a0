"""nm4: a person read by a dotted name and by a leading part of it is one person (invented text)."""

from __future__ import annotations

from dipnet.model import Document, Entity, Mention, Role
from dipnet.recognize import recognize
from dipnet.recognize.leadingnames import merge_leading_names


def _doc(text: str) -> Document:
    return Document(doc_id="t", source="t", raw=text, text=text, offsets=list(range(len(text) + 1)))


def _people(doc: Document) -> list[Entity]:
    return [e for e in doc.entities if e.type == "PERSON"]


def test_full_name_then_leading_part_is_one_person() -> None:
    doc = recognize(_doc("越南国家主席会见了到访的智利外长阿尔贝托·费尔南多·莫里纳。阿尔贝托·费尔南多表示,智方愿同越方加强合作。"))
    people = _people(doc)
    assert [e.name for e in people] == ["阿尔贝托·费尔南多·莫里纳"]
    assert "阿尔贝托·费尔南多" in people[0].mentions


def test_leading_part_first_then_full_name_keeps_the_full_name() -> None:
    doc = recognize(_doc("智利外长阿尔贝托·费尔南多在河内表示,阿尔贝托·费尔南多·莫里纳将出席会议。"))
    people = _people(doc)
    assert [e.name for e in people] == ["阿尔贝托·费尔南多·莫里纳"]
    assert {r.person for r in doc.roles} == {"阿尔贝托·费尔南多·莫里纳"}
    assert {m.entity_id for m in doc.mentions if m.type == "PERSON"} == {people[0].id}


def _entity(eid: str, name: str, kb: str | None = None) -> Entity:
    return Entity(id=eid, type="PERSON", name=name, mentions=[name], kb_id=kb)


def test_known_person_keeps_identity_and_two_known_people_stay_apart() -> None:
    text = "甲乙·丙丁会见甲乙·丙丁·戊己。"
    doc = _doc(text)
    doc.entities = [_entity("k", "甲乙·丙丁", "person:k"), _entity("r", "甲乙·丙丁·戊己")]
    doc.mentions = [Mention(0, 5, "甲乙·丙丁", "PERSON", "k", "person:k"), Mention(7, 15, "甲乙·丙丁·戊己", "PERSON", "r")]
    doc.roles = [Role("r", "甲乙·丙丁·戊己", "总理", None, 0, 2)]
    merge_leading_names(doc)
    assert [e.id for e in doc.entities] == ["k"] and "甲乙·丙丁·戊己" in doc.entities[0].mentions
    assert {m.entity_id for m in doc.mentions} == {"k"} and doc.roles[0].person_id == "k"
    doc.entities = [_entity("k", "甲乙·丙丁", "person:k"), _entity("q", "甲乙·丙丁·戊己", "person:q")]
    merge_leading_names(doc)
    assert len(doc.entities) == 2


def test_a_part_two_longer_people_open_with_is_left_alone() -> None:
    doc = _doc("甲乙·丙丁 甲乙·丙丁·戊己 甲乙·丙丁·庚辛")
    doc.entities = [_entity("a", "甲乙·丙丁"), _entity("b", "甲乙·丙丁·戊己"), _entity("c", "甲乙·丙丁·庚辛")]
    merge_leading_names(doc)
    assert len(doc.entities) == 3
