"""A credit's list of names is read past what stands between its label and the names (SPEC: bylines name
people, each with the credit's word as a role): a slash after a bracketed credit word ((记者/某甲 某乙)), a
credit word after an author's label (作者:记者 某甲 某乙), and the line's end after a label's colon, the
names filling the next line on their own (记者:⏎某甲、某乙, given names with no surname vouched by that form).
Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract

_HEAD = "两国外长举行会谈\n\n"


def _people_roles(body: str) -> tuple[set[str], set[tuple[str, str]]]:
    doc = extract(_HEAD + body)
    return ({e.name for e in doc.entities if e.type == "PERSON"},
            {(r.person, r.title) for r in doc.roles})


def test_a_slash_after_the_bracketed_credit_word():
    people, roles = _people_roles("2026年5月2日，两国外长在河内举行会谈，双方同意扩大合作。(记者/林小慧 王大明)\n\n本文来源于:北方日报")
    assert {"林小慧", "王大明"} <= people
    assert {("林小慧", "记者"), ("王大明", "记者")} <= roles


def test_a_credit_word_after_the_authors_label():
    people, roles = _people_roles("2026年5月2日，两国外长在河内举行会谈。\n\n来源:北方网   作者:记者 林小慧 王大明   编辑:陈志远")
    assert {"林小慧", "王大明"} <= people
    assert {("林小慧", "记者"), ("王大明", "记者")} <= roles


def test_names_filling_the_line_under_the_labels_colon():
    people, roles = _people_roles("国内\n记者:\n明秀、嘉文\n2026年5月2日 11:09\n两国外长在河内举行会谈，双方同意扩大合作。")
    assert {"明秀", "嘉文"} <= people
    assert {("明秀", "记者"), ("嘉文", "记者")} <= roles


def test_a_lone_line_after_a_colon_that_is_no_list_stays_unread():
    people, _ = _people_roles("记者:\n两国外长\n2026年5月2日，两国外长在河内举行会谈。")
    assert "两国" not in people and "外长" not in people
