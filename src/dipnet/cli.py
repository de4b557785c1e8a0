"""The `dipnet` command: a thin layer over the pipeline, the store and the query module."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator

import click

from dipnet.errors import DipnetError, InputError, StoreError
from dipnet.model import Document
from dipnet.store import DEFAULT_DB


def _report(err: InputError) -> None:
    click.echo(f"dipnet: error: {err.source}: {err.reason}", err=True)


def _documents(paths: tuple[str, ...], label: str) -> Iterator[Document | InputError]:
    from dipnet.pipeline import process_inputs

    items = process_inputs(paths)
    if not (sys.stderr.isatty() and len(paths) > 1):
        yield from items
        return
    with click.progressbar(items, label=label, file=sys.stderr, show_pos=True) as bar:
        yield from bar


@click.group()
@click.version_option(package_name="dipnet")
def main() -> None:
    """dipnet: Chinese-language diplomatic news to structured, evidence-backed data."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write here instead of stdout")
@click.option("--strict", is_flag=True, help="exit with status 1 when any input failed")
def extract(paths: tuple[str, ...], fmt: str, output: str | None, strict: bool) -> None:
    """Extract PATHS (files, directories, globs; text, HTML, JSONL, WARC) to one JSON record a page."""
    from dipnet.contract import to_record

    failed = done = 0
    if output:  # written whole or not at all: a temporary file renamed at the end
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(output)), suffix=".part")
        out = os.fdopen(fd, "w", encoding="utf-8")
    else:
        out, tmp = sys.stdout, None
    try:
        for item in _documents(paths, "extracting"):
            if isinstance(item, InputError):
                _report(item)
                failed += 1
                continue
            for p in item.problems:
                click.echo(f"dipnet: warning: {p.source}: {p.stage}: {p.reason}", err=True)
            out.write(json.dumps(to_record(item), ensure_ascii=False) + "\n")
            done += 1
        if tmp:
            out.close()
            if done or not failed:  # no file at all when every input failed
                os.replace(tmp, output)  # type: ignore[arg-type]
    finally:
        if tmp and os.path.exists(tmp):
            out.close()
            os.unlink(tmp)
    click.echo(f"dipnet: {done} page(s) extracted, {failed} input(s) failed", err=True)
    if (strict and failed) or (failed and not done):
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
def ingest(paths: tuple[str, ...], db: str) -> None:
    """Extract PATHS and store each distinct page once in the DuckDB store."""
    from dipnet.store import Store

    added = same = failed = 0
    try:
        with Store(db) as store:
            for item in _documents(paths, "ingesting"):
                if isinstance(item, InputError):
                    _report(item)
                    store.add_problem(item.source, "read", item.reason)
                    failed += 1
                    continue
                try:
                    if store.add(item):
                        added += 1
                    else:
                        same += 1
                except StoreError as exc:  # this page is not stored; the batch goes on
                    click.echo(f"dipnet: error: {exc}", err=True)
                    store.add_problem(item.source, "store", str(exc))
                    failed += 1
            # a run killed after its pages but before consolidation finished leaves the knowledge
            # base behind the pages; the next run, with nothing new to add, brings it level
            stale = not added and store.needs_consolidation()
    except DipnetError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"dipnet: {added} page(s) added, {same} already stored, {failed} input(s) failed", err=True)
    if added or stale:
        from dipnet.cli_store import run_consolidate

        run_consolidate(db)  # the cross-page tables follow every change to the pages


@main.command()
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="annotated pages: JSONL in the extraction contract's shape")
@click.argument("paths", nargs=-1, required=True)
@click.option("--misses", is_flag=True, help="list what was missed")
@click.option("--json", "as_json", is_flag=True, help="print the summary as one JSON object")
def evaluate(gold: str, paths: tuple[str, ...], misses: bool, as_json: bool) -> None:
    """Extract PATHS (or read a JSONL of extraction records) and score them against GOLD."""
    from dipnet.contract import to_record
    from dipnet.evaluate import evaluate_records, load_records

    if len(paths) == 1 and _is_extraction_output(paths[0]):
        pred = load_records(paths[0])
    else:
        pred = {}
        for item in _documents(paths, "extracting"):
            if isinstance(item, InputError):
                _report(item)
                continue
            rec = to_record(item)
            pred[os.path.basename(str(rec["source"]).rstrip("/"))] = rec
    try:
        report = evaluate_records(load_records(gold), pred)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    summary = report.summary()
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    else:
        click.echo(f"{'':18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        for name, s in summary.items():
            click.echo(f"{name:18} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['tp']:5} {s['fp']:5} {s['fn']:5}")
    if misses:
        for fld, page, item in report.misses:
            click.echo(f"MISS {fld} {page} {json.dumps(item, ensure_ascii=False)}")


def _is_extraction_output(path: str) -> bool:
    """A JSONL whose first record already has the contract's fields (doc_id and events)."""
    if not path.endswith(".jsonl") or not os.path.isfile(path):
        return False
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    try:
        rec = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(rec, dict) and "doc_id" in rec and "events" in rec


@main.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def kb(query: str, limit: int, as_json: bool) -> None:
    """Search the knowledge base by any name, alias or id; show each entry and its source."""
    from dipnet.kb import load_kb

    base = load_kb()
    hits = base.search(query, limit=limit)
    if as_json:
        click.echo(json.dumps([{"id": e.id, "type": e.type, "name": e.name, "aliases": list(e.aliases),
                                "country": e.country, "sector": e.sector, "external": e.external,
                                "positions": [p.__dict__ for p in base.positions(e.id)], "source": e.source}
                               for e in hits], ensure_ascii=False, indent=1))
        return
    if not hits:
        click.echo(f"no entry matches {query!r}", err=True)
        sys.exit(1)
    for e in hits:
        click.echo(f"{e.id}\t{e.type}\t{e.name}\t{'|'.join(e.aliases)}\t{e.country or ''}\t{e.sector or ''}"
                   f"\t{json.dumps(e.external)}\tsource: {e.source}")
        for p in base.positions(e.id):
            click.echo(f"    {p.title}\t{p.start or ''}–{p.end or ''}\t{p.body or ''}\tsource: {p.source}")


def _register() -> None:
    from dipnet.cli_store import register

    register(main)


_register()

if __name__ == "__main__":
    main()
