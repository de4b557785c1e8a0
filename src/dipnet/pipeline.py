"""The pipeline, in stage order: read → normalize → segment → recognize → resolve time →
extract events/facts/relations. Consolidation across pages and the store come after, per batch.

Each stage is `Document -> Document` and says in its docstring what it adds. A stage that cannot
process a page raises StageError, which is recorded as a Problem (input, stage, reason) on the
document, and the rest goes on. Anything else is a bug (benchmarks/fuzz.py hunts them, and they
are fixed where they arise): its traceback is logged and it is raised as PipelineBug, naming the
page and the stage, which a batch reports as that input's error before it goes on. Nothing catches
an exception to carry on as if it had not happened (ruff's BLE001 is on).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dipnet.errors import InputError, PipelineBug, StageError
from dipnet.extract.common.topiccomma import subject_commas_masked
from dipnet.extract.events import extract_events
from dipnet.extract.facts import extract_facts
from dipnet.extract.foundings import founded_once
from dipnet.extract.relations import extract_relations
from dipnet.extract.relationyears import relation_years
from dipnet.model import Document, Page, Problem
from dipnet.normalize import normalize
from dipnet.read import read_inputs
from dipnet.recognize import recognize, resolve_bare_titles
from dipnet.segment import segment
from dipnet.timex import resolve_time

Stage = Callable[[Document], Document]
log = logging.getLogger(__name__)


def stages() -> list[tuple[str, Stage]]:
    """The stages after normalization, in order."""
    return [("segment", segment), ("recognize", recognize), ("time", resolve_time),
            ("titles", resolve_bare_titles), ("events", add_events),
            ("facts", add_facts), ("relations", add_relations)]


def add_events(doc: Document) -> Document:
    """Adds `events`: typed, dated, coded events with their actors and evidence span."""
    doc.events = extract_events(subject_commas_masked(doc))  # (某国总统某某和某国首相某某,在东京举行会谈: one clause)
    relation_years(doc)  # 越中两国68年来, 越老关系60年: the pair's anniversary (extract/relationyears.py)
    return doc


def add_facts(doc: Document) -> Document:
    """Adds `facts`: quantitative claims with subject, normalized value, unit, as-of and evidence."""
    doc.facts = extract_facts(doc)
    return doc


def add_relations(doc: Document) -> Document:
    """Adds `relations`: relationship levels between two parties, with `since` where the text gives it; a founding of
    relations the page tells again undated takes the year the text gives it (extract/foundings.py)."""
    doc.relations = extract_relations(doc)
    founded_once(doc)  # 马中两国建交迄今 on a page that dates the founding 1974: that founding, not the page's day
    return doc


def process_page(page: Page) -> Document:
    return run_stages(normalize(page))


def run_stages(doc: Document) -> Document:
    """Every stage after normalization; apart from process_page so that a caller can look up the
    normalized text's hash in the store first and skip the expensive stages for a known page."""
    for name, stage in stages():
        # a stage raises StageError for what it knows it cannot do and names why: the page keeps it as
        # a problem and the other stages run. Anything else is a bug: its traceback is logged and it
        # comes out as PipelineBug, naming the page and the stage, never as a quiet partial page
        try:
            doc = stage(doc)
        except StageError as exc:
            doc.problems.append(Problem(doc.source, name, exc.reason))
        except Exception as exc:
            log.exception("%s: the %s stage failed", doc.source, name)
            raise PipelineBug(doc.source, name, exc) from exc
    return doc


def process_inputs(paths: Iterable[str], skip: Callable[[Document], bool] | None = None
                   ) -> Iterator[Document | InputError]:
    """Every input as a Document or the error that names it; a page for which `skip` (given the
    normalized page) is true is yielded normalized only (`ingest` passes the store's hash lookup)."""
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            yield item
            continue
        doc = normalize(item)
        if skip is not None and skip(doc):
            yield doc
            continue
        try:
            doc = run_stages(doc)
        except PipelineBug as bug:  # reported as this input's error; the rest of the batch goes on
            yield bug.as_input_error()
            continue
        yield doc


def _names_a_file(text: str) -> bool:
    """A one-line string that is an existing file's path. A line of text is no path: too long a name
    (over the system's 255 bytes a component) or an unreadable one is text, not an error."""
    if len(text) >= 1024 or "\n" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # ENAMETOOLONG, an embedded NUL
        return False


def extract(text_or_path: str | Path, *, source: str | None = None, url: str | None = None) -> Document:
    """The public entry point: a page's text, or the path of one page file, to a Document."""
    if isinstance(text_or_path, Path) or _names_a_file(str(text_or_path)):
        items = list(read_inputs([str(text_or_path)]))
        for item in items:
            if isinstance(item, InputError):
                raise item
        return process_page(items[0])  # type: ignore[arg-type]
    return process_page(Page(source=source or url or "<text>", text=str(text_or_path), url=url))
