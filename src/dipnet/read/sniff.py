"""What a file is by its first bytes: a PDF, an archive, an image... is no page whatever its name.

The formats and their signatures are data (`read/data/formats.toml`), read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

HEAD = 32  # enough bytes for every signature in the table


@cache
def _signatures() -> tuple[tuple[int, bytes, str], ...]:
    table = tomllib.loads(resources.files("dipnet.read.data").joinpath("formats.toml").read_text("utf-8"))
    return tuple((int(f.get("at", 0)), bytes.fromhex(f["hex"]), str(f["name"])) for f in table["format"])


def binary_format(head: bytes) -> str | None:
    """The name of the non-page format `head` (a file's first bytes) begins with, or None."""
    for at, magic, name in _signatures():
        if head[at:at + len(magic)] == magic:
            return name
    return None


def is_gzip(head: bytes) -> bool:
    return head.startswith(b"\x1f\x8b")
