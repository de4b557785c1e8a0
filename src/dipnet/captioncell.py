"""A photo's caption printed as a lone table cell between the story's paragraphs ("![]() |" over
"某某欢迎某某 |", or "某某会见某某 |" beside the paragraph that tells that meeting): the story's picture,
not a teaser of another story. A row of teasers holds several headlines, or stands under the story."""

from __future__ import annotations

from dipnet.rx import plain as _plain

_IMAGE_ROW = _plain(r"(?:!\[[^\]]*\]\([^)]*\)\s*)?[|｜][|｜\s]*")  # an image's cell, or its empty bars
_CJK = _plain(r"[\u4e00-\u9fff]")
_SHARED = 8  # characters of the caption printed again, in a row, in the paragraph beside it
_PARAGRAPH = 30  # a story's paragraph: a sentence this long at least


def _story(text: str) -> bool:
    return len(text) >= _PARAGRAPH and text.rstrip().endswith(("。", "”", "」"))


def _shares(cell: str, text: str) -> bool:
    return any(cell[k:k + _SHARED] in text for k in range(0, len(cell) - _SHARED + 1)
               if _CJK.search(cell[k:k + _SHARED]))


def lone_caption(cell: str, before: str, after: str) -> bool:
    """Whether a table cell between the lines `before` and `after` is the caption of the story's photo:
    one headline's words (not a row of several), under an image's cell with the story going on under
    it, or telling what a paragraph beside it tells."""
    pieces = cell.split(" ")
    if len(pieces) > 1 and all(len(_CJK.findall(p)) >= 4 for p in pieces):
        return False  # a row of teasers
    if _IMAGE_ROW.fullmatch(before.strip()) and _story(after):
        return True
    return any(_story(x) and _shares(cell, x) for x in (before, after))
