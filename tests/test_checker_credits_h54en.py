"""A story's checker and proofreader sign off as its editor does (SPEC: bylines and credits name people,
and the official gold gives a credit's word as the role: 编辑, 责编): 审校:某某 and 校对:某某 (also in
Traditional script, 審校) hold 审校 and 校对 as roles."""

from __future__ import annotations

from dipnet.pipeline import extract

_HEAD = "两国外长举行会谈\n\n2026年5月2日，两国外长在河内举行会谈，双方同意扩大经贸合作。\n"


def _roles(tail: str) -> set[tuple[str, str]]:
    doc = extract(_HEAD + tail)
    return {(r.person, r.title) for r in doc.roles}


def test_a_checker_after_the_editor_holds_shenjiao():
    roles = _roles("編輯:林小慧\n審校:王立平\n")
    assert ("王立平", "審校") in roles or ("王立平", "审校") in roles


def test_a_proofreader_after_the_editor_holds_jiaodui():
    roles = _roles("\n责任编辑:林小慧\n校对:孙志明\n")
    assert ("孙志明", "校对") in roles
    assert ("林小慧", "责任编辑") in roles


def test_a_proofing_word_inside_a_sentence_gives_no_role():
    roles = _roles("声明因校对而延迟发布。\n")
    assert not any(t in ("校对", "审校") for _, t in roles)
