"""A crosshead inside a story printed in two halves parted by a space ("首签合作协议 双方互利共赢",
"●贸易增幅四成 出口结构转型"): between two of the story's paragraphs it heads the text under it; it is
no row of two other stories' teasers."""

from __future__ import annotations

_HEAD_MAX = 40  # a crosshead is short; two teasers' headlines in a row run longer
_PARAGRAPH_MIN = 40  # a paragraph of the story: a sentence this long at least


def _paragraph(text: str) -> bool:
    return len(text) >= _PARAGRAPH_MIN and "。" in text


def crosshead(parts: list[str], line: str, before: str, after: str) -> bool:
    """Whether a line read as a row of teasers is a crosshead in two halves: two parts, short, with a
    paragraph of the story right over it and right under it."""
    return len(parts) == 2 and len(line) <= _HEAD_MAX and _paragraph(before) and _paragraph(after)
