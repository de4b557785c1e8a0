"""Extraction on a Dask cluster: `dipnet extract|ingest --engine dask`.

The client only lists the inputs and cuts them into partitions: groups of whole files, and byte
ranges of large JSONL files, so that each worker reads its own slice from shared storage. A worker
runs the single-process pipeline (`normalize` + `run_stages`, i.e. `process_page`) over its slice
and writes one folder of Parquet files: the contract records in input order, the store's rows of
each page, and each page's preparation for consolidation (signatures, full-text index rows). A
folder is written under a temporary name and renamed, so it is there whole or not at all.

The client then streams the records out in input order (the same bytes as the single-process
`-o`), loads the folders into the store (the first copy of each content, none already stored, one
transaction per partition), and the cross-page merge runs as one final task on the cluster over the
store, read-only; the client writes its tables through the store.

Inputs, the work folder and the store must be on storage the workers see at the same paths.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from dipnet.errors import InputError
from dipnet.read import expand_paths, read_path
from dipnet.read.jsonl import count_newlines, read_jsonl_range

CHUNK_BYTES = 64 << 20  # the largest partition: a JSONL file larger than this is read in byte ranges
MIN_CHUNK = 64 << 10  # the smallest, so that scheduling costs stay small beside the work
PER_WORKER = 4  # partitions a worker thread (about), so that a slow one does not hold up the rest
MAX_FILES = 64  # whole files in one partition at most
CONSOLIDATED_FILES = "consolidated"
FRESH = ("page_features", "brief_features", "page_grams")  # the new pages' preparation merge_task writes
MERGE_STATE = ("event_reports", "name_index", "rule_names")  # the merge state merge_task writes (store.state)


@dataclass(frozen=True)
class Part:
    """One partition: whole files read in order, or one byte range [lo, hi) of a JSONL file."""

    index: int
    files: tuple[str, ...] = ()
    jsonl: str | None = None
    lo: int = 0
    hi: int = 0
    first: bool = False  # the first and last byte range of its file
    last: bool = False
    error: tuple[str, str] | None = None  # an input that could not be found, kept in its place


def plan(paths: Iterable[str], chunk_bytes: int = CHUNK_BYTES, max_files: int = MAX_FILES) -> Iterator[Part]:
    """The partitions of `paths`, in input order; only file names and sizes are looked at."""
    index = 0
    group: list[str] = []
    size = 0

    def flush() -> Iterator[Part]:
        nonlocal index, group, size
        if group:
            yield Part(index, files=tuple(group))
            index += 1
            group, size = [], 0

    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield from flush()
            yield Part(index, error=(item.source, item.reason))
            index += 1
            continue
        path = str(item.resolve())  # workers do not share the client's working directory
        n = item.stat().st_size
        if item.suffix.lower() in (".jsonl", ".ndjson") and n > chunk_bytes:
            yield from flush()
            starts = list(range(0, n, chunk_bytes))
            for lo in starts:
                yield Part(index, jsonl=path, lo=lo, hi=min(lo + chunk_bytes, n), first=lo == 0,
                           last=lo == starts[-1])
                index += 1
            continue
        group.append(path)
        size += n
        if size >= chunk_bytes or len(group) >= max_files:
            yield from flush()
    yield from flush()


def _pages(part: Part, newlines_before: int) -> tuple[list[Any], bool]:
    if part.jsonl is not None:
        try:
            return read_jsonl_range(Path(part.jsonl), part.lo, part.hi, newlines_before)
        except OSError as exc:
            return [InputError(part.jsonl, f"cannot be read: {exc.strerror or exc}")], True
    return [item for f in part.files for item in read_path(Path(f))], True


def extract_part(part: Part, work_dir: str, counts_before: list[int], known: set[str] | frozenset[str],
                 records: bool, store: bool = True) -> dict[str, Any]:
    """A worker's task: the partition's pages through the pipeline, to `work_dir/part-NNNNN/`: the
    log of items (with the records when `records`), and when `store` the store's rows and the
    consolidation's preparation. Pages whose content hash is in `known` skip the stages after
    normalization when no records are wanted; so does a second copy of one content in the partition."""
    from dipnet.consolidate import feature_rows, page_grams
    from dipnet.consolidate.pages import prepare
    from dipnet.contract import to_record
    from dipnet.errors import PipelineBug
    from dipnet.normalize import normalize
    from dipnet.pipeline import run_stages
    from dipnet.store import PAGE_COLUMNS, arrow_schema, content_hash, page_rows

    items, seen_any = _pages(part, sum(counts_before))
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in PAGE_COLUMNS}
    log: list[dict[str, Any]] = []
    seen: set[str] = set()
    for seq, item in enumerate(items):
        if isinstance(item, InputError):
            log.append({"seq": seq, "kind": "error", "source": item.source, "reason": item.reason})
            continue
        doc = normalize(item)
        h = content_hash(doc)
        kind = "known" if h in known else "copy" if doc.doc_id in seen else "page"
        entry = {"seq": seq, "kind": kind, "source": doc.source, "doc_id": doc.doc_id, "content_hash": h}
        if kind == "page" or records:
            try:
                doc = run_stages(doc)
            except PipelineBug as bug:  # as in the single process: this input's error, the rest goes on
                err = bug.as_input_error()
                log.append({"seq": seq, "kind": "error", "source": err.source, "reason": err.reason})
                continue
            rec = to_record(doc)
            entry["record"] = json.dumps(rec, ensure_ascii=False) if records else None
            entry["warnings"] = json.dumps([[p.source, p.stage, p.reason] for p in doc.problems], ensure_ascii=False)
            if kind == "page" and store:
                for table, got in page_rows(doc, rec).items():
                    rows[table].extend(got)
        seen.add(doc.doc_id)
        log.append(entry)
    if store:
        docs = [{"doc_id": d["doc_id"], "title": d["title"], "text": d["text"]} for d in rows["documents"]]
        pages, briefs = feature_rows(prepare(docs, rows["segments"], rows["briefs"]))
        rows["page_features"], rows["brief_features"], rows["page_grams"] = pages, briefs, page_grams(docs)

    final = Path(work_dir) / f"part-{part.index:05d}"
    tmp = Path(tempfile.mkdtemp(dir=work_dir, prefix=f".part-{part.index:05d}-"))
    for table, got in rows.items():
        if got:
            pq.write_table(pa.Table.from_pylist(got, schema=arrow_schema(table)), tmp / f"{table}.parquet")
    pq.write_table(pa.Table.from_pylist(log, schema=LOG_SCHEMA), tmp / "items.parquet")
    shutil.rmtree(final, ignore_errors=True)  # a rerun of the task replaces what a lost worker left
    os.replace(tmp, final)
    return {"index": part.index, "folder": str(final), "seen_any": seen_any}


LOG_SCHEMA = pa.schema([("seq", pa.int32()), ("kind", pa.string()), ("source", pa.string()),
                        ("reason", pa.string()), ("doc_id", pa.string()), ("content_hash", pa.string()),
                        ("record", pa.string()), ("warnings", pa.string())])


def merge_task(db: str, work_dir: str) -> dict[str, Any]:
    """The final task: the cross-page merge over the whole store (opened read-only), its tables
    written to `work_dir/consolidated/` as Parquet for the client to load."""
    from dipnet.consolidate import build, decode_features, feature_rows, index_rows
    from dipnet.store import BulkStore, arrow_schema
    from dipnet.store.state import reports_table

    out = Path(work_dir) / CONSOLIDATED_FILES
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    with BulkStore(db, read_only=True) as store:
        pages, briefs, indexed = store.features()
        built = build(store, decode_features(pages, briefs), indexed)
        with pq.ParquetWriter(out / "fresh_page_grams.parquet", arrow_schema("page_grams")) as writer:
            for chunk in index_rows(store, built.unindexed):  # a chunk of pages at a time
                writer.write_table(chunk)
    # the link state is written whole with the tables (the cache tables replace_consolidated takes)
    for name, cols in {**built.tables, **built.links[0]}.items():
        pq.write_table(cols if isinstance(cols, pa.Table) else pa.table(cols), out / f"{name}.parquet")
    fresh_pages, fresh_briefs = feature_rows(built.fresh)
    for name, got in (("page_features", fresh_pages), ("brief_features", fresh_briefs)):
        pq.write_table(pa.Table.from_pylist(got, schema=arrow_schema(name)), out / f"fresh_{name}.parquet")
    # the merge state, so that the next add re-merges only what it touches (consolidate.update)
    pq.write_table(reports_table(built.merged.state), out / "state_event_reports.parquet")
    pq.write_table(pa.table({"name": pa.array(list(built.by_name), pa.string()),
                             "entity_id": pa.array(list(built.by_name.values()), pa.string())}),
                   out / "state_name_index.parquet")
    names = built.rule_names[0]
    pq.write_table(pa.table({"type": pa.array([n[0] for n in names], pa.string()),
                             "name": pa.array([n[1] for n in names], pa.string())}), out / "state_rule_names.parquet")
    return {"folder": str(out), "counts": built.counts, "tables": sorted({*built.tables, *built.links[0]})}


@dataclass
class Outcome:
    done: int = 0  # pages extracted
    failed: int = 0  # inputs that could not be read
    added: int = 0  # pages stored
    same: int = 0  # pages already stored (or a second copy in the batch)
    counts: dict[str, int] = field(default_factory=dict)  # consolidated rows by table
    seconds: dict[str, float] = field(default_factory=dict)  # extract (with loading), consolidate


def run(paths: Iterable[str], client: Any, *, db: str | None = None, records: TextIO | None = None,
        work_dir: str | None = None, echo: Callable[[str], None] = lambda s: None,
        chunk_bytes: int | None = None) -> Outcome:
    """Extract `paths` on the cluster of `client`; write the records to `records`, and when `db` is
    given store the pages there and consolidate. `work_dir` is kept when given, else temporary."""
    from dask.distributed import Future

    t0 = time.perf_counter()
    own = work_dir is None
    base = os.path.dirname(os.path.abspath(db)) if db else None
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="dipnet-dask-", dir=base))
    work.mkdir(parents=True, exist_ok=True)
    try:
        store = _open(db)
        stored = frozenset(store.known_hashes()) if store is not None else frozenset()
        known = stored if records is None else frozenset()  # records wanted: every page goes through
        known_f = client.scatter([known], broadcast=True)[0] if known else known  # one copy per worker
        futures: list[Future] = []
        counts: dict[str, list[Future]] = {}  # a JSONL file -> its ranges' line-end counts so far
        paths = list(paths)
        parts = list(plan(paths, chunk_bytes or auto_chunk(paths, client)))
        for part in parts:
            if part.error:
                futures.append(None)  # type: ignore[arg-type]
                continue
            before: list[Future] = []
            if part.jsonl is not None:
                before = list(counts.setdefault(part.jsonl, []))
                counts[part.jsonl].append(client.submit(count_newlines, Path(part.jsonl), part.lo, part.hi))
            futures.append(client.submit(extract_part, part, str(work), before, known_f, records is not None,
                                         store is not None, pure=False))
        out = Outcome()
        seen = set(stored)  # contents stored, or loaded from an earlier partition
        file_seen: dict[str, bool] = {}
        for part, fut in zip(parts, futures, strict=True):
            if part.error:
                _failed(out, store, *part.error, echo)
                continue
            result = fut.result()
            keep = _emit(pq.read_table(Path(result["folder"]) / "items.parquet").to_pylist(), out, store, seen,
                         records, echo)
            if part.jsonl is not None:
                file_seen[part.jsonl] = file_seen.get(part.jsonl, False) or result["seen_any"]
                if part.last and not file_seen[part.jsonl]:
                    _failed(out, store, part.jsonl, "empty input", echo)
            if store is not None:
                out.added += store.load_pages([(result["folder"], keep)], [])
            fut.release()
        out.seconds["extract"] = time.perf_counter() - t0
        if store is not None:
            store.close()
            if out.added:
                out.counts = consolidate_on(client, db, str(work))  # type: ignore[arg-type]
                out.seconds["consolidate"] = time.perf_counter() - t0 - out.seconds["extract"]
        return out
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)


def auto_chunk(paths: list[str], client: Any) -> int:
    """A partition size giving each worker thread a few partitions (by file sizes only)."""
    total = sum(p.stat().st_size for p in expand_paths(paths) if not isinstance(p, InputError))
    threads = sum(client.nthreads().values()) or 1
    return max(MIN_CHUNK, min(CHUNK_BYTES, total // (threads * PER_WORKER) + 1))


def _open(db: str | None) -> Any:
    from dipnet.store import BulkStore

    return BulkStore(db) if db else None


def _failed(out: Outcome, store: Any, source: str, reason: str, echo: Callable[[str], None]) -> None:
    echo(f"dipnet: error: {source}: {reason}")
    out.failed += 1
    if store is not None:
        store.add_problem(source, "read", reason)


def _emit(log: list[dict[str, Any]], out: Outcome, store: Any, seen: set[str], records: TextIO | None,
          echo: Callable[[str], None]) -> list[str]:
    """Say and write a partition's items in input order; the doc_ids of its pages to store."""
    keep: list[str] = []
    for e in log:
        if e["kind"] == "error":
            _failed(out, store, e["source"], e["reason"], echo)
            continue
        for source, stage, reason in json.loads(e["warnings"] or "[]"):
            echo(f"dipnet: warning: {source}: {stage}: {reason}")
        if records is not None:
            records.write(e["record"] + "\n")
        out.done += 1
        if store is None:
            continue
        if e["kind"] == "page" and e["content_hash"] not in seen:
            keep.append(e["doc_id"])
        else:
            out.same += 1
        seen.add(e["content_hash"])
    return keep


