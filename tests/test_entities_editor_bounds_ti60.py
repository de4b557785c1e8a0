"""Entities on pages never seen (issue 13, h60 ti1): an editor's label with its colon bounds one name whatever
its first character, and the credit closes at a bar before the credit line's next field (编辑:某某|时间:…), at
the credit's bracket ((审稿:某某)) as at a space or the line's end; 编辑 and 审稿 are such labels. What the label
credits that is no one's name (本网, 实习生) stays none. All text here is invented."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = ("越柬两国外长在金边举行年度会晤\n"
        "越通社金边——4月9日,越南外交部长阮文甲在金边同柬埔寨外长举行会晤,双方就加强两国边境合作交换意见。\n")


def _people(tail: str) -> set[str]:
    return {e.name for e in extract(HEAD + tail + "\n").entities if e.type == "PERSON"}


def test_editor_before_a_bar_and_the_next_field() -> None:
    assert "母晓岚" in _people("编辑: 母晓岚 | 时间: 2019-05-12 10:20")


def test_editor_on_its_own_line() -> None:
    assert "解春燕" in _people("编辑: 解春燕\n更多新闻")


def test_checker_closed_by_the_credits_bracket() -> None:
    assert "马婷" in _people("(实习编译:周立平 审稿:马婷)")


def test_a_label_crediting_no_one() -> None:
    people = _people("编辑:本网 | 来源:某某网\n(来源:某某日报 编辑:实习生)")
    assert not people & {"本网", "实习生"}
