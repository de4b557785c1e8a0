"""Read stage: paths, directories and globs to Pages, one reader per format.

Every input that cannot be read becomes an InputError naming it (printably, see names.py) and
saying why, with at most an excerpt of what it found; the rest of the batch goes on. Nothing is
skipped without a word: a folder with nothing to read, a named pipe, a link that loops or leads
nowhere, a folder that cannot be listed are each reported by name.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from dipnet.errors import InputError
from dipnet.model import Page
from dipnet.read.html import looks_like_html, page_from_html, read_html
from dipnet.read.jsonl import read_jsonl
from dipnet.read.names import excerpt, shown
from dipnet.read.sniff import HEAD, binary_format, is_gzip
from dipnet.read.text import read_text

__all__ = ["expand_paths", "read_inputs", "read_path"]

_HTML = {".html", ".htm", ".shtml", ".xhtml"}
_JSONL = {".jsonl", ".ndjson"}
MAX_REASON = 400  # characters of a reason; what an input holds is quoted by excerpt, never whole

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def _not_a_file(st: os.stat_result) -> str:
    kind = next((k for test, k in _KINDS if test(st.st_mode)), "not a regular file")
    return f"{kind}, not a file: not read (reading it could wait forever or never end)"


def _stat_error(path: Path, exc: OSError) -> InputError:
    if exc.errno == errno.ELOOP:
        return InputError(shown(path), "a symbolic link that loops (it leads back to itself): not read")
    if exc.errno == errno.ENOENT and path.is_symlink():
        return InputError(shown(path), f"a symbolic link to {shown(os.readlink(path))!s}, which does not exist")
    if exc.errno == errno.ENOENT:
        return InputError(shown(path), "no such file or directory")
    return InputError(shown(path), f"cannot be read: {exc.strerror or exc}")


def _walk(folder: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[Path | InputError]:
    """The files under `folder`, depth first in name order (as sorted paths are); hidden entries
    skipped; every entry that cannot be read reported; a link back to a folder above not followed."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(shown(folder), f"this folder cannot be listed: {exc.strerror or exc}; nothing under it was read")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            st = os.stat(path)
        except OSError as exc:
            yield _stat_error(path, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            if (st.st_dev, st.st_ino) in ancestors:
                yield InputError(shown(path), "a link back to a folder that contains it: not followed (it would loop)")
            else:
                yield from _walk(path, ancestors | {(st.st_dev, st.st_ino)})
        elif stat.S_ISREG(st.st_mode):
            yield path
        else:
            yield InputError(shown(path), _not_a_file(st))


def _folder(folder: Path, st: os.stat_result) -> Iterator[Path | InputError]:
    """The files under a folder named on the command line; one that holds none says so and why."""
    said = False
    for item in _walk(folder, frozenset({(st.st_dev, st.st_ino)})):
        said = True
        yield item
    if not said:
        yield InputError(shown(folder), f"a folder with no file to read under it: {_what_is_there(folder)}")


def _what_is_there(folder: Path) -> str:
    """What a folder without a file to read holds: nothing, empty folders, hidden entries."""
    folders = hidden = 0
    for _, dirs, files in os.walk(folder):
        hidden += sum(n.startswith(".") for n in dirs + files)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        folders += len(dirs)
    found = [f"{folders} folder(s) with no file in them"] if folders else []
    found += [f"{hidden} hidden entr{'y' if hidden == 1 else 'ies'}, which are not read"] if hidden else []
    return " and ".join(found) if found else "it is empty"


def expand_paths(paths: Iterable[str]) -> Iterator[Path | InputError]:
    """Files named, globbed, or found (recursively, in sorted order) under named directories."""
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if any(c in raw for c in "*?[") else [raw]
        if not matches:
            yield InputError(shown(raw), "no file matches this pattern")
        for m in matches:
            p = Path(m)
            try:
                st = os.stat(p)
            except OSError as exc:
                yield _stat_error(p, exc)
                continue
            if stat.S_ISDIR(st.st_mode):
                yield from _folder(p, st)
            elif stat.S_ISREG(st.st_mode):
                yield p
            else:
                yield InputError(shown(p), _not_a_file(st))


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(HEAD)


def _read(path: Path) -> Iterator[Page | InputError]:
    name = path.name.lower()
    warc = name.endswith((".warc", ".warc.gz"))
    head = _head(path)
    kind = binary_format(head)
    if kind and not (warc and is_gzip(head)):
        hint = " (a gzipped crawl is read when named .warc.gz)" if kind.startswith("gzip") else ""
        yield InputError(shown(path), f"binary data, not a page (text, HTML, JSONL or WARC): {kind}{hint}; not read")
    elif warc:
        from dipnet.read.warc import read_warc  # here: warcio (and fsspec under it) load only for a crawl

        yield from read_warc(path)
    elif path.suffix.lower() in _JSONL:
        yield from read_jsonl(path)
    elif path.suffix.lower() in _HTML:
        yield read_html(path)
    else:
        page = read_text(path)
        yield page_from_html(page.text, page.source, encoding=page.encoding) if looks_like_html(page.text) else page


def _bounded(err: InputError) -> InputError:
    """The last guard of 'a message carries an excerpt, not the input': any reason too long is cut."""
    if len(err.reason) <= MAX_REASON and len(err.source) <= MAX_REASON:
        return err
    return InputError(excerpt(err.source, MAX_REASON), excerpt(err.reason, MAX_REASON))


def read_path(path: Path) -> Iterator[Page | InputError]:
    try:
        for item in _read(path):
            yield _bounded(item) if isinstance(item, InputError) else item
    except InputError as exc:
        yield _bounded(exc)
    except OSError as exc:
        yield InputError(shown(path), f"cannot be read: {exc.strerror or exc}")


def read_inputs(paths: Iterable[str]) -> Iterator[Page | InputError]:
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item)
