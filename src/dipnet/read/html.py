"""HTML pages: main text and title by trafilatura, the date only from the page's own metadata."""

from __future__ import annotations

import re
from pathlib import Path

from lxml.etree import LxmlError

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read.encoding import decode_bytes, read_bounded
from dipnet.read.names import excerpt, shown, shown_name
from dipnet.rx import plain as _plain

# The page's own statements of its date. trafilatura would also guess a date from the text or the
# URL when these are missing; such a guess is not metadata, so only these are trusted here.
_META_DATE = _plain(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|PubDate|date|dc\.date|DC\.date\.issued|publish-date)["']"""
    r"""[^>]*content\s*=\s*["']([^"']+)["']""",
    re.IGNORECASE,
)
_META_DATE_REV = _plain(
    r"""<meta[^>]+content\s*=\s*["']([^"']+)["'][^>]*(?:property|name|itemprop)\s*=\s*["']"""
    r"""(?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date)["']""",
    re.IGNORECASE,
)
_JSONLD_DATE = _plain(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_TAG = _plain(r"<time[^>]+datetime\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_ISO = _plain(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")


def metadata_date(html: str) -> str | None:
    """The publication date the page states in its own markup, as ISO, or None."""
    for pattern in (_META_DATE, _META_DATE_REV, _JSONLD_DATE, _TIME_TAG):
        for found in pattern.finditer(html):
            iso = _ISO.search(found.group(1))
            if iso:
                return iso.group(0)
    return None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def page_from_html(html: str, source: str, url: str | None = None, published: str | None = None,
                   encoding: str | None = None) -> Page:
    import trafilatura  # here, not at the top: a third of the command's start-up, and most inputs are not HTML

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
    except (LxmlError, ValueError) as exc:  # what lxml raises under trafilatura on markup it cannot build a tree of
        raise InputError(source, f"HTML could not be parsed: {excerpt(str(exc), 120)}") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(source, "HTML page without any main text")
    title = getattr(doc, "title", None)
    if title:
        text = title.strip() + "\n\n" + text  # keep the headline in the text: it is evidence too
    return Page(source=source, text=text, url=url, title=title, encoding=encoding, html=html,
                published=published or metadata_date(html))


def read_html(path: Path) -> Page:
    source = shown(path)
    html, encoding = decode_bytes(read_bounded(path, source), source)
    return page_from_html(html, shown_name(path), encoding=encoding)
