"""Reading the knowledge-base TSV files: header-driven rows with file:line provenance."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from dipnet.rx import plain as _plain

# middle-dot look-alikes folded to U+00B7 (the dot Chinese press uses between name parts)
_DOTS = "\u30fb\u2022\u2027\uff65\u2219\u22c5\u318d\u0387\u16eb\u2e31\ufe52\u00b7\u2024"
_DOT_TABLE = str.maketrans({c: "\u00b7" for c in _DOTS})
_ANY_DOT = _plain(f"[{_DOTS}]")


class KnowledgeBaseError(Exception):
    """A data file of the knowledge base is malformed (message names the file and line)."""


def normalize(text: str) -> str:
    """NFKC, fold middle-dot variants to '·', drop spaces around dots, strip."""
    s = unicodedata.normalize("NFKC", text)
    if _ANY_DOT.search(s) is None:  # most names have no dot: nothing to fold (one scan in C)
        return s.strip()
    s = s.translate(_DOT_TABLE)
    if "·" in s:
        s = "·".join(part.strip() for part in s.split("·"))
    return s.strip()


def undotted(text: str) -> str:
    return text.replace("·", "").replace("-", "")


class Row:
    """One data row: its cells by column name, with its file and line (a plain class with slots: the
    loader makes one for each of some ten thousand rows at every start, where a frozen dataclass sets
    each field through object.__setattr__)."""

    __slots__ = ("values", "file", "line")

    def __init__(self, values: dict[str, str], file: str, line: int) -> None:
        self.values, self.file, self.line = values, file, line

    def __repr__(self) -> str:
        return f"Row({self.values!r}, {self.file!r}, {self.line!r})"

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")

    def get(self, key: str) -> str | None:
        v = self.values.get(key, "")
        return v or None

    def multi(self, key: str) -> tuple[str, ...]:
        cell = self.values.get(key, "")
        return tuple(v for part in cell.split("|") if (v := part.strip())) if cell else ()

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def error(self, msg: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(f"{self.where}: {msg}")


def read_rows(text: str, file: str, required: tuple[str, ...]) -> Iterator[Row]:
    """Yield the data rows of a TSV text. The first non-comment line is the header."""
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):  # (splitlines keeps no line end)
        if not line or line[0] == "#" or not line.strip() or line.lstrip().startswith("#"):
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
        yield Row(dict(zip(header, map(str.strip, cells), strict=True)), file, lineno)
    if header is None:
        raise KnowledgeBaseError(f"{file}:1: no header row")
