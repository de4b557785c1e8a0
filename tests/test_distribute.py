"""`--engine dask` against the single-process path, on a real dask.distributed LocalCluster of two
worker processes, over the seed and dev pages; and incremental ingest (A then B equals A+B, and
A's pages are not processed again).

The single-process references run in a subprocess with a hash seed other than the workers' (Dask's
nanny pins one in every worker): the output must not depend on it."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from conftest import DEV, ROOT, SEEDS, needs_corpus

distributed = pytest.importorskip("dask.distributed")

from dipnet import distribute  # noqa: E402
from dipnet.read.jsonl import count_newlines, read_jsonl, read_jsonl_range  # noqa: E402
from dipnet.store import TABLES  # noqa: E402

COMPARED = [*TABLES, "page_features", "brief_features"]
SMALL = 16_000  # bytes a JSONL range: the dev file (55 kB) becomes four ranges


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def seed_env(client) -> dict[str, str]:
    seeds = set(client.run(lambda: os.environ.get("PYTHONHASHSEED", "")).values())
    other = str((int(seeds.pop() or 0) + 1) % 4294967295) if len(seeds) == 1 else "1"
    return {**os.environ, "PYTHONHASHSEED": other, "PYTHONPATH": str(ROOT / "src")}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """Seeds, dev pages, a second copy of a seed, a binary file and a missing path."""
    d = tmp_path_factory.mktemp("in")
    shutil.copy(SEEDS[0], d / "copy_of_first.txt")
    (d / "bad.bin").write_bytes(b"\x00\x01\x02" * 100)
    return [*map(str, SEEDS), str(DEV), str(d), str(d / "missing.txt")]


def dipnet(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dipnet.cli", *args], capture_output=True, text=True, env=env)


def contents(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for t in COMPARED:
        skip = {"documents": " EXCLUDE (ingested_at)", "problems": " EXCLUDE (noted_at)"}.get(t, "")
        out[t] = con.execute(f"SELECT *{skip} FROM {t} ORDER BY ALL").fetchall()
    con.close()
    return out


def test_jsonl_byte_ranges_read_what_the_whole_file_reads(tmp_path):
    lines = [json.dumps({"text": f"第{i}条。" * (i % 7 + 1)}, ensure_ascii=False) for i in range(40)]
    lines[3], lines[9], lines[17] = "", "not json", '{"title": "no text"}'
    path = tmp_path / "p.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8") + b"\n\n")
    whole = [(type(x).__name__, getattr(x, "source", None), getattr(x, "text", getattr(x, "reason", None)))
             for x in read_jsonl(path)]
    size = path.stat().st_size
    for step in (1, 7, 64, 333, size):
        got, before = [], 0
        for lo in range(0, size, step):
            items, _ = read_jsonl_range(path, lo, min(lo + step, size), before)
            before += count_newlines(path, lo, min(lo + step, size))
            got += [(type(x).__name__, getattr(x, "source", None), getattr(x, "text", getattr(x, "reason", None)))
                    for x in items]
        assert got == whole, step


@needs_corpus
def test_partitions_keep_the_input_order(tmp_path, inputs):
    parts = list(distribute.plan(inputs, chunk_bytes=SMALL))
    assert [p.index for p in parts] == list(range(len(parts)))
    ranges = [p for p in parts if p.jsonl]
    assert len(ranges) == 4 and ranges[0].first and ranges[-1].last
    assert [(p.lo, p.hi) for p in ranges] == [(lo, min(lo + SMALL, DEV.stat().st_size))
                                              for lo in range(0, DEV.stat().st_size, SMALL)]
    files = [Path(f).name for p in parts for f in p.files]
    assert files[:len(SEEDS)] == [s.name for s in SEEDS]
    assert parts[-1].error and parts[-1].error[1] == "no such file or directory"


@needs_corpus
@pytest.mark.slow
def test_dask_records_and_store_equal_the_single_process_run(tmp_path, client, seed_env, inputs):
    ref = dipnet(seed_env, "extract", *inputs, "-o", str(tmp_path / "local.jsonl"))
    assert ref.returncode == 0, ref.stderr
    out = io.StringIO()
    said: list[str] = []
    got = distribute.run(inputs, client, records=out, echo=said.append, chunk_bytes=SMALL)
    # the same records in the same order, byte for byte
    assert out.getvalue() == (tmp_path / "local.jsonl").read_text(encoding="utf-8")
    assert (got.done, got.failed) == (len(SEEDS) + 30 + 1, 2)
    assert sorted(said) == sorted(line for line in ref.stderr.splitlines() if not line.startswith("dipnet: 3"))

    ref = dipnet(seed_env, "ingest", *inputs, "--db", str(tmp_path / "local.duckdb"))
    assert ref.returncode == 0, ref.stderr
    got = distribute.run(inputs, client, db=str(tmp_path / "dask.duckdb"), chunk_bytes=SMALL)
    assert (got.added, got.same, got.failed) == (len(SEEDS) + 30, 1, 2)
    local, dask = contents(tmp_path / "local.duckdb"), contents(tmp_path / "dask.duckdb")
    for table in COMPARED:
        assert dask[table] == local[table], table
    assert local["kb_events"] and local["kb_entities"] and local["page_grams"]


@needs_corpus
@pytest.mark.slow
def test_dask_incremental_run_skips_stored_pages_on_the_workers(tmp_path, client, seed_env):
    a, b, ab = tmp_path / "a", tmp_path / "b", tmp_path / "ab"
    dev = DEV.read_text(encoding="utf-8").splitlines(keepends=True)
    for d, seeds, rows in ((a, SEEDS[:3], dev[:15]), (b, SEEDS[2:], dev[15:]), (ab, SEEDS, dev)):
        d.mkdir()
        for s in seeds:
            shutil.copy(s, d / s.name)
        (d / "dev.jsonl").write_text("".join(rows), encoding="utf-8")
    db, work = str(tmp_path / "inc.duckdb"), tmp_path / "work"
    distribute.run([str(a)], client, db=db)
    got = distribute.run([str(b)], client, db=db, work_dir=str(work))
    assert (got.added, got.same) == (2 + 15, 1)  # SEEDS[2] is in both
    import pyarrow.parquet as pq

    kinds = [e["kind"] for f in sorted(work.glob("part-*/items.parquet")) for e in pq.read_table(f).to_pylist()]
    assert kinds.count("known") == 1 and kinds.count("page") == 17  # the stored page went no further than normalize
    ref = dipnet(seed_env, "ingest", str(ab), "--db", str(tmp_path / "ab.duckdb"))
    assert ref.returncode == 0, ref.stderr
    inc, whole = contents(Path(db)), contents(tmp_path / "ab.duckdb")
    for table in COMPARED:
        assert inc[table] == whole[table], table
    again = distribute.run([str(ab)], client, db=db, records=io.StringIO())  # records of all, nothing stored twice
    assert (again.done, again.added, again.same) == (35, 0, 35)
    assert contents(Path(db)) == whole


@needs_corpus
def test_ingest_a_then_b_equals_a_plus_b_and_processes_only_new_pages(tmp_path, monkeypatch):
    from dipnet import cli, pipeline

    calls: list[str] = []
    real = pipeline.run_stages

    def counted(doc):
        calls.append(doc.source)
        return real(doc)

    monkeypatch.setattr(pipeline, "run_stages", counted)
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for s in SEEDS[:3]:
        shutil.copy(s, a / s.name)
    for s in SEEDS[3:]:
        shutil.copy(s, b / s.name)
    dev = DEV.read_text(encoding="utf-8").splitlines(keepends=True)
    (a / "dev_a.jsonl").write_text("".join(dev[:15]), encoding="utf-8")
    (b / "dev_b.jsonl").write_text("".join(dev[15:]), encoding="utf-8")
    runner = CliRunner()
    inc, whole = str(tmp_path / "inc.duckdb"), str(tmp_path / "whole.duckdb")
    assert runner.invoke(cli.main, ["ingest", str(a), "--db", inc]).exit_code == 0
    assert len(calls) == 3 + 15
    first = set(calls)
    calls.clear()
    r = runner.invoke(cli.main, ["ingest", str(a), str(b), "--db", inc])
    assert r.exit_code == 0, r.output
    assert len(calls) == 2 + 15 and not first & set(calls)  # A's pages went no further than normalize
    assert "17 page(s) added, 18 already stored" in r.output
    calls.clear()
    assert runner.invoke(cli.main, ["ingest", str(a), str(b), "--db", whole]).exit_code == 0
    assert len(calls) == 35
    x, y = contents(Path(inc)), contents(Path(whole))
    for table in COMPARED:
        assert x[table] == y[table], table
    # the explicit full rebuild gives the same tables as the incremental runs
    assert runner.invoke(cli.main, ["consolidate", "--db", inc]).exit_code == 0
    assert contents(Path(inc)) == y


@needs_corpus
@pytest.mark.slow
def test_cli_engine_dask_with_two_local_workers(tmp_path, seed_env):
    pages = [*map(str, SEEDS), str(DEV)]
    ref = dipnet(seed_env, "extract", *pages, "-o", str(tmp_path / "local.jsonl"))
    assert ref.returncode == 0, ref.stderr
    r = dipnet(seed_env, "extract", "--engine", "dask", "--workers", "2", *pages, "-o", str(tmp_path / "dask.jsonl"),
               "--db", str(tmp_path / "d.duckdb"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert f"{len(pages) - 1 + 30} page(s) added" in r.stderr and "consolidated:" in r.stderr
    assert not list(tmp_path.glob("dipnet-dask-*"))  # the temporary work folder is gone
    r = dipnet(seed_env, "ingest", "--engine", "dask", "--workers", "1", *pages, "--db", str(tmp_path / "d.duckdb"))
    assert r.returncode == 0 and "0 page(s) added, 35 already stored" in r.stderr


class _HereClient:
    """A client running each task at once in this process (consolidate_on needs only submit/result)."""

    def submit(self, fn, *args, pure=True):
        out = fn(*args)
        return type("Done", (), {"result": lambda self: out})()


def test_the_dask_merge_writes_the_merge_and_link_state_an_add_then_builds_on(tmp_path):
    """consolidate_on (the Dask path's merge) writes every consolidated, cache and state table as the
    single-process whole consolidation does, replacing the state an earlier one left; so the next
    add (consolidate.update) re-merges from it and still equals a whole rebuild."""
    from dipnet.consolidate import consolidate, update
    from dipnet.store import Store
    from test_consolidate import _consolidated, pages

    docs = pages()
    db, ref = tmp_path / "dask.duckdb", tmp_path / "whole.duckdb"
    with Store(db) as store:
        store.add_many(docs[:2])
        consolidate(store)  # state of two pages, stale once more are added
        store.add_many(docs[2:5])
    (tmp_path / "work").mkdir()
    distribute.consolidate_on(_HereClient(), str(db), str(tmp_path / "work"))
    with Store(ref) as store:
        store.add_many(docs[:5])
        consolidate(store)
    got, want = _consolidated(db), _consolidated(ref)
    assert want["event_reports"] and want["name_index"] and want["page_bands"] and want["story_edges"]
    for table in want:
        assert got[table] == want[table], table
    with Store(db) as store:
        store.add_many(docs[5:])
        update(store)
    with Store(ref) as store:
        store.add_many(docs[5:])
        consolidate(store)
    got, want = _consolidated(db), _consolidated(ref)
    for table in want:
        assert got[table] == want[table], table
