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


class PipelineBug(DipnetError):
    """A stage failed in a way it did not expect: a bug. The page is not extracted; which input, which
    stage and what went wrong are reported (and the traceback logged), and a batch goes on."""

    def __init__(self, source: str, stage: str, cause: BaseException) -> None:
        super().__init__(f"{source}: the {stage} stage failed: {type(cause).__name__}: {cause}")
        self.source, self.stage, self.cause = source, stage, cause

    def as_input_error(self) -> InputError:
        return InputError(self.source, f"not extracted: the {self.stage} stage failed "
                                       f"({type(self.cause).__name__}: {self.cause}); a bug, please report it with this page")


class StoreError(DipnetError):
    """The DuckDB store could not be opened or written."""


class QueryError(DipnetError):
    """A query was malformed or named something that does not exist."""


class NotFound(QueryError):
    """The query named an entity or event the knowledge base does not have."""


class DataKeyError(DipnetError, KeyError):
    """A data file lacks a key its reader needs (a renamed or mistyped key): names the file and the key,
    instead of the rule switching itself off unseen."""

    def __init__(self, file: str, key: str) -> None:
        super().__init__(f"{file}: no key {key!r}, which its reader needs")
        self.file, self.key = file, key

    def __str__(self) -> str:
        return str(self.args[0])
