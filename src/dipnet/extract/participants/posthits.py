"""Event words written inside a post (国际贸易谈判代表某某: 谈判 names the post, it tells no talks): the
readers of the sentences after an event, which stop at another event's word, pass over these (pa3)."""

from __future__ import annotations

from functools import lru_cache

from dipnet.extract.common.page import EventPage
from dipnet.kb import load_kb


def event_hits(page: EventPage, start: int, end: int) -> list[tuple[int, str]]:
    """The event words of [start, end) that are not part of a post of the knowledge base's title table written there."""
    text = page.doc.text
    return [(at, w) for at, w in page.hits_in(start, end)
            if not any(text.startswith(posts, at - i) for i, posts in _posts_by_place(w))]


@lru_cache(maxsize=256)
def _posts_by_place(word: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """_posts_holding grouped by where the word stands in them: one startswith per place, not per post."""
    by: dict[int, list[str]] = {}
    for t, i in _posts_holding(word):
        by.setdefault(i, []).append(t)
    return tuple((i, tuple(ts)) for i, ts in by.items())


@lru_cache(maxsize=256)
def _posts_holding(word: str) -> tuple[tuple[str, int], ...]:
    """The posts written with the word inside them, each with where the word stands in it."""
    return tuple((t, t.find(word)) for t in load_kb().titles() if word in t and t != word)
