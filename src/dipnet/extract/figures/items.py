"""Items of a list told each with its own figure: '安沛省投票率达99.98%、广南省投票率达99.97%'.
After a list mark that closes a figure, the next item opens like a clause of its own."""

from __future__ import annotations

_DIGITS = frozenset("0123456789０１２３４５６７８９")


def item_start(text: str, c_start: int, pos: int, mark: str = "、") -> int:
    """Where the item holding pos begins: just after the last list mark before pos whose item
    before it tells a figure (a digit in it), else the clause's start c_start."""
    k = text.rfind(mark, c_start, pos)
    if k == -1:
        return c_start
    prev = text.rfind(mark, c_start, k) + 1 or c_start
    return k + 1 if any(c in _DIGITS for c in text[prev:k]) else c_start
