"""Benchmark of the web UI's reads: a store of N synthetic consolidated events (default 100,000,
written through the store's writer by benchmarks/bench_queries.py's generator) plus the seed pages,
served by the real app (uvicorn, UI mounted) and each view's requests timed over HTTP (p50/p95).
Not a test: `python benchmarks/bench_ui.py [--events N] [--db PATH] [--repeats R]`."""

from __future__ import annotations

import argparse
import importlib.util
import json
import socket
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "shared" / "corpus" / "seeds"


def build(db: Path, n: int) -> None:
    spec = importlib.util.spec_from_file_location("bench_queries", HERE / "bench_queries.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for f in (db, db.with_name(db.name + ".wal")):
        f.unlink(missing_ok=True)
    mod.generate(db, n)
    from dipnet.pipeline import process_inputs
    from dipnet.store import Store

    with Store(db) as store:  # pages to open in the page view (not linked to the synthetic events)
        for doc in process_inputs([str(SEEDS)]):
            store.add(doc)


def serve(db: Path) -> tuple[str, object]:
    import uvicorn

    from dipnet.serve import create_app
    from dipnet.ui import mount_ui

    app = create_app(str(db))
    if not any(str(getattr(r, "path", "")).startswith("/ui") for r in app.routes):
        mount_ui(app)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", srv


def get(base: str, path: str, **params: object) -> tuple[int, float]:
    url = base + path + ("?" + urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
                         if params else "")
    t = time.perf_counter()
    with urllib.request.urlopen(url) as res:
        body = res.read()
    return len(body), (time.perf_counter() - t) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default="bench_ui.duckdb")
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--reuse", action="store_true")
    args = ap.parse_args()
    db = Path(args.db)
    if not args.reuse:
        build(db, args.events)
    base, srv = serve(db)
    with urllib.request.urlopen(base + "/ui/api/pages?limit=1") as res:
        doc_id = json.loads(res.read())["items"][0]["doc_id"]
    cases = {
        "timeline: first page": ("/ui/api/events", {"limit": 25}),
        "timeline: page 2,000 (offset 50k)": ("/ui/api/events", {"limit": 25, "offset": 50_000}),
        "timeline: type+dates": ("/ui/api/events", {"type": "VISIT", "from": "2010", "to": "2015", "limit": 25}),
        "timeline: country+status": ("/ui/api/events", {"country": "country:C007", "status": "occurred", "limit": 25}),
        "timeline: person, oldest first": ("/ui/api/events", {"actor": "person:p00001", "order": "asc", "limit": 25}),
        "registry VN as of 2010": ("/registry/country:VN", {"as_of": "2010-06-30"}),
        "country dossier VN": ("/countries/country:VN", {}),
        "person profile (busy)": ("/people/person:p00000", {}),
        "co-actors (busy person)": ("/ui/api/co-actors/person:p00000", {}),
        "timeline axis: type+dates (2,000 points)": ("/ui/api/timeline", {"type": "VISIT", "from": "2010", "to": "2015"}),
        "timeline axis: everything": ("/ui/api/timeline", {}),
        "download: events CSV (type+dates)": ("/ui/api/events", {"type": "VISIT", "from": "2014", "to": "2014",
                                                                  "format": "csv"}),
        "network: one year (laid out)": ("/ui/api/network", {"from": "2015", "to": "2015"}),
        "network: everything (laid out)": ("/ui/api/network", {}),
        "network: 400 edges (laid out)": ("/ui/api/network", {"limit": 400}),
        "entity search": ("/entities", {"q": "人物12", "type": "PERSON", "limit": 10}),
        "page view": (f"/ui/api/pages/{doc_id}", {}),
        "pages list": ("/ui/api/pages", {"limit": 50}),
    }
    out = {}
    for name, (path, params) in cases.items():
        size, _ = get(base, path, **params)
        times = sorted(get(base, path, **params)[1] for _ in range(args.repeats))
        out[name] = {"p50_ms": round(statistics.median(times), 1),
                     "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1), "bytes": size}
        print(f"{name:36s} p50 {out[name]['p50_ms']:7.1f} ms  p95 {out[name]['p95_ms']:7.1f} ms  {size:>8,} B",
              flush=True)
    srv.should_exit = True  # type: ignore[attr-defined]
    print(json.dumps(out), file=sys.stderr)


if __name__ == "__main__":
    main()
