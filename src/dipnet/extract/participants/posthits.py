"""Event words written inside a post (国际贸易谈判代表某某: 谈判 names the post, it tells no talks): the
readers of the sentences after an event, which stop at another event's word, pass over these (pa3).
(ca54) Nor is a word written inside a longer event word at the same place one of its own (对话 in 对话会, 座谈 in
座谈会: the conference is named, no talks): the longest word standing there is the one read (fp10, dev, dev2, fp7,
fp9, fp16 write meetings so)."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from dipnet.extract.common.page import EventPage
from dipnet.kb import load_kb


def event_hits(page: EventPage, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """The event words of [start, end) that are not part of a post of the knowledge base's title table written there,
    nor inside a not-trigger (越来越 holds 来越: no one comes to Vietnam there — ev4, stop 51). Remembered per span
    on the page: the readers of the sentences after an event read the same sentences after each event."""
    done: dict[tuple[int, int], tuple[tuple[int, str], ...]] | None = page.__dict__.get("_event_hits")
    if done is None:
        done = page.__dict__["_event_hits"] = {}
    got = done.get((start, end))
    if got is None:
        text = page.doc.text
        got = done[(start, end)] = tuple((at, w) for at, w in _outermost(page.hits_in(start, end))
                                         if not any(text.startswith(posts, at - i) for i, posts in _posts_by_place(w))
                                         and not page.inside_not_trigger(at, at + len(w)))
    return got


def _outermost(hits: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The hits (by start) less those a longer hit covers (对话 at the start of 对话会, 谈 inside 会谈): one pass,
    keeping the furthest end reached by the hits that start before each place and the longest end at it."""
    longest: dict[int, int] = {}
    for at, w in hits:
        longest[at] = max(longest.get(at, at), at + len(w))
    out: list[tuple[int, str]] = []
    reach, last_at = -1, -1
    for at, w in hits:
        if at != last_at:  # (the ends of the hits before this place)
            reach = max(reach, longest.get(last_at, -1))
            last_at = at
        end = at + len(w)
        if end <= reach or end < longest[at]:
            continue
        out.append((at, w))
    return out


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
    joined, starts, titles = _joined_titles()
    out: list[tuple[str, int]] = []
    at = joined.find(word)
    while at != -1:  # (the titles holding the word, in their order: a find in C over them all, not a test per title)
        t = titles[bisect_right(starts, at) - 1]
        if t != word and (not out or out[-1][0] is not t):
            out.append((t, t.find(word)))
        at = joined.find(word, at + 1)
    return tuple(out)


@lru_cache(maxsize=1)
def _joined_titles() -> tuple[str, list[int], list[str]]:
    """The knowledge base's titles joined by newlines (no word holds one), with where each starts."""
    titles = list(load_kb().titles())
    starts, k = [], 0
    for t in titles:
        starts.append(k)
        k += len(t) + 1
    return "\n".join(titles), starts, titles
