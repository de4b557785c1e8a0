"""The site's own lines where teasers are read: its menu items run together in a row ("回主页关于我们", "使用条款及细则
版权及免责声明私隐政策联络我们"), and a follow row that names the site's accounts and channels ("某某政府新闻局
政府新闻频道", "某某新闻局 Facebook"). Site menus are not part of the page (SPEC): no brief there."""

from __future__ import annotations

from dipnet.layout import Layout, holds_any
from dipnet.rx import plain as _plain

_SENTENCE = _plain(r"[。,，;；!！?？:：、]")


def site_menu(text: str, layout: Layout) -> bool:
    """A menu item alone, or a line holding two of the site's menu items, no sentence in it."""
    bare = text.replace(" ", "")
    if bare in layout.site_menu_words:
        return True
    if len(bare) > 60 or "。" in bare:
        return False
    # (a line holding none of the words, as most lines, is told by one search before they are counted, sp25)
    return holds_any(bare, layout.site_menu_words) and sum(1 for w in layout.site_menu_words if w in bare) >= 2


def follow_row(line: str, names: tuple[str, ...], row_max: int) -> str | None:
    """The last word of a follow row: a short line (`row_max` characters at most) with no sentence mark whose
    last word ends with one of `names`, an account's, a channel's or a platform's ("某某局 政府新闻频道",
    "某某局 Facebook"); None for any other line."""
    line = line.strip()
    if len(line) > row_max or _SENTENCE.search(line):
        return None
    last = line.rsplit(" ", 1)[-1]
    return last if last.endswith(names) else None


def account_row(line: str, layout: Layout) -> bool:
    """A follow row of the site's accounts and channels, a space before its last word: "某某局 政府新闻频道"."""
    return " " in line.strip() and \
        follow_row(line, layout.channel_ends + layout.platform_names, layout.follow_row_max) is not None


def site_part(part: str, line: str, layout: Layout) -> bool:
    """A piece of a link row that is no teaser: a button, a "更多" marker, a menu item, or a follow row's piece."""
    return part in layout.boilerplate or part.rstrip(":：") in layout.more_markers or site_menu(part, layout) \
        or account_row(line, layout)


# a section's path over the headline, its steps parted by slashes ("国际/东南亚", "中国/某某"): words, no figure
_PATH = _plain(r"[\u4e00-\u9fffA-Za-z]{2,6}(?:\s?[/／]\s?[\u4e00-\u9fffA-Za-z]{2,6}){1,3}")


def section_path(text: str, layout: Layout) -> bool:
    """A section's path: two to four short steps parted by slashes; not a credit or a byline ("记者/某某",
    "某某/译", "某某报/记者某某/即时报导")."""
    # (a slash first: most lines have none, and the path's pattern needs one)
    if len(text) > 24 or "/" not in text and "／" not in text or _PATH.fullmatch(text) is None:
        return False
    steps = [w.strip() for w in text.replace("／", "/").split("/")]
    return not any(w.startswith(layout.credit_words) or w.endswith(layout.byline_ends) for w in steps) \
        and steps[-1] not in layout.credit_after
