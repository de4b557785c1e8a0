"""A page that opens with its story's first paragraph and no headline (an excerpt, a crawl that lost the
headline): the line the segmenter takes for the title is a paragraph of sentences. It stays the page's
title (the first line is all the page gives for one), but it is read as the story's lead: its events,
dates and figures are the story's, not a headline's."""

from __future__ import annotations

_LONG = 40  # a headline with a full stop inside is short ("某某会见某某。"); a paragraph is longer
_VERY_LONG = 90  # no headline runs this long, with or without a full stop


def untitled_paragraph(text: str) -> bool:
    """Whether a line taken for the headline is a paragraph: long, with a sentence's full stop inside or
    at its end, or longer than any headline."""
    return len(text) >= _VERY_LONG or (len(text) >= _LONG and "。" in text)
