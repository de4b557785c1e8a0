"""An editor's credit label with its colon (编辑:, 编译:, 审稿:) bounds the one name after it, closed by a
space, a bar, a bracket's close or the line's end, whatever the name's first character (母, 解, 应: surnames
no list holds, 应 also a one-character stop); inside a credit's bracketed or labelled name a one-character
stop before the last character is the name's own (记者 关向某: 向). A stop as the last character still
ends it, and a desk's word (编辑:国际部) is no person. Sentences invented (nm1)."""

from __future__ import annotations

from dipnet.pipeline import extract
from dipnet.recognize.credits import credit_names
from dipnet.recognize.lexicon import name_rules

_HEAD = "两国外长举行会谈\n\n两国外长在河内举行会谈,双方同意扩大合作。\n"


def _people_roles(tail: str) -> tuple[set[str], set[tuple[str, str]]]:
    doc = extract(_HEAD + tail)
    return ({e.name for e in doc.entities if e.type == "PERSON"},
            {(r.person, r.title) for r in doc.roles})


def test_an_editor_label_closed_by_a_bar_names_a_rare_surname():
    people, roles = _people_roles("编辑: 母晓岚 | 时间: 2026-05-02\n")
    assert "母晓岚" in people
    assert ("母晓岚", "编辑") in roles


def test_an_editor_label_closed_by_the_line_end():
    people, roles = _people_roles("    编辑: 解春雨\n更多新闻\n")
    assert "解春雨" in people
    assert ("解春雨", "编辑") in roles


def test_labels_in_a_bracket_a_stop_opening_the_first_name():
    people, _ = _people_roles("(实习编译:应晨 审稿:林秋)\n")
    assert {"应晨", "林秋"} <= people


def test_a_one_character_stop_inside_a_reporter_name():
    people, _ = _people_roles("南方网海口5月2日电(记者 关向宁 周立)两国外长在海口会谈。\n")
    assert {"关向宁", "周立"} <= people


def test_a_stop_as_last_character_and_a_desk_are_no_names():
    text = "编辑:国际部 时间\n"
    assert [text[s:e] for s, e in credit_names(text, name_rules())] == []
    text = "海口5月2日电(记者 周立摄)\n"
    assert "周立摄" not in [text[s:e] for s, e in credit_names(text, name_rules())]
