"""Where dipnet keeps what it builds once and reuses across runs (the built knowledge base, the
compiled programs of its patterns): $DIPNET_CACHE_DIR (set and empty: nowhere), else `dipnet` in the
user's cache directory ($XDG_CACHE_HOME, else ~/.cache). Everything kept there is keyed by a digest of
what it was built from, and anything amiss with it (missing, unreadable, not writable) only means it is
built again."""

from __future__ import annotations

import hashlib
import os
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
