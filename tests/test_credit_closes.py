"""A credit's name ends where the credit's own furniture closes it (SPEC: bylines and photo credits name
people): 摄 glued to a two-character name (新华社记者 黄某摄), the place a reporter files from before 报道
((某报记者 林某某 上海报道)), a slash after a translator's or checker's label (编译某某／综合报导,
(译者:某某/核稿:某某)); a surname that is also a one-character stop (曾) opens the name after a label.
The labels 编译, 译者, 核稿 are roles as 编辑 and 责编 are."""

from __future__ import annotations

from dipnet.pipeline import extract

_HEAD = "两国外长举行会谈\n\n"


def _people_roles(body: str) -> tuple[set[str], set[tuple[str, str]]]:
    doc = extract(_HEAD + body)
    return ({e.name for e in doc.entities if e.type == "PERSON"},
            {(r.person, r.title) for r in doc.roles})


def test_a_photo_credit_with_the_name_glued_to_she():
    people, roles = _people_roles("2026年5月2日，两国外长在河内举行会谈。 新华社记者 黄明摄\n\n双方同意扩大合作。")
    assert "黄明" in people
    assert ("黄明", "新华社记者") in roles


def test_a_reporter_credit_closed_by_the_place_filed_from():
    people, roles = _people_roles("(北方日报记者 林小慧 上海报道)2026年5月2日，两国外长在河内举行会谈。")
    assert "林小慧" in people
    assert ("林小慧", "北方日报记者") in roles


def test_a_translator_label_glued_to_the_name_a_slash_closes():
    people, roles = _people_roles("2026/05/02 20:27 编译林小慧／综合报导\n两国外长在河内举行会谈。")
    assert "林小慧" in people
    assert ("林小慧", "编译") in roles


def test_labels_with_colons_closed_by_a_slash_and_a_stop_surname():
    people, roles = _people_roles("两国外长在河内举行会谈,双方同意扩大合作。(译者:曾雅文/核稿:王大明)1081217")
    assert {"曾雅文", "王大明"} <= people
    assert {("曾雅文", "译者"), ("王大明", "核稿")} <= roles


def test_a_verb_glued_to_a_label_with_no_slash_is_no_name():
    people, _ = _people_roles("越通社记者编译报道称，两国外长在河内举行会谈。")
    assert not people
