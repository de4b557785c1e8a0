"""People named again by their surname and post (蔡总统, 马总统, 麻生首相, 牛大使) or, as a clause's subject, by
their post alone (总统16日会晤…, 总统除了将见证…): news names a person in full once and then so (issue 13,
unseen pages: the visits, meetings and speeches of such sentences lost their actor). Read for events only:
each reference becomes a mention of the one person on the page its surname and post fit. The post words
are data (events.toml: short_ref_posts)."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.extract.common.eventwords import pattern_of, words_of
from dipnet.model import Document, Entity, Mention
from dipnet.rx import compile as _gated
from dipnet.rx import plain as _plain


@lru_cache(maxsize=1)
def _post_words() -> tuple[str, ...]:
    """The post words in the order of _patterns' alternatives (longest first)."""
    return tuple(sorted(words_of("short_ref_posts"), key=lambda w: len(re.escape(w)), reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    posts = "|".join(sorted(map(re.escape, words_of("short_ref_posts")), key=len, reverse=True)) or "(?!)"
    bare = _gated(pattern_of("short_ref_opening") + f"({posts})" + pattern_of("short_ref_going_on"))
    return _plain(posts), bare


def _any_held(posts: dict[str, set[str]]) -> bool:
    """Someone is given one of the post words itself: a post alone fits only a person given that very
    post, so where no one is, the page is not scanned for one."""
    return not set().union(*posts.values()).isdisjoint(_post_words())


def _surname_posts(text: str, post_at: re.Pattern[str]) -> list[tuple[int, str, str]]:
    """(start, surname, post) where one or two Chinese characters stand right before a post word, a
    place at most once, the surname of two where that fits: the matches of the look-ahead
    (?=([\u4e00-\u9fff]{1,2})(posts)) at each place of the text, found from the post words alone (the
    engine skips to those) rather than by trying the look-ahead at every character."""
    starts: dict[int, str] = {}  # where a post word starts -> the word (the alternatives' first that fits)
    words = _post_words()
    if words and all(words):  # each word found by str.find, longest first: the first to take a place is
        found: dict[int, str] = {}  # the alternative the search would take there (no search per place)
        for w in words:
            k = text.find(w)
            while k != -1:
                found.setdefault(k, w)
                k = text.find(w, k + 1)
        starts = {k: found[k] for k in sorted(found)}
    else:
        m = post_at.search(text)
        while m is not None:
            starts[m.start()] = m.group()
            m = post_at.search(text, m.start() + 1)
    out: dict[int, tuple[str, str]] = {}
    for j in starts:
        for i in (j - 2, j - 1):
            if i < 0 or i in out or not "\u4e00" <= text[i] <= "\u9fff":
                continue
            if i + 2 in starts and "\u4e00" <= text[i + 1] <= "\u9fff":
                out[i] = (text[i:i + 2], starts[i + 2])
            elif i + 1 in starts:
                out[i] = (text[i], starts[i + 1])
    return [(i, *out[i]) for i in sorted(out)]


def short_references(doc: Document, mentions: list[Mention], entities: dict[str, Entity]) -> list[Mention]:
    """Mentions for the references by surname and post, and by post alone opening a clause, that fit one
    person of the page (a post they are given in a role, or a surname only one of them has)."""
    people = [e for e in entities.values() if e.type == "PERSON"]
    if not people:
        return []
    posts: dict[str, set[str]] = {}
    for r in doc.roles:
        posts.setdefault(r.person, set()).add(r.title)
    taken: list[tuple[int, int]] = []  # the spans named so far (listed at the first reference that fits)
    listed = False
    text = doc.text
    post_at, bare = _patterns()
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        nonlocal listed
        if not listed:
            taken[:0] = [(m.start, m.end) for m in mentions]
            listed = True
        return not any(s < b and a < e for s, e in taken)

    def holds(e: Entity, post: str) -> bool:
        return any(t.endswith(post) for t in posts.get(e.name, ()))

    held: dict[str, list[Entity]] = {}  # post -> the people holding it, in the page's order (asked once a post)

    def holders(post: str) -> list[Entity]:
        if post not in held:
            held[post] = [e for e in people if holds(e, post)]
        return held[post]

    for at, sur, post in _surname_posts(text, post_at):
        for s in (sur, sur[-1:]) if len(sur) == 2 else (sur,):
            a = at + len(sur) - len(s)
            b = a + len(s) + len(post)
            fit = [e for e in held_by if e.name.startswith(s) and len(e.name) > len(s)] if (held_by := holders(post)) else []
            if len(fit) == 1 and free(a, b) and not _inside_word(text, a, s):
                out.append(Mention(a, b, text[a:b], "PERSON", fit[0].id))
                taken.append((a, b))
                break
    for m in bare.finditer(text) if _any_held(posts) else ():
        post = m.group(1)
        a, b = m.start(1), m.end(1)
        fit = [e for e in holders(post) if post in posts.get(e.name, ())]
        if len(fit) == 1 and free(a, b):
            out.append(Mention(a, b, post, "PERSON", fit[0].id))
            taken.append((a, b))
    return out


def _inside_word(text: str, a: int, surname: str) -> bool:
    """Does the surname stand inside a longer word (国家主席: 家)? A character of a country or body name, or one
    of the words before a post that qualify it, right before it."""
    return a > 0 and text[a - 1] in "国家部院会省市州区府党委局司" and len(surname) == 1
