"""A crosshead inside a story printed in two halves parted by a space ("首签合作协议 双方互利共赢",
"●贸易增幅四成 出口结构转型"): between two of the story's paragraphs it heads the text under it; it is
no row of two other stories' teasers."""

from __future__ import annotations

from dipnet.rx import plain as _plain

_HEAD_MAX = 40  # a crosshead is short; two teasers' headlines in a row run longer
_DECK_PARTS, _DECK_MAX = 3, 60  # a headline's deck: a few clauses, about a headline's length
_PARAGRAPH_MIN = 40  # a paragraph of the story: a sentence this long at least
_STAMP = _plain(r"\d{1,2}:\d{2}|(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}")  # the page's stamp under the deck


def story_paragraph(text: str) -> bool:
    """A paragraph of the story around a line inside it: a sentence this long at least (crosshead, inlinelink)."""
    return len(text) >= _PARAGRAPH_MIN and "。" in text


def crosshead(parts: list[str], line: str, before: str, after: str, under_headline: int = 0) -> bool:
    """Whether a line read as a row of teasers is a crosshead in two halves: two parts, short, with a
    paragraph of the story right over it and right under it; or the headline's deck right under the
    headline (`under_headline` == 1), in two or three parts, over the story's first paragraph
    ("双方签署合作文件 推动经贸往来": a row of teasers stands under a story, not between its
    headline and its opening)."""
    if under_headline == 1:  # (a table's row of links, "标题一 标题二 |", is teasers wherever it stands)
        return len(parts) <= _DECK_PARTS and len(line) <= _DECK_MAX and not line.endswith(("|", "｜")) \
            and (story_paragraph(after) or "。" in after or _STAMP.search(after) is not None)
    return len(parts) == 2 and len(line) <= _HEAD_MAX and story_paragraph(before) and story_paragraph(after)
