"""Load test of the REST API on loopback: a store of N synthetic consolidated events (default
100,000, built as benchmarks/bench_ui.py does) plus the seed pages, served by a real `dipnet serve`
process, and wrk (`apt-get install wrk`) driving 64 connections for 60 seconds over the main routes
in turn. Reports requests served, errors (socket errors and non-2xx answers), p50/p95/p99 latency
and the server's resident memory (peak and at the end). Bounded: it stops by itself.

With `--ingest S` the server holds a token (the store's one writer, as in production) and an ingest
sends it one real page (../shared dev and dev2 pages, in turn) every S seconds all along, through
POST /api/pages (stored, not consolidated: a whole consolidation would replace the synthetic
knowledge base with the pages'), so the answers' versions move while wrk reads. The ingest connects
from 127.0.0.2, wrk from 127.0.0.1, the set-up's requests (warm-up) from 127.0.0.3: each stays within
the server's share of one client address.
Not a test: `python benchmarks/load_api.py [--events N] [--db PATH] [--reuse] [--seconds 60]
[--connections 64] [--token T] [--ingest S]`."""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent

LUA = r"""
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests": %%d, "seconds": %%.2f, "bytes": %%d, "connect": %%d, "read": %%d, ' ..
    '"write": %%d, "timeout": %%d, "non2xx": %%d, "p50_ms": %%.2f, "p95_ms": %%.2f, "p99_ms": %%.2f, ' ..
    '"max_ms": %%.2f}\n', summary.requests, summary.duration / 1e6, summary.bytes, e.connect, e.read, e.write,
    e.timeout, e.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def _bench_ui(name: str = "bench_ui") -> object:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rss_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process, in KiB."""
    fields = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            k, _, v = line.partition(":")
            fields[k] = v.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


PAGES = HERE.parent.parent / "shared" / "corpus"


def ingest_pages() -> list[bytes]:
    """Real pages to send, each a JSON record of POST /api/pages."""
    out = []
    for name in ("dev", "dev2"):
        path = PAGES / name / "pages.jsonl"
        if path.exists():
            out += [line.encode("utf-8") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not out:
        sys.exit(f"load_api: --ingest needs the pages of {PAGES}/dev or dev2")
    return out


def post_page(port: int, token: str, body: bytes) -> dict:
    """One page to the write route, from 127.0.0.2 (not wrk's address: its share stays whole)."""
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=120, source_address=("127.0.0.2", 0))
    try:
        con.request("POST", "/api/pages?consolidate=false", body=body,
                    headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        res = con.getresponse()
        data = res.read()
        if res.status != 200:
            raise RuntimeError(f"POST /api/pages: {res.status} {data[:200]!r}")
        return json.loads(data)
    finally:
        con.close()


def get(port: int, path: str, timeout: float = 60) -> tuple[int, bytes]:
    """One GET from 127.0.0.3: the set-up's connections never count in wrk's share of 127.0.0.1
    (one the server had not yet seen closed would make wrk's 64th a 65th: a 503). wrk's own test
    connection, opened and closed just before its 64, still can (docs/scale.md, 2026-12-06)."""
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=("127.0.0.3", 0))
    try:
        con.request("GET", path)
        res = con.getresponse()
        return res.status, res.read()
    finally:
        con.close()


