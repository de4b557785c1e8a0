"""Read stage: paths, directories and globs to Pages, one reader per format.

Every input that cannot be read becomes an InputError naming it; the rest of the batch goes on.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read.html import looks_like_html, page_from_html, read_html
from dipnet.read.jsonl import read_jsonl
from dipnet.read.text import read_text
from dipnet.read.warc import read_warc

__all__ = ["expand_paths", "read_inputs", "read_path"]

_HTML = {".html", ".htm", ".shtml", ".xhtml"}
_JSONL = {".jsonl", ".ndjson"}


def expand_paths(paths: Iterable[str]) -> Iterator[Path | InputError]:
    """Files named, globbed, or found (recursively, in sorted order) under named directories."""
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if any(c in raw for c in "*?[") else [raw]
        if not matches:
            yield InputError(raw, "no file matches this pattern")
        for m in matches:
            p = Path(m)
            if p.is_dir():
                yield from (f for f in sorted(p.rglob("*")) if f.is_file() and not f.name.startswith("."))
            elif p.is_file():
                yield p
            else:
                yield InputError(m, "no such file or directory")


def read_path(path: Path) -> Iterator[Page | InputError]:
    name = path.name.lower()
    try:
        if name.endswith((".warc", ".warc.gz")):
            yield from read_warc(path)
        elif path.suffix.lower() in _JSONL:
            yield from read_jsonl(path)
        elif path.suffix.lower() in _HTML:
            yield read_html(path)
        else:
            page = read_text(path)
            yield page_from_html(page.text, page.source, encoding=page.encoding) if looks_like_html(page.text) else page
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(str(path), f"cannot be read: {exc.strerror or exc}")


def read_inputs(paths: Iterable[str]) -> Iterator[Page | InputError]:
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item)

