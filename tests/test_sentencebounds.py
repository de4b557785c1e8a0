"""sentence_around: the one way the readers find the sentence around a position (anniversary days, answered
protests, the two sides of 两国建交N周年) gives what walking left and right to a sentence end gave."""

from __future__ import annotations

from dipnet.sentencebounds import sentence_around

_TEXT = "甲国与乙国今年迎来建交三十周年;双方表示祝贺!\n发言人说:“丙国谴责此事。”丁国代表团抵达"


def _walked(text: str, pos: int, chars: str) -> tuple[int, int]:
    a = max(text.rfind(ch, 0, pos) for ch in chars) + 1
    b = min([i for i in (text.find(ch, pos) for ch in chars) if i != -1] or [len(text)])
    return a, b


def test_every_position_as_walked() -> None:
    for chars in ("。\n", "。;；!?！？\n"):
        for pos in range(len(_TEXT) + 1):
            assert sentence_around(_TEXT, pos, chars) == _walked(_TEXT, pos, chars)


def test_marks_are_the_callers() -> None:
    at = _TEXT.index("双方")
    assert sentence_around(_TEXT, at, "。\n") == (0, _TEXT.index("\n"))
    assert sentence_around(_TEXT, at, "。;\n") == (_TEXT.index(";") + 1, _TEXT.index("\n"))
