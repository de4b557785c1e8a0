"""The second figure of a percent told in tenths (成): '九成三' is 93%, '2成7' is 27%."""

from __future__ import annotations

from .numbers import DIGITS
from .quantities import unit_after


def tenths_rest(text: str, i: int) -> int:
    """'九成三', '五成五', '2成7': the one digit after N成 gives the percent's second figure (93, 55); 0 where
    none follows, or where it begins a number of its own (九成三十…, 两成3名)."""
    c = text[i:i + 1]
    after = text[i + 1:i + 2]
    if c in DIGITS and DIGITS[c] and c != "两" and not (after in DIGITS or after in "十百千万亿" or after.isdigit()):
        return DIGITS[c]
    if c in "123456789" and not (after.isdigit() or after in ".十百千万亿") and unit_after(text, i + 1) is None:
        return int(c)  # '2成7' (Taiwan papers): 27%, not 2成 and a 7 of its own (两成3名 keeps its 3名)
    return 0
