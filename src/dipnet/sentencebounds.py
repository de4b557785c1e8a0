"""The sentence around a position: where the characters of a set (sentence or clause ends) stand in a
text, found once per text, so that the sentence around a position is one bisection, not a walk over its
characters. Below both the time stage and the extractors (each asks it of the page's text)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import methodcaller

from dipnet.rx import plain as _plain

_START = methodcaller("start")


@lru_cache(maxsize=16)
def _marks(chars: str) -> re.Pattern[str]:
    return _plain("[" + re.escape(chars) + "]")


class Bounds:
    """Where the characters of a set (sentence or clause ends) stand in a text: the sentence
    around a position is one bisection, not a walk over its characters."""

    __slots__ = ("_at", "_size", "_text", "_chars")

    def __init__(self, text: str, chars: str) -> None:
        # the marks are found on the first question (a page with no figure to read asks none)
        self._at: list[int] | None = None
        self._text, self._chars = text, chars
        self._size = len(text)

    def around(self, pos: int) -> tuple[int, int]:
        """[a, b): a just after the last mark before pos (or 0), b at the first mark at or after
        pos (or the text's end) — what walking left and right from pos until a mark gives."""
        at = self._at
        if at is None:
            at = self._at = list(map(_START, _marks(self._chars).finditer(self._text)))  # (in C: no step per mark)
        i = bisect_left(at, pos)
        a = at[i - 1] + 1 if i else 0
        b = at[i] if i < len(at) else max(pos, self._size)
        return a, b


@lru_cache(maxsize=8)
def _bounds(text: str, chars: str) -> Bounds:
    # (a page's text is asked again and again while it is read: its marks are found once)
    return Bounds(text, chars)


def sentence_around(text: str, pos: int, chars: str) -> tuple[int, int]:
    """[a, b) of the sentence of `text` around `pos`, a sentence ending at any of `chars`: a just after
    the last of them before pos (or 0), b at the first at or after pos (or the text's end)."""
    return _bounds(text, chars).around(pos)
