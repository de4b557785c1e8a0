"""Plain-text pages, as a crawler saves them."""

from __future__ import annotations

from pathlib import Path

from dipnet.model import Page
from dipnet.read.encoding import decode_bytes


def read_text(path: Path) -> Page:
    text, encoding = decode_bytes(path.read_bytes(), str(path))
    return Page(source=path.name, text=text, encoding=encoding)
