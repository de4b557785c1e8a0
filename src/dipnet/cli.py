"""The `dipnet` command: a thin layer over the pipeline, the store and the query module."""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

import click

from dipnet.errors import DipnetError, InputError, StoreError
from dipnet.model import Document

DEFAULT_DB = "dipnet.duckdb"  # dipnet.store.DEFAULT_DB, named here so that `extract` need not load the store

INGEST_BATCH = 64  # pages written in one transaction by `ingest`: whole pages, a statement a table

if TYPE_CHECKING:
    from dipnet.distribute import Outcome


def _report(err: InputError) -> None:
    click.echo(f"dipnet: error: {err.source}: {err.reason}", err=True)


# one record's JSON line: json.dumps(record, ensure_ascii=False), by one encoder made once, and without
# the check for a container holding itself (a record is plain dicts and lists built afresh, none of them
# inside itself): the check stores and drops each container's id, and a page's record holds hundreds
_record_line = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def _documents(paths: tuple[str, ...], label: str, skip: Callable[[Document], bool] | None = None
               ) -> Iterator[Document | InputError]:
    from dipnet.pipeline import process_inputs

    items = _settled(process_inputs(paths, skip))
    if not (sys.stderr.isatty() and len(paths) > 1):
        yield from items
        return
    with click.progressbar(items, label=label, file=sys.stderr, show_pos=True) as bar:
        yield from bar


