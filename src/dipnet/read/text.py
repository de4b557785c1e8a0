"""Plain-text pages, as a crawler saves them."""

from __future__ import annotations

from pathlib import Path

from dipnet.model import Page
from dipnet.read.encoding import decode_bytes, read_bounded
from dipnet.read.names import shown, shown_name
from dipnet.rx import plain as _plain

# a crawler's text file may open with the page's address on a line of its own: that is the page's URL
# (its dates and ids date the page), not its headline
_URL_LINE = _plain(r"\ufeff?\s*(https?://[^\s]{4,2000})[ \t]*\r?\n")


def read_text(path: Path) -> Page:
    source = shown(path)
    text, encoding = decode_bytes(read_bounded(path, source), source)
    m = _URL_LINE.match(text)
    if m:
        return Page(source=shown_name(path), text=text[m.end():], url=m.group(1), encoding=encoding)
    return Page(source=shown_name(path), text=text, encoding=encoding)
