"""Benchmark: `--engine dask` on 1 versus 2 local workers, beside the single-process pipeline, over
N pages (default 400) made by varying the seed and dev pages (a numbered line appended, so every
page is distinct content). Times extraction alone (records out) and the whole ingest (extraction,
loading into DuckDB, consolidation). Cluster start-up is not counted; each cluster runs one
warm-up batch first (imports, knowledge base). Not a test: run it by hand,
`python benchmarks/bench_dask.py [--pages N] [--workers 1 2]`."""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

from dask.distributed import Client, LocalCluster

from dipnet import distribute
from dipnet.cli_store import run_consolidate
from dipnet.pipeline import process_inputs
from dipnet.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def make_pages(folder: Path, n: int) -> Path:
    """n JSONL records varied from the seed and dev pages."""
    base = [{"text": p.read_text(encoding="utf-8")} for p in sorted((SHARED / "seeds").glob("*.txt"))]
    base += [json.loads(line) for line in (SHARED / "dev" / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    out = folder / "pages.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)])
            rec["text"] = rec["text"] + f"\n(第{i}次转载)"
            if rec.get("url"):
                rec["url"] = f"{rec['url']}?copy={i}"
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


REPEAT = 3  # best of: the figures are for an otherwise busy machine too


def timed(f) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best


def single(pages: Path, folder: Path) -> tuple[float, float]:
    from dipnet.contract import to_record

    extract = timed(lambda: [json.dumps(to_record(d), ensure_ascii=False) for d in process_inputs([str(pages)])])
    db = folder / "single.duckdb"

    def ingest() -> None:
        for f in folder.glob("single.duckdb*"):
            f.unlink()
        with Store(db) as store:
            for doc in process_inputs([str(pages)]):
                store.add(doc)  # type: ignore[arg-type]
        run_consolidate(str(db), echo=False, incremental=True)

    return extract, timed(ingest)


def on_cluster(pages: Path, folder: Path, workers: int) -> tuple[float, float]:
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    with Client(cluster) as client:
        distribute.run([str(pages)], client, records=io.StringIO())  # warm-up
        extract = timed(lambda: distribute.run([str(pages)], client, records=io.StringIO()))
        runs = []
        for i in range(REPEAT):
            runs.append(distribute.run([str(pages)], client, db=str(folder / f"dask{workers}_{i}.duckdb")))
    cluster.close()
    got = min(runs, key=lambda r: sum(r.seconds.values()))
    print(f"dask, {workers} worker(s): ingest phases " + ", ".join(f"{k} {v:.2f} s" for k, v in got.seconds.items()),
          file=sys.stderr)
    return extract, sum(got.seconds.values())


def main() -> None:
    global REPEAT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=REPEAT, help="best of this many runs")
    args = ap.parse_args()
    REPEAT = args.repeat
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pages = make_pages(folder, args.pages)
        print(f"{args.pages} pages, {pages.stat().st_size / 1e6:.1f} MB of JSONL", file=sys.stderr)
        rows = [("single process", *single(pages, folder))]
        rows += [(f"dask, {w} worker(s)", *on_cluster(pages, folder, w)) for w in args.workers]
        print(f"{'engine':<20} {'extract s':>10} {'pages/s':>8} {'ingest s':>10} {'pages/s':>8}")
        for name, ext, ing in rows:
            print(f"{name:<20} {ext:>10.2f} {args.pages / ext:>8.1f} {ing:>10.2f} {args.pages / ing:>8.1f}")


if __name__ == "__main__":
    main()
