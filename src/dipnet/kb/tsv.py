"""Reading the knowledge-base TSV files: header-driven rows with file:line provenance."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# middle-dot look-alikes folded to U+00B7 (the dot Chinese press uses between name parts)
_DOTS = "\u30fb\u2022\u2027\uff65\u2219\u22c5\u318d\u0387\u16eb\u2e31\ufe52\u00b7\u2024"
_DOT_TABLE = str.maketrans({c: "\u00b7" for c in _DOTS})


class KnowledgeBaseError(Exception):
    """A data file of the knowledge base is malformed (message names the file and line)."""


def normalize(text: str) -> str:
    """NFKC, fold middle-dot variants to '·', drop spaces around dots, strip."""
    s = unicodedata.normalize("NFKC", text).translate(_DOT_TABLE)
    if "·" in s:
        s = "·".join(part.strip() for part in s.split("·"))
    return s.strip()


def undotted(text: str) -> str:
    return text.replace("·", "").replace("-", "")


@dataclass(frozen=True)
class Row:
    values: dict[str, str]
    file: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")

    def get(self, key: str) -> str | None:
        v = self.values.get(key, "")
        return v or None

    def multi(self, key: str) -> tuple[str, ...]:
        return tuple(v.strip() for v in self.values.get(key, "").split("|") if v.strip())

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def error(self, msg: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"{self.where}: {msg}")


def read_rows(text: str, file: str, required: tuple[str, ...]) -> Iterator[Row]:
    """Yield the data rows of a TSV text. The first non-comment line is the header."""
    header: list[str] | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise KnowledgeBaseError(
                    f"{file}:{lineno}: header lacks column(s) {', '.join(missing)}"
                )
            if len(set(header)) != len(header):
                raise KnowledgeBaseError(f"{file}:{lineno}: duplicate column in header")
            continue
        if len(cells) != len(header):
            raise KnowledgeBaseError(
                f"{file}:{lineno}: expected {len(header)} columns ({', '.join(header)}), "
                f"found {len(cells)}"
            )
        values = {h: c.strip() for h, c in zip(header, cells, strict=True)}
        yield Row(values, file, lineno)
    if header is None:
        raise KnowledgeBaseError(f"{file}:1: no header row")
