"""A page whose excerpt opens with its story's first paragraph and prints no headline, under a URL that
spells the headline out in Chinese ("zh.vietnamplus.vn/越南国家主席会见…/16514.vnp"): the URL's slug is
the page's title, not the paragraph (the open gold: dev d01, d03). Only where the slug is readable in the URL
as given (a percent-encoded one is not read: the first line stays the title, dev d29), where the page does
not print it, and where the page does not open with the crawler's date line (" date 2026-01-23 …" stays
the title, dev d18) (issue 13, lay3)."""

from __future__ import annotations

from urllib.parse import urlsplit

from dipnet.rx import plain as _plain
from dipnet.untitled import untitled_paragraph

_CJK = _plain(r"[\u4e00-\u9fff]")
_SLUG_MIN = 6  # a headline's Chinese characters at least
_ID_AROUND = _plain(r"^\d+[-_]|(?:[-_]?(?:post|a)?\d+)?(?:\.[A-Za-z]+)?$")  # the site's id and file ending
_CRAWL_DATE = _plain(r"\s*date\s?(?:19|20)\d{2}-")


def _chinese(text: str) -> str:
    return "".join(_CJK.findall(text))


def slug(url: str) -> str | None:
    """The headline a URL's path spells out in Chinese (its last such part, without the site's id), its
    hyphens read as the headline's spaces; None where no part holds a headline's worth of Chinese."""
    parts = [p for p in urlsplit(url).path.split("/") if len(_CJK.findall(p)) >= _SLUG_MIN]
    return _ID_AROUND.sub("", parts[-1]).replace("-", " ").strip() or None if parts else None


def slug_title(url: str | None, raw: str, title: str) -> str:
    """The page's title: the URL's slug where the page prints no headline (its first line is a paragraph
    of the story) and the slug is not printed on it; else `title`."""
    head = slug(url) if url else None
    if head is None:
        return title
    first = next((ln.strip() for ln in raw.splitlines() if ln.strip()), "")
    if not untitled_paragraph(first) or _CRAWL_DATE.match(first) \
            or _chinese(head) in _chinese(raw):
        return title
    return head
