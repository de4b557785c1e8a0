"""How an input is named in pages and messages: always printable, always writable as UTF-8.

A file name is bytes on POSIX; one that is not UTF-8 (`bad\\xff.txt`) reaches Python with lone
surrogates, which no UTF-8 writer (stdout, JSON, DuckDB) accepts, so one such name used to abort
a whole batch. Its undecodable bytes are shown as `\\xff`, and control characters (a newline in a
name would forge a line of the report) as escapes too, so every name is one printable line."""

from __future__ import annotations

import os
import re
from pathlib import Path

from dipnet.rx import plain as _plain

_UNPRINTABLE = _plain(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte the file system's name held that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(name: str | os.PathLike[str]) -> str:
    """`name` (a path or any text naming an input) as one printable UTF-8-safe line."""
    text = os.fspath(name) if isinstance(name, os.PathLike) else name
    return _UNPRINTABLE.sub(_escape, text)


def shown_name(path: Path) -> str:
    """The file's own name (no folder), as pages are named."""
    return shown(path.name)


def excerpt(text: str | bytes, limit: int = 80) -> str:
    """At most `limit` characters of `text` for a message, printable, with how much was left out:
    a message quotes what it found, never the whole of it (an 80 MB line stays in the file)."""
    if isinstance(text, bytes):
        total, unit, whole = len(text), "bytes", len(text) <= limit
        text = text[: limit * 4].decode("utf-8", "backslashreplace")
    else:
        total, unit, whole = len(text), "characters", True
    whole = whole and len(text) <= limit
    head = shown(text[:limit])  # escapes may lengthen it, at most sixfold
    return head if whole else f"{head}… ({total:,} {unit} in all)"