class _Main(click.Group):
    """The command group, whose store commands (dipnet.cli_store) are added when first asked for: by
    name, by a listing (--help) or by a look at `commands`. `dipnet extract` never loads the store
    module, nor with it duckdb (about an eighth of the start-up's instructions)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._later: Callable[[click.Group], None] | None = None
        self._own: MutableMapping[str, click.Command] = {}
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]
    def commands(self) -> MutableMapping[str, click.Command]:
        later, self._later = self._later, None
        if later is not None:
            later(self)
        return self._own

    @commands.setter
    def commands(self, value: MutableMapping[str, click.Command]) -> None:
        self._own = value

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._own.get(cmd_name) or super().get_command(ctx, cmd_name)


def _settled(items: Iterator[Document | InputError]) -> Iterator[Document | InputError]:
    """The items, with the garbage collector told, once the first is through, that what is loaded by
    then lives as long as the process: the knowledge base, the gazetteer, the compiled patterns and the
    rest, some hundreds of thousands of objects (gc.freeze), which it then no longer walks; and that a
    page makes many short-lived objects (its youngest generation collected after 20,000 allocations,
    not 700). The output is the same; each page costs about 1.5% fewer instructions. Both are undone
    at the end (a caller in the same process, a test, finds the collector as it was)."""
    first, before = True, gc.get_threshold()
    try:
        for item in items:
            yield item
            if first:
                first = False
                gc.freeze()
                gc.set_threshold(20_000, 20, 20)
    finally:
        if not first:
            gc.unfreeze()
            gc.set_threshold(*before)


@click.group(cls=_Main)
@click.version_option(package_name="dipnet")
def main() -> None:
    """dipnet: Chinese-language diplomatic news to structured, evidence-backed data."""


ENGINE = [
    click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                 help="dask: partitions on a Dask cluster (see --scheduler, --workers)"),
    click.option("--scheduler", metavar="ADDRESS", help="with --engine dask: an existing scheduler, tcp://host:8786"),
    click.option("--workers", type=int, help="with --engine dask: a local cluster of N worker processes"),
    click.option("--work-dir", type=click.Path(file_okay=False),
                 help="with --engine dask: where partitions write Parquet (kept; shared with the workers)"),
]


def _engine(f: Callable) -> Callable:
    for opt in reversed(ENGINE):
        f = opt(f)
    return f


@contextmanager
def _output(output: str | None) -> Iterator[tuple[TextIO, Callable[[], None]]]:
    """stdout, or a temporary file beside `output` that commit() renames onto it (whole or not at all)."""
    if not output:
        yield sys.stdout, lambda: None
        return
    if os.path.exists(output) and not os.path.isfile(output):  # a device or pipe (/dev/null): written, never replaced
        with open(output, "w", encoding="utf-8") as dev:
            yield dev, lambda: None
        return
    from dipnet.files import give_mode

    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(output)), suffix=".part")
    give_mode(fd, output)  # mkstemp's 0600 would outlive the rename: the umask decides, as for open()
    out = os.fdopen(fd, "w", encoding="utf-8")

    def commit() -> None:
        out.close()
        os.replace(tmp, output)

    try:
        yield out, commit
    finally:
        if os.path.exists(tmp):
            out.close()
            os.unlink(tmp)


def _run_dask(paths: tuple[str, ...], scheduler: str | None, workers: int | None, work_dir: str | None,
              db: str | None, records: TextIO | None) -> Outcome:
    from dipnet import distribute

    if scheduler and workers:
        raise click.UsageError("give --scheduler or --workers, not both")
    try:
        with distribute.make_client(scheduler, workers) as client:
            return distribute.run(paths, client, db=db, records=records, work_dir=work_dir,
                                  echo=lambda s: click.echo(s, err=True))
    except DipnetError as exc:
        raise click.ClickException(str(exc)) from exc


def _said(got: Outcome) -> None:
    click.echo(f"dipnet: {got.added} page(s) added, {got.same} already stored, {got.failed} input(s) failed",
               err=True)
    if got.counts:
        click.echo("dipnet: consolidated: " + ", ".join(f"{v} {k}" for k, v in got.counts.items()), err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write here instead of stdout")
@click.option("--strict", is_flag=True, help="exit with status 1 when any input failed")
@click.option("--db", type=click.Path(dir_okay=False), help="with --engine dask: also store and consolidate here")
@_engine
def extract(paths: tuple[str, ...], fmt: str, output: str | None, strict: bool, db: str | None, engine: str,
            scheduler: str | None, workers: int | None, work_dir: str | None) -> None:
    """Extract PATHS (files, directories, globs; text, HTML, JSONL, WARC) to one JSON record a page."""
    from dipnet.contract import to_record

    if db and engine != "dask":
        raise click.UsageError("--db needs --engine dask (or use `dipnet ingest`)")
    failed = done = 0
    got = None
    with _output(output) as (out, commit):
        if engine == "dask":
            got = _run_dask(paths, scheduler, workers, work_dir, db, out)
            done, failed = got.done, got.failed
        else:
            for item in _documents(paths, "extracting"):
                if isinstance(item, InputError):
                    _report(item)
                    failed += 1
                    continue
                for p in item.problems:
                    click.echo(f"dipnet: warning: {p.source}: {p.stage}: {p.reason}", err=True)
                out.write(_record_line(to_record(item)) + "\n")
                done += 1
        if done or not failed:  # no file at all when every input failed
            commit()
    click.echo(f"dipnet: {done} page(s) extracted, {failed} input(s) failed", err=True)
    if got is not None and db:
        _said(got)
    if (strict and failed) or (failed and not done):
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
@_engine
def ingest(paths: tuple[str, ...], db: str, engine: str, scheduler: str | None, workers: int | None,
           work_dir: str | None) -> None:
    """Extract the new pages of PATHS and store each distinct page once in the DuckDB store; a page
    already stored is recognized by its normalized text before the expensive stages. When a running
    `dipnet serve --token` holds the store, the pages are handed to it."""
    from dipnet.store import Store

    if engine == "dask":
        got = _run_dask(paths, scheduler, workers, work_dir, db, None)
        _said(got)
        _fail_if_nothing_read(got.failed, got.added + got.same)
        return
    added = same = failed = 0
    try:
        try:
            store_ = Store(db)
        except StoreError as exc:
            _ingest_via_server(paths, db, exc)
            return
        with store_ as store:
            batch: list[Document | InputError] = []

            def flush() -> None:
                nonlocal added, same, failed
                for item, (outcome, reason) in zip(batch, store.take_many(batch), strict=True):
                    added += outcome == "added"  # a bad item is noted and the batch goes on
                    same += outcome == "same"
                    if reason is not None:
                        click.echo(f"dipnet: error: {item.source}: {reason}", err=True)
                        failed += 1
                batch.clear()

            for item in _documents(paths, "ingesting", skip=store.has):
                batch.append(item)
                if len(batch) >= INGEST_BATCH:
                    flush()
            flush()
            # a run killed after its pages but before consolidation finished leaves the knowledge
            # base behind the pages; the next run, with nothing new to add, brings it level
            stale = not added and store.needs_consolidation()
    except DipnetError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"dipnet: {added} page(s) added, {same} already stored, {failed} input(s) failed", err=True)
    if added or stale:
        from dipnet.cli_store import run_consolidate

        run_consolidate(db, incremental=True)  # the cross-page tables follow every change to the pages
    _fail_if_nothing_read(failed, added + same)


def _fail_if_nothing_read(failed: int, read: int) -> None:
    """Exit status 1 when inputs failed and none was read: a run that stored nothing it was given
    has not succeeded (as `extract` says too)."""
    if failed and not read:
        sys.exit(1)


def _ingest_via_server(paths: tuple[str, ...], db: str, locked: StoreError) -> None:
    """The store is open in another process: a server that left its sidecar takes the pages;
    otherwise say what to do."""
    from dipnet.read import read_inputs
    from dipnet.serve.client import ingest_remote
    from dipnet.serve.write import read_sidecar, sidecar_path

    info = read_sidecar(db)
    if info is None and "lock" not in str(locked).lower():  # not held by another process: unreadable
        raise click.ClickException(str(locked))
    if info is None:
        raise click.ClickException(
            f"{locked}\nAnother process holds {db} (DuckDB allows one writer). If it is `dipnet serve`, restart "
            f"it with --token TOKEN (or DIPNET_TOKEN) and `dipnet ingest` will hand it the pages; or stop it first.")
    click.echo(f"dipnet: {db} is held by the server at {info['url']} ({sidecar_path(db)}): sending it the pages",
               err=True)
    try:
        out = ingest_remote(read_inputs(paths), str(info["url"]), str(info["token"]), _report)
    except DipnetError as exc:
        raise click.ClickException(str(exc)) from exc
    for e in out["errors"]:
        click.echo(f"dipnet: error: {e['source']}: {e['reason']}", err=True)
    click.echo(f"dipnet: {out['added']} page(s) added, {out['already_stored']} already stored, {out['failed']} "
               "input(s) failed", err=True)
    if out["consolidated"]:
        click.echo("dipnet: consolidated: " + ", ".join(f"{v} {k}" for k, v in out["consolidated"].items()), err=True)
    _fail_if_nothing_read(out["failed"], out["added"] + out["already_stored"])


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
        first = f.readline(1 << 24)  # a record is far shorter; a one-line 3 GB file is not read whole
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
    """Search the knowledge base by any name, alias or id, in Chinese (either script), English or
    Vietnamese (with or without diacritics); show each entry and its source."""
    from dipnet.kb import load_kb

    base = load_kb()
    hits = base.search(query, limit=limit)
    if as_json:
        click.echo(json.dumps([{"id": e.id, "type": e.type, "name": e.name, **e.display, "aliases": list(e.aliases),
                                "country": e.country, "sector": e.sector, "external": e.external,
                                "positions": [p.__dict__ for p in base.positions(e.id)], "source": e.source}
                               for e in hits], ensure_ascii=False, indent=1))
        return
    if not hits:
        click.echo(f"no entry matches {query!r}", err=True)
        sys.exit(1)
    for e in hits:
        click.echo(f"{e.id}\t{e.type}\t{' / '.join([e.name, *e.display.values()])}\t{'|'.join(e.aliases)}\t{e.country or ''}\t{e.sector or ''}"
                   f"\t{json.dumps(e.external)}\tsource: {e.source}")
        for p in base.positions(e.id):
            click.echo(f"    {p.title}\t{p.start or ''}–{p.end or ''}\t{p.body or ''}\tsource: {p.source}")


def _register(group: click.Group) -> None:
    from dipnet.cli_store import register

    register(group)


main._later = _register  # type: ignore[attr-defined]

if __name__ == "__main__":
    main()