def consolidate_on(client: Any, db: str, work_dir: str) -> dict[str, int]:
    """The merge as a task on the cluster, then its tables, its merge and link state and the new
    pages' preparation written through the store in one transaction."""
    from dipnet.store import BulkStore

    result = client.submit(merge_task, db, work_dir, pure=False).result()
    folder = Path(result["folder"])
    reports, by_name, rules = (pq.read_table(folder / f"state_{n}.parquet") for n in MERGE_STATE)
    merge_state = (reports, dict(zip(by_name["name"].to_pylist(), by_name["entity_id"].to_pylist(), strict=True)),
                   list(zip(rules["type"].to_pylist(), rules["name"].to_pylist(), strict=True)))
    with BulkStore(db) as store:
        store.replace_consolidated({name: pq.read_table(folder / f"{name}.parquet") for name in result["tables"]},
                                   {n: pq.read_table(folder / f"fresh_{n}.parquet") for n in FRESH}, merge_state)
        counts = dict(result["counts"])
        counts["page_grams"] = store.count("page_grams")
    return counts


def make_client(scheduler: str | None, workers: int | None) -> Any:
    """A client of the scheduler at `scheduler`, or of a local cluster of `workers` processes (one
    thread each: the pipeline is pure Python, so threads would share one core)."""
    import logging

    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    # the dashboard shows the cluster's tasks to whoever connects: on loopback unless DIPNET_DASK_DASHBOARD
    # names another address (":8787" for every interface)
    dashboard = os.environ.get("DIPNET_DASK_DASHBOARD") or "127.0.0.1:0"
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=dashboard, silence_logs=logging.ERROR)
    return Client(cluster)