def routes(port: int) -> list[str]:
    doc_id = json.loads(get(port, "/ui/api/pages?limit=1")[1])["items"][0]["doc_id"]
    event_id = json.loads(get(port, "/events?limit=1")[1])["items"][0]["event_id"]
    q = urllib.parse.quote
    return ["/health", "/registry/VN?as_of=2015-06-30", "/events?limit=25", "/events?type=VISIT&from=2010&to=2015&limit=25",
            "/events?country=country:C007&limit=25", f"/events/{q(event_id)}", f"/entities?q={q('人物12')}&limit=10",
            "/people/person:p00001", "/countries/country:C007", "/pairs/VN/country:C007?limit=10",
            "/timeline/person:p00002?limit=25", f"/search?q={q('越南')}", "/ui/api/pages?limit=50",
            f"/ui/api/pages/{q(doc_id)}", "/ui/api/events?status=occurred&limit=25", "/ui/api/network?from=2015&to=2015",
            "/ui/api/range", "/tables"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default="load_api.duckdb")
    ap.add_argument("--reuse", action="store_true", help="use the store at --db as it is")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--connections", type=int, default=64,
                    help="wrk's connections; past 64 the server refuses the extra ones (503): one client's share")
    ap.add_argument("--token", help="start the server with this token (writable store)")
    ap.add_argument("--ingest", type=float, default=0.0, metavar="S",
                    help="send the server a page every S seconds while wrk runs (a writable store; 0: no writes)")
    args = ap.parse_args()
    if args.ingest and not args.token:
        args.token = secrets.token_hex(16)
    pages = ingest_pages() if args.ingest else []
    if not shutil.which("wrk"):
        sys.exit("load_api: wrk is needed (apt-get install -y wrk)")
    db = Path(args.db)
    if not args.reuse:
        t = time.perf_counter()
        if args.ingest:  # the synthetic knowledge base alone: no page waiting for a consolidation
            for f in (db, db.with_name(db.name + ".wal")):
                f.unlink(missing_ok=True)
            _bench_ui("bench_queries").generate(db, args.events)  # type: ignore[attr-defined]
        else:
            _bench_ui().build(db, args.events)  # type: ignore[attr-defined]
        print(f"built {db} with {args.events:,} events in {time.perf_counter() - t:.0f} s", flush=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, **({"DIPNET_TOKEN": args.token} if args.token else {})}
    log = open(db.with_name(db.name + ".serve.log"), "wb")  # the server's log: each answer not 200 is there
    server = subprocess.Popen([sys.executable, "-m", "dipnet.cli", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=log, stderr=log)
    try:
        for _ in range(300):
            try:
                get(port, "/health", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        sent = 0
        if args.ingest:  # a few pages first, for the page routes
            for body in pages[:5]:
                post_page(port, args.token, body)
            sent = 5
        paths = routes(port)
        for p in paths:  # warm: every route answers 200 before the clock starts
            assert get(port, p)[0] == 200, p
        rss_start = _rss_kib(server.pid)[0]
        peak = [rss_start]
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.5):
                peak[0] = max(peak[0], _rss_kib(server.pid)[0])

        threading.Thread(target=sample, daemon=True).start()
        written = {"pages": 0, "added": 0, "errors": 0}

        def ingest() -> None:
            i = sent
            while not stop.wait(args.ingest):
                try:
                    out = post_page(port, args.token, pages[i % len(pages)])
                    written["pages"] += 1
                    written["added"] += out.get("added", 0)
                except (OSError, RuntimeError, ValueError) as exc:
                    written["errors"] += 1
                    print(f"ingest: {exc}", file=sys.stderr)
                i += 1

        if args.ingest:
            threading.Thread(target=ingest, daemon=True).start()
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
            fh.write(LUA % ", ".join(json.dumps(p) for p in paths))
            script = fh.name
        cmd = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--timeout", "30s", "-s", script, base]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=args.seconds + 120)
        stop.set()
        os.unlink(script)
        rss_end, hwm = _rss_kib(server.pid)
        line = next(x for x in out.stdout.splitlines() if x.startswith("{"))
        res = json.loads(line)
        res.update({"connections": args.connections, "routes": len(paths), "events": args.events,
                    "rps": round(res["requests"] / res["seconds"], 1),
                    "errors": res["connect"] + res["read"] + res["write"] + res["timeout"] + res["non2xx"],
                    "rss_start_mib": round(rss_start / 1024, 1), "rss_peak_mib": round(max(peak[0], hwm) / 1024, 1),
                    "rss_end_mib": round(rss_end / 1024, 1), "load_average": os.getloadavg()})
        if args.ingest:
            res.update({"ingest_every_s": args.ingest, "ingest_posts": written["pages"],
                        "ingest_added": written["added"], "ingest_errors": written["errors"]})
        print(out.stdout)
        print(json.dumps(res))
        if res["errors"] or res.get("ingest_errors"):
            sys.exit(1)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


if __name__ == "__main__":
    main()
