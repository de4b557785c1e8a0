"""Page furniture: the lines that are the site's, not the story's — boilerplate words and buttons
run together, menus, breadcrumbs, notices and footers. Asked of nearly every line of a page by the
segment stage."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.layout import Layout

_CJK = re.compile(r"[\u4e00-\u9fff]")
# a label's colon parts words too ("分享到:微信 微博", "字号:大 中 小"); a time keeps its colons
_TOKEN = re.compile(r"GMT[+\-]\d+|\d[\d:/.\-]*|[^\s\d:]+")
_MENU_BAR = re.compile(r"[|｜]")
_NOT_A_STEP = re.compile(r"[<=。,;!?\"]")


def is_boilerplate(text: str, layout: Layout) -> bool:
    """A line of the site's furniture: a known word, a breadcrumb, a menu bar, or buttons and stamps."""
    if text in layout.boilerplate:
        return True
    if is_breadcrumb(text):
        return True
    if "|" in text or "｜" in text:  # menus: 央视网|中国网络电视台|网站地图
        parts = [p.strip() for p in _MENU_BAR.split(text) if p.strip()]
        if len(parts) >= 2 and all(len(p) <= 12 for p in parts):
            return True
    # words and stamps; normalization drops the space between Chinese and digits ("date 2025-08-25听新闻")
    tokens = _TOKEN.findall(text)
    return bool(tokens) and all(_made_of(t, layout.boilerplate) or t[0].isdigit() or t.startswith("GMT") for t in tokens)


def _made_of(token: str, words: frozenset[str]) -> bool:
    """The token is furniture words run together: normalization drops the space between Chinese and
    Latin ("微博 QQ空间" → "微博QQ空间"). Pieces of two characters or more, so that a word is not read
    as one-character buttons ("大", "中")."""
    if token in words:
        return True
    longest, heads = _pieces(words)
    if token[:2] not in heads:  # the first piece is a word of two characters or more: most tokens stop here
        return False
    ok = [True] + [False] * len(token)  # ok[i]: token[:i] splits into furniture words
    last = 0  # the last split point found
    for i in range(2, len(token) + 1):
        # no word is longer than `longest`: past that distance from the last split point nothing
        # can end a piece any more (a sentence's token is dropped after a few characters, not squared)
        if i - last > longest:
            return False
        ok[i] = any(ok[j] and token[j:i] in words for j in range(max(0, i - longest), i - 1))
        if ok[i]:
            last = i
    return ok[-1]


@lru_cache(maxsize=4)
def _pieces(words: frozenset[str]) -> tuple[int, frozenset[str]]:
    """The longest word's length, and the first two characters of each word a piece can be."""
    return max(map(len, words), default=0), frozenset(w[:2] for w in words if len(w) >= 2)


def is_breadcrumb(text: str) -> bool:
    """首页 > 国家和组织 > …: short steps parted by '>', none of them a sentence or markup (a line
    quoting HTML or comparing two figures is text, not navigation)."""
    if ">" not in text or len(text) >= 80 or _NOT_A_STEP.search(text):
        return False
    steps = [s.strip() for s in text.split(">")]
    return sum(1 for s in steps if s) >= 2 and all(len(s) <= 30 for s in steps[:-1])


def is_footer(text: str, layout: Layout) -> bool:
    """The site's footer (copyright, licence numbers): short lines, so a story quoting a word stays text."""
    return len(text) <= 100 and any(m in text for m in layout.footer_markers)


def is_furniture(text: str, layout: Layout) -> bool:
    """Page furniture that can stand above the headline: boilerplate, site notices, menu items."""
    if is_boilerplate(text, layout) or any(m in text for m in layout.notice_markers):
        return True
    return text.startswith(layout.menu_bullets) and not _CJK.search(text)
