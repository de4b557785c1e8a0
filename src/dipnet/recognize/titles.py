"""Titles as the page states them, and the names they overlap. The title automaton reads leftmost
first, so where a rank and a post overlap the rank wins (澳大 + 校长 read as 大校 + 长); and a
place's name may open inside a title (老挝外交部长 + 沙伦赛: 长沙 is no place there)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from functools import lru_cache

from dipnet.kb.loader import TitleInfo
from dipnet.model import Mention
from dipnet.recognize.namereads import TitleHit

_LONGEST_TITLE = 8


def prefer_posts(text: str, titles: list[TitleHit], infos: Mapping[str, TitleInfo],
                 body_words: tuple[str, ...] = ()) -> list[TitleHit]:
    """A rank that a post overlaps and runs on past is no rank (澳大校长: 大校 is the 大 of 澳大 and
    the 校 of 校长): the post stands in its place. A post is what a name follows; a rank is read
    only where no post is. So too a post whose head is a body's name and whose tail opens a
    longer post (外交部部长 + 助理: 外交部 + 部长助理)."""
    out: list[TitleHit] = []
    memo = _heads_memo(body_words)
    for t in titles:
        if t.kind == "rank" or _head_is_body(t.title, body_words, memo):
            # (n from the longest down, only those with t.end < j + n <= len(text): the others were skipped)
            post = next((TitleHit(j, j + n, text[j:j + n], "post") for j in range(t.start + 1, t.end)
                         for n in range(min(_LONGEST_TITLE, len(text) - j), max(1, t.end - j), -1)
                         if (info := infos.get(text[j:j + n])) is not None
                         and info.kind == "post"), None)
            if post is not None:
                out.append(post)
                continue
        out.append(t)
    # a title the post put in a rank's or a head's place holds (国会代表 + 团长 read as 国会 +
    # 代表团团长: 团长 is the longer post's tail) is no title of its own
    stated = {(t.start, t.end, t.title, t.kind) for t in titles}  # a set: no scan of them per title
    longer = [t for t in out if (t.start, t.end, t.title, t.kind) not in stated]
    if longer:
        out = [t for t in out if not any(p.start <= t.start and t.end <= p.end and p != t for p in longer)]
    return out


@lru_cache(maxsize=4)
def _heads_memo(body_words: tuple[str, ...]) -> dict[str, bool]:
    """title -> whether a head of it ends in one of `body_words` (filled as titles are asked)."""
    return {}


def _head_is_body(title: str, body_words: tuple[str, ...], memo: dict[str, bool]) -> bool:
    """Some head of `title` shorter than it (of two characters or more) ends in a body's word: a
    question of the title's words alone, asked of every title a page states, so answered once a title."""
    got = memo.get(title)
    if got is None:
        got = memo[title] = any(title[:k].endswith(body_words) for k in range(2, len(title)))
    return got


def places_inside_titles(mentions: list[Mention], titles: list[TitleHit]) -> list[Mention]:
    """The places (from the knowledge base) that open inside a title and run on past it: 部长 +
    沙伦赛 holds no 长沙. A place that ends where the title begins keeps the title's first
    character as its own (湖南省 + 长沙市: 省长 is no title there), and so the place after it."""
    inside: dict[int, TitleHit] = {}
    for t in titles:
        for k in range(t.start + 1, t.end):
            inside[k] = t
    if not inside:
        return []
    place_ends = {m.end for m in mentions if m.type in ("LOCATION", "COUNTRY")}
    out = []
    for m in mentions:
        hit = inside.get(m.start)
        if m.type == "LOCATION" and hit is not None and m.end > hit.end and hit.start + 1 not in place_ends:
            out.append(m)
    return out


def titles_past_countries(text: str, hits: list[tuple[int, int, str]], countries: list[tuple[int, int]],
                          find: Callable[[str], list[tuple[int, int, str]]]) -> list[tuple[int, int, str]]:
    """A title found across a country's last characters (科威特 + 首相 read as 特首, 沙特阿拉伯王国 + 王储
    as 国王) is none: the titles are read again from the country's end, up to the next title found."""
    if not countries:
        return hits
    ends = sorted(countries)
    out: set[tuple[int, int, str]] = set()
    for n, (s, e, t) in enumerate(hits):
        k = bisect_right(ends, (s, len(text))) - 1
        cut = ends[k][1] if k >= 0 and ends[k][0] < s < ends[k][1] < e else None
        if cut is None:
            out.add((s, e, t))
            continue
        stop = hits[n + 1][0] if n + 1 < len(hits) else len(text)
        out |= {(cut + a, cut + b, x) for a, b, x in find(text[cut:max(stop, e)])}
    return sorted(out)

