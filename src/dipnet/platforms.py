"""A social network or app named by the site's own furniture: a share bar ("缩小字体 放大字体 收藏 微博 微信"), a
follow-us line ("立即订阅某某台 YouTube", "LIKE我们的官方脸书网页"), an image's file name ("微信图片_2025….jpg").
Site menus and notices are not part of the page (SPEC): such a mention names no entity, nor does one standing alone
on its line (a share button: "微博" under "关注某某网") or closing a short line with no sentence in it (a follow link:
"某某政府新闻局 Facebook", "某某新闻局 官方微信"). Named in a story's sentence ("他在脸书发文指出…") the platform is
an organization as any other."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from dipnet.layout import Layout, holds_any
from dipnet.model import Mention
from dipnet.siteparts import follow_row


def _line(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a:len(text) if b == -1 else b]


def story_platforms(text: str, mentions: Sequence[Mention], layout: Layout) -> list[Mention]:
    """`mentions` without the platforms named on a line of the site's furniture."""
    names = frozenset(layout.platform_names)
    if names.isdisjoint(map(attrgetter("text"), mentions)):  # (most pages name no platform: no line read)
        return list(mentions)
    return [m for m in mentions if m.text not in names
            or not holds_any(_line(text, m.start, m.end), layout.platform_furniture)]


def _follow_row(text: str, m: Mention, layout: Layout) -> bool:
    """Whether the mention `m` stands alone on its line, or closes a short line with no sentence mark in it,
    maybe with a short word run into it ("某某局 Facebook", "某某局 官方微信")."""
    line = _line(text, m.start, m.end).strip()
    if line == m.text:
        return True
    last = follow_row(line, (m.text,), layout.follow_link_max)
    return last is not None and (len(last) <= len(m.text) + 2 or m.text.isascii())


def no_follow_rows(text: str, mentions: Sequence[Mention], layout: Layout,
                   headline: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """`mentions` without the platforms named alone on a line or closing a follow row; the page's headline that
    closes with a platform ("某某宣布重返推特", spans in `headline`) is no follow row."""
    names = frozenset(layout.platform_names)
    return [m for m in mentions if m.text not in names or any(a <= m.start < z for a, z in headline)
            or not _follow_row(text, m, layout)]
