"""Where dipnet keeps what it builds once and reuses across runs (the built knowledge base, the
compiled programs of its patterns): $DIPNET_CACHE_DIR (set and empty: nowhere), else `dipnet` in the
user's cache directory ($XDG_CACHE_HOME, else ~/.cache). Everything kept there is keyed by a digest of
what it was built from, and anything amiss with it (missing, unreadable, not writable) only means it is
built again."""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    own = os.environ.get("DIPNET_CACHE_DIR")
    if own is not None:
        return Path(own) if own else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory to be found: nothing kept
            return None
    return Path(base) / "dipnet"


def write_whole(path: Path, data: bytes | list[Any]) -> bool:
    """Writes `data` (bytes, or a list of bytes-like parts one after another) to `path` whole or not at all
    (a temporary file renamed); False where it could not."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            f.writelines([data] if isinstance(data, bytes) else data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # no directory to have written it in
            pass
        return False


def kept_text(name: str, depends_on: bytes, build: Callable[[], str]) -> str:
    """`build()`, kept in the cache directory as `name-<digest>.txt` under a digest of `depends_on`
    (what the text is made from: the code that builds it, the Python's version where its tables are
    the Python's), and read back by a later run instead of built again. The file holds the text's own
    digest before it: a file changed since is built over."""
    where = cache_dir()
    path = where / f"{name}-{hashlib.sha256(depends_on).hexdigest()[:32]}.txt" if where else None
    if path is not None:
        try:
            head, _, body = path.read_bytes().partition(b"\n")
            if head.decode("ascii") == hashlib.sha256(body).hexdigest():
                return body.decode("utf-8", errors="surrogatepass")
        except (OSError, UnicodeDecodeError):
            pass
    text = build()
    if path is not None:
        body = text.encode("utf-8", errors="surrogatepass")
        write_whole(path, hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body)
    return text


# --- tables of plain values kept between runs (marshal: no objects built from the file) ---------------
def table_path(name: str, source: Path) -> Path | None:
    """Where the table built by the module at `source` is kept: `name-<digest>.marshal`, keyed by this
    Python's version, marshal's and the module's source (another of either: another file)."""
    where = cache_dir()
    if where is None:
        return None
    h = hashlib.sha256(f"{sys.version}\0{marshal.version}\0".encode() + source.read_bytes())
    return where / f"{name}-{h.hexdigest()[:32]}.marshal"


def read_table(path: Path | None) -> dict:
    """The table kept at `path`; empty where there is none, or it is unreadable or no table."""
    if path is None:
        return {}
    try:
        got = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return got if isinstance(got, dict) else {}


def add_to_table(path: Path | None, new: dict, cap: int = 20_000) -> None:
    """`new` added to the table at `path` as another process may have left it; nothing kept once it
    would hold more than `cap` entries (patterns built from pages' text would make it unbounded)."""
    if path is None or not new:
        return
    merged = {**read_table(path), **new}
    if len(merged) <= cap:
        try:
            write_whole(path, marshal.dumps(merged))
        except ValueError:  # a value marshal cannot write: nothing kept
            pass


# --- tables of large values, each read only when asked (the programs of thousands of patterns) -------
# The file: LAZY_MAGIC, the index's length (8 bytes, little-endian), the index (marshal: key -> (start,
# end) of the value's bytes after it) and each value marshalled. A run maps the file and decodes a value
# only when asked: ~20,000 kept programs (12 million codes) were 215 MB of objects in every process, of
# which importing dipnet.consolidate and loading the KB asks for one (issue 17). The file is replaced whole, never
# written over, so a map of the old one stays valid while another process writes the new.
LAZY_MAGIC = b"dipnet-lazy-1\n"


class LazyTable(Mapping[Any, Any]):
    """A table kept by `add_to_lazy_table`: its keys, and each value decoded when asked (not kept:
    a caller keeps what it made of it)."""

    def __init__(self, data: Any = b"", index: dict | None = None, start: int = 0) -> None:
        self.data, self.index, self.start = data, index or {}, start

    def __getitem__(self, key: Any) -> Any:
        lo, hi = self.index[key]
        try:
            return marshal.loads(self.data[self.start + lo:self.start + hi])
        except (EOFError, ValueError, TypeError) as e:  # a value broken since: as if none
            raise KeyError(key) from e

    def raw(self, key: Any) -> Any:
        """The value's bytes as kept, a view of the map (copied to a new file without decoding)."""
        lo, hi = self.index[key]
        return memoryview(self.data)[self.start + lo:self.start + hi]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.index)

    def __len__(self) -> int:
        return len(self.index)


def read_lazy_table(path: Path | None) -> LazyTable:
    """The table kept at `path` (add_to_lazy_table), mapped, not read; empty where there is none, or
    it is unreadable or of another layout."""
    if path is None:
        return LazyTable()
    try:
        with open(path, "rb") as f:
            data: Any = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # none, unreadable, or empty (no map of 0 bytes)
        return LazyTable()
    n = len(LAZY_MAGIC)
    try:
        if data[:n] != LAZY_MAGIC:
            raise ValueError("another layout")
        size = int.from_bytes(data[n:n + 8], "little")
        index = marshal.loads(data[n + 8:n + 8 + size])
        if not isinstance(index, dict) or not all(isinstance(v, tuple) and len(v) == 2 for v in index.values()):
            raise ValueError("no index")
    except (EOFError, ValueError, TypeError):
        data.close()
        return LazyTable()
    return LazyTable(data, index, n + 8 + size)


def add_to_lazy_table(path: Path | None, new: dict, cap: int = 20_000) -> None:
    """`new` added to the lazy table at `path` as another process may have left it (its values copied
    as bytes, not decoded); nothing kept once it would hold more than `cap` entries (add_to_table)."""
    if path is None or not new:
        return
    try:
        fresh = {key: marshal.dumps(value) for key, value in new.items()}
    except ValueError:  # a value marshal cannot write: nothing kept
        return
    old = read_lazy_table(path)
    keys = [k for k in old if k not in fresh]
    if len(keys) + len(fresh) > cap:
        return
    parts = [old.raw(k) for k in keys] + list(fresh.values())
    index, at = {}, 0
    for key, part in zip([*keys, *fresh], parts, strict=True):
        index[key] = (at, at + len(part))
        at += len(part)
    head = marshal.dumps(index)
    write_whole(path, [LAZY_MAGIC, len(head).to_bytes(8, "little"), head, *parts])  # the old values not copied first
