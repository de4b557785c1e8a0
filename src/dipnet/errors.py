"""The one exception tree of dipnet. Library errors are translated at the edge with `raise … from`."""

from __future__ import annotations


class DipnetError(Exception):
    """Base of every error dipnet raises on purpose."""


class InputError(DipnetError):
    """An input could not be read: names the input and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StageError(DipnetError):
    """A pipeline stage could not process a page for a reason it expected and names; the page is
    kept, the problem recorded, and the remaining stages run."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StoreError(DipnetError):
    """The DuckDB store could not be opened or written."""


class QueryError(DipnetError):
    """A query was malformed or named something that does not exist."""
