"""Where dipnet keeps what it builds once and reuses across runs (the built knowledge base, the
compiled programs of its patterns): $DIPNET_CACHE_DIR (set and empty: nowhere), else `dipnet` in the
user's cache directory ($XDG_CACHE_HOME, else ~/.cache). Everything kept there is keyed by a digest of
what it was built from, and anything amiss with it (missing, unreadable, not writable) only means it is
built again."""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path


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


def write_whole(path: Path, data: bytes) -> bool:
    """Writes `data` to `path` whole or not at all (a temporary file renamed); False where it could not."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
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
