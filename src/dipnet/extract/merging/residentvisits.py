"""An envoy resident in the land is not visiting it (r2e, issue 13): 中国驻马来西亚大使黄惠康前往拜会…, 驻华大使接受采访,
加拿大新任驻台代表何曼丽 (whose 近年来台加关系 once read as 来台). An envoy posted to a land lives and works there; a VISIT of
theirs to the land of their post tells no trip (SPEC: a visit is a trip to a foreign land). The post is read off the
person's role on the page (驻 + the land, full or by its one character, + an envoy's title); the words are data
(events.toml resident_post_before, resident_post_titles)."""

from __future__ import annotations

import re
from functools import cache

from dipnet.extract.common.eventwords import any_word, words_of
from dipnet.extract.common.page import EventPage
from dipnet.kb import load_kb
from dipnet.model import Event


@cache
def _post() -> re.Pattern[str]:
    """驻 + the land (kept short: a land's name) + an envoy's title."""
    before = "|".join(re.escape(w) for w in words_of("resident_post_before")) or "(?!)"
    return re.compile(f"(?:{before})(.{{1,12}}?)(?:{any_word('resident_post_titles').pattern})")


def _posted_to(page: EventPage, land: str, post: str) -> bool:
    """Whether the land a title names (驻马来西亚, 驻马, 驻华) is the visit's destination."""
    if post == land or post.startswith(land):
        return True
    if len(post) != 1:
        return False
    kb = load_kb()
    code = page.country_by_name.get(land) or kb.country_of_name(land)
    return bool(code and kb.country_of_name(post) == code)


def resident_visits(page: EventPage, events: list[Event]) -> list[Event]:
    """The events less each VISIT whose visitor holds, on this page, an envoy's post in the land visited."""
    posts: dict[str, list[str]] = {}
    for r in page.doc.roles:
        if m := _post().search(r.title):
            posts.setdefault(r.person, []).append(m.group(1))

    def resident(e: Event) -> bool:
        if e.type != "VISIT" or not posts or not e.participants:
            return False
        land = e.target[0] if e.target else e.participants[-1]
        who = e.source or e.participants[:-1]
        return any(_posted_to(page, land, p) for w in who for p in posts.get(w, ()))

    return [e for e in events if not resident(e)]
