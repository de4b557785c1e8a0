"""JSONL: one article a line, with `text` or `html`, and optional `url`, `title`, `published`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read.encoding import decode_bytes
from dipnet.read.html import looks_like_html, page_from_html

_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: object) -> object:
    """A JSON string may hold a lone surrogate (\\ud800), which is no character and cannot be written
    as UTF-8 anywhere downstream: each becomes U+FFFD, so the rest of the record is kept."""
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def _page_from_record(rec: Any, where: str) -> Page:
    if not isinstance(rec, dict):
        raise InputError(where, "a JSONL line must be an object with `text` or `html`")
    rec = {k: _scrub(v) for k, v in rec.items()}
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    source = url or where
    published = rec.get("published") if isinstance(rec.get("published"), str) else None
    html, text = rec.get("html"), rec.get("text")
    if isinstance(html, str) and html.strip():
        page = page_from_html(html, source, url=url, published=published)
    elif isinstance(text, str) and text.strip():
        if looks_like_html(text):
            page = page_from_html(text, source, url=url, published=published)
        else:
            page = Page(source=source, text=text, url=url, published=published, encoding="utf-8")
    else:
        raise InputError(where, "record has neither a non-empty `text` nor `html` field")
    if isinstance(rec.get("title"), str) and rec["title"].strip():
        page.title = rec["title"].strip()
    return page


def _line_item(raw: bytes, n: int, path: Path) -> Page | InputError:
    """Line `n` (1-based) of `path` as a Page, or the error that names its file and line."""
    where = f"{path.name}:{n}"
    try:
        line, _ = decode_bytes(raw.lstrip(b"\xef\xbb\xbf") if n == 1 else raw, where)
        rec = json.loads(line)
    except InputError as exc:
        return exc
    except json.JSONDecodeError as exc:
        return InputError(where, f"not JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:  # json.loads recurses once per level of nesting
        return InputError(where, "not JSON that can be read: nested too deeply")
    except ValueError as exc:  # JSON it cannot represent, as an integer of more than 4,300 digits
        return InputError(where, f"not JSON that can be read: {exc}")
    try:
        return _page_from_record(rec, where)
    except InputError as exc:  # an error of the record's HTML names its URL: the line finds it
        return exc if exc.source == where else InputError(f"{where} ({exc.source})", exc.reason)


def read_jsonl(path: Path) -> Iterator[Page | InputError]:
    """Every line as a Page, or as the error that names its file and line; the rest goes on. The
    file is read a line at a time, so a batch may be far larger than one page may be."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot be read: {exc.strerror or exc}")
        return
    with stream:
        seen_any = False
        for n, raw in enumerate(stream, 1):
            if n == 1:  # the byte-order mark of the file, not of its first record (which may be blank)
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            seen_any = True
            yield _line_item(raw, n, path)
        if not seen_any:
            yield InputError(str(path), "empty input")


def count_newlines(path: Path, lo: int, hi: int, chunk: int = 1 << 20) -> int:
    """The number of line ends in bytes [lo, hi) of `path`: what a worker needs to number the
    lines of the next byte range without reading the file from its start."""
    n = 0
    with path.open("rb") as f:
        f.seek(lo)
        left = hi - lo
        while left > 0:
            block = f.read(min(chunk, left))
            if not block:
                break
            n += block.count(b"\n")
            left -= len(block)
    return n


def read_jsonl_range(path: Path, lo: int, hi: int, newlines_before: int) -> tuple[list[Page | InputError], bool]:
    """The lines that start in bytes [lo, hi) of `path`, numbered as read_jsonl numbers them
    (`newlines_before` is count_newlines(path, 0, lo)), and whether any of them was not blank.
    Byte ranges that tile a file yield, together and in order, exactly what read_jsonl yields
    (but for its "empty input", which only the whole file can tell)."""
    items: list[Page | InputError] = []
    seen_any = False
    with path.open("rb") as f:
        n = newlines_before + 1
        pos = lo
        if lo > 0:  # the line that began before lo belongs to the range before
            f.seek(lo - 1)
            skipped = f.readline()
            pos = lo - 1 + len(skipped)
            n += 0 if skipped == b"\n" else 1
        while pos < hi:
            raw = f.readline()
            if not raw:
                break
            pos += len(raw)
            if raw.strip():
                seen_any = True
                items.append(_line_item(raw, n, path))
            n += 1
    return items, seen_any
