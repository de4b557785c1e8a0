"""normalize's space tidying (issue 17) gives what it gave before it left a lone line break in place;
and the folding it reads, as it was."""

from __future__ import annotations

import random
import re

from dipnet import normalize as n


def _fold_text_slow(text: str) -> tuple[str, list[int]]:
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for m in n._special().finditer(text):
        i = m.start()
        pieces.append(text[last:i])
        origin.extend(range(last, i))
        ch = text[i]
        out = "" if ch == "\r" and text.startswith("\n", i + 1) else n._fold(ch)
        pieces.append(out)
        origin.extend([i] * len(out))
        last = i + 1
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(pieces), origin


_EVERY_RUN = re.compile(r"[ \n]+")


def _tidy_spaces_slow(text: str, origin: list[int]) -> tuple[str, list[int]]:
    saved = n._GAP
    n._GAP = _EVERY_RUN  # type: ignore[assignment]
    try:
        return n._tidy_spaces(text, origin)
    finally:
        n._GAP = saved


# the kinds of character the paths tell apart: Han, Latin, digits, full-width forms (one for one),
# a ligature and a unit sign (one for several), invisible ones (one for none), breaks, spaces, CR
ALPHABET = list("越南中国外交部长会见A b1 2,.") + ["\uff0c", "\uff1a", "\u3000", "\u00a0", "\u200b", "\ufb01", "\u33a1",
                                                "\r", "\n", "\n", " ", " ", "\t", "\U0001d400", "“", "”", "。"]


def test_fold_and_tidy_as_before_on_random_text() -> None:
    rng = random.Random(17)
    for size in [0, 1, 2, 3, 5, 8, 13, 40, 200] * 60:
        text = "".join(rng.choice(ALPHABET) for _ in range(size))
        assert n._fold_text(text) == _fold_text_slow(text), repr(text)
        folded, origin = _fold_text_slow(text)
        assert n._tidy_spaces(folded, origin) == _tidy_spaces_slow(folded, origin), repr(folded)
