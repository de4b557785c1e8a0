"""JSONL: one article a line, with `text` or `html`, and optional `url`, `title`, `published` and
`fetched` (when the page was read, ISO 8601: no date the page is of is newer)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read import encoding
from dipnet.read.encoding import decode_bytes
from dipnet.read.fetched import fetched_day
from dipnet.read.html import looks_like_html, page_from_html
from dipnet.read.names import excerpt, shown, shown_name
from dipnet.rx import plain as _plain

_SURROGATE = _plain(f"[{chr(0xD800)}-{chr(0xDFFF)}]")  # mypyc takes no surrogate in a literal
_SKIP_CHUNK = 1 << 20  # a line too long to be read is passed over this many bytes at a time


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object as a dict, refusing one that names a key twice: json keeps the last value
    silently, and which of two `text`s a record means is not for the reader to guess."""
    obj: dict[str, object] = {}
    for key, value in pairs:
        if key in obj:
            raise DuplicateKey(key)
        obj[key] = value
    return obj


def _rest_of_line(f: BinaryIO, first: bytes) -> int:
    """Read past the rest of a line that began with `first`, a bounded block at a time (read and
    find, not readline, which goes through the file 8 KB at a time); the line's whole length."""
    size = len(first)
    if not first or first.endswith(b"\n"):
        return size
    while block := f.read(_SKIP_CHUNK):
        end = block.find(b"\n")
        if end >= 0:
            f.seek(end + 1 - len(block), os.SEEK_CUR)  # back to the start of the next line
            return size + end + 1
        size += len(block)
    return size


def _lines(f: BinaryIO) -> Iterator[tuple[bytes | None, int]]:
    """Each line of `f` and its length in bytes; a line longer than a page may be is passed over
    without being held (None), so one 3 GB line costs no more memory than a short one."""
    while True:
        limit = encoding.MAX_BYTES
        raw = f.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            yield None, _rest_of_line(f, raw)
        else:
            yield raw, len(raw)


def _too_long(size: int, where: str) -> InputError:
    return InputError(where, f"a line of {size} bytes exceeds the {encoding.MAX_BYTES}-byte limit: not read")


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
    if rec.get("fetched") is not None:
        page.fetched = fetched_day(rec["fetched"], where, "`fetched`")
    return page


def _line_item(raw: bytes, n: int, path: Path) -> Page | InputError:
    """Line `n` (1-based) of `path` as a Page, or the error that names its file and line."""
    where = f"{shown_name(path)}:{n}"
    try:
        line, _ = decode_bytes(raw.lstrip(b"\xef\xbb\xbf") if n == 1 else raw, where)
        rec = json.loads(line, object_pairs_hook=unique_keys)
    except InputError as exc:
        return exc
    except DuplicateKey as exc:
        return InputError(where, f"a JSON object has the key '{excerpt(exc.key, 40)}' twice: which value is meant "
                                 "is unknown, so the record is not read")
    except json.JSONDecodeError as exc:
        return InputError(where, f"not JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:  # json.loads recurses once per level of nesting
        return InputError(where, "not JSON that can be read: nested too deeply")
    except ValueError as exc:  # JSON it cannot represent, as an integer of more than 4,300 digits
        return InputError(where, f"not JSON that can be read: {excerpt(str(exc), 120)}")
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
        yield InputError(shown(path), f"cannot be read: {exc.strerror or exc}")
        return
    with stream:
        seen_any = False
        for n, (raw, size) in enumerate(_lines(stream), 1):
            if raw is None:
                seen_any = True
                yield _too_long(size, f"{shown_name(path)}:{n}")
                continue
            if n == 1:  # the byte-order mark of the file, not of its first record (which may be blank)
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            seen_any = True
            yield _line_item(raw, n, path)
        if not seen_any:
            yield InputError(shown(path), "empty input")


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
            first = f.readline(_SKIP_CHUNK)
            pos = lo - 1 + _rest_of_line(f, first)
            n += 0 if first == b"\n" else 1
        lines = _lines(f)
        while pos < hi:
            raw, size = next(lines, (b"", 0))
            if not size:
                break
            pos += size
            if raw is None:
                seen_any = True
                items.append(_too_long(size, f"{shown_name(path)}:{n}"))
            elif raw.strip():
                seen_any = True
                items.append(_line_item(raw, n, path))
            n += 1
    return items, seen_any
