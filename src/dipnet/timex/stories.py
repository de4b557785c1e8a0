"""A page that prints several stories one after another, each under its own headline and byline ('撰文:某某'
on a line of its own, or a stamp line whose dates the site's script fills in, '出版:更新:': a news site's list of
its latest reports): the page's date is the first story's, and the
later stories' years and days are the site's other news, not the page's."""

from __future__ import annotations

import re

from dipnet.rx import plain as _plain

from .words import WORDS

_BYLINE = _plain(WORDS["story_byline"], re.M)
_HEADLINE_CHARS = 60
_WORDS = tuple(WORDS["story_byline_words"])  # (the words every byline line holds one of)


def first_story(text: str) -> str:
    """The text up to the headline of its second story under a byline of its own (the first story alone), or
    the text itself where no byline line comes twice under headlines."""
    if sum(text.count(w) for w in _WORDS) < 2:  # (most pages hold no byline or stamp word twice: no scan)
        return text
    heads = [h for m in _BYLINE.finditer(text) if (h := _headline_over(text, m.start())) is not None]
    return text[:heads[1]] if len(heads) >= 2 else text


def _headline_over(text: str, at: int) -> int | None:
    """Where the headline right over a byline line starts (the last line with text above it: short, no
    sentence's full stop), or None."""
    end = text.rfind("\n", 0, at)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    return start if line and len(line) <= _HEADLINE_CHARS and "。" not in line else None
