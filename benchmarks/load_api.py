"""Load test of the REST API on loopback: a store of N synthetic consolidated events (default
100,000, built as benchmarks/bench_ui.py does) plus the seed pages, served by a real `dipnet serve`
process, and wrk (`apt-get install wrk`) driving 64 connections for 60 seconds over the main routes
in turn. Reports requests served, errors (socket errors and non-2xx answers), p50/p95/p99 latency
and the server's resident memory (peak and at the end). Bounded: it stops by itself.
Not a test: `python benchmarks/load_api.py [--events N] [--db PATH] [--reuse] [--seconds 60]
[--connections 64] [--token T]` (with --token the server is the store's writer, as in production)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
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


def _bench_ui() -> object:
    spec = importlib.util.spec_from_file_location("bench_ui", HERE / "bench_ui.py")
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


def routes(base: str) -> list[str]:
    with urllib.request.urlopen(base + "/ui/api/pages?limit=1") as res:
        doc_id = json.loads(res.read())["items"][0]["doc_id"]
    with urllib.request.urlopen(base + "/events?limit=1") as res:
        event_id = json.loads(res.read())["items"][0]["event_id"]
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
    args = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("load_api: wrk is needed (apt-get install -y wrk)")
    db = Path(args.db)
    if not args.reuse:
        t = time.perf_counter()
        _bench_ui().build(db, args.events)  # type: ignore[attr-defined]
        print(f"built {db} with {args.events:,} events in {time.perf_counter() - t:.0f} s", flush=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, **({"DIPNET_TOKEN": args.token} if args.token else {})}
    server = subprocess.Popen([sys.executable, "-m", "dipnet.cli", "serve", "--db", str(db), "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/health", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        paths = routes(base)
        for p in paths:  # warm: every route answers 200 before the clock starts
            with urllib.request.urlopen(base + p, timeout=60) as res:
                assert res.status == 200, p
        rss_start = _rss_kib(server.pid)[0]
        peak = [rss_start]
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.5):
                peak[0] = max(peak[0], _rss_kib(server.pid)[0])

        threading.Thread(target=sample, daemon=True).start()
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
                    "rss_end_mib": round(rss_end / 1024, 1)})
        print(out.stdout)
        print(json.dumps(res))
        if res["errors"]:
            sys.exit(1)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
