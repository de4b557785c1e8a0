"""One fact context per page for the facts and the relations stages (issue 17).

Both stages read a page through a `Context`: its sentence and clause bounds, its mentions without the
ones read across a word (party_mentions), its currency names, its entity tables — all worked out from
the document alone, and each built when first asked. The relations stage runs right after the facts
stage on the same document, which the facts stage does not change: it used to build all of it again.
The context is kept for the last document asked about, and given again only while that document is
the same object with the same fields (the very objects, the lists of the same length): a document
changed in between, or another one, gets a context of its own.
"""

from __future__ import annotations

from dataclasses import fields

from dipnet.extract.figures.factcontext import Context
from dipnet.model import Document

# what a context never reads: the stages' own outputs after it, and the problems found
_OUTPUTS = ("facts", "relations", "problems")
_READ = tuple(f.name for f in fields(Document) if f.name not in _OUTPUTS)

_LAST: list[tuple[Document, tuple[object, ...], tuple[int, ...], Context]] = []


def _state(doc: Document) -> tuple[tuple[object, ...], tuple[int, ...]]:
    values = tuple(getattr(doc, name) for name in _READ)
    return values, tuple(len(v) if isinstance(v, list) else -1 for v in values)


def context_of(doc: Document) -> Context:
    """The context of `doc`: the one built last if it was built for this document as it is now."""
    values, sizes = _state(doc)
    if _LAST:
        last_doc, last_values, last_sizes, ctx = _LAST[0]
        if last_doc is doc and last_sizes == sizes and all(a is b for a, b in zip(values, last_values, strict=True)):
            return ctx
    ctx = Context(doc)
    _LAST[:] = [(doc, values, sizes, ctx)]  # (the values are held: no id of theirs is reused meanwhile)
    return ctx
