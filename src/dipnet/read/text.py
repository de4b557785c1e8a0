"""Plain-text pages, as a crawler saves them."""

from __future__ import annotations

from pathlib import Path

from dipnet.model import Page
from dipnet.read.encoding import decode_bytes, read_bounded
from dipnet.read.names import shown, shown_name


def read_text(path: Path) -> Page:
    source = shown(path)
    text, encoding = decode_bytes(read_bounded(path, source), source)
    return Page(source=shown_name(path), text=text, encoding=encoding)
