"""An author's line set apart as a heading of its own names a person (SPEC: bylines name people): the
bare name over the story, the name with its outlet's credit word (某某 某报记者, a role), or an author
box's transliterated name over the bio that opens with it. A heading of plain words names no one."""

from __future__ import annotations

from dipnet.pipeline import extract


def _people_roles(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    doc = extract(text)
    return ({e.name for e in doc.entities if e.type == "PERSON"},
            {(r.person, r.title) for r in doc.roles})


def test_a_bare_name_line_over_the_story():
    people, _ = _people_roles(
        "越日两国深化能源合作\n\n发布时间:2026年03月02日 09:34 | 来源:东方晨报\n\n  林晓\n\n"
        "  越南与日本正以罕见的力度强化双边关系。日本首相昨天与到访的越南总理举行会谈,双方就继续推进合作达成了协议。")
    assert "林晓" in people


def test_a_name_with_its_outlets_credit_word():
    people, roles = _people_roles(
        "越南总理访问韩国\n\n王志远 北方日报记者\n\n查看原文\n"
        "12日,正对韩国进行正式访问的越南总理会见了韩国总统,双方同意加强合作。")
    assert "王志远" in people
    assert ("王志远", "北方日报记者") in roles


def test_an_author_box_name_over_its_bio():
    people, _ = _people_roles(
        "两国领导人举行会谈\n\n两国领导人在河内举行会谈,双方同意扩大合作。\n\n  • Image\n\n    维克托\n\n"
        "    维克托(Victor Mann)曾任北方通讯社驻河内记者站主任。\n")
    assert "维克托" in people


def test_a_heading_of_plain_words_is_no_name():
    people, _ = _people_roles(
        "越南总理访问韩国\n\n最新消息\n\n12日,越南总理在首尔会见了韩国总统,双方同意加强合作。")
    assert not people
