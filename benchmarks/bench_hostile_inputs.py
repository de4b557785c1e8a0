"""Peak memory, time and report size of `dipnet extract` on hostile inputs too big for a test.

    PYTHONPATH=src python benchmarks/bench_hostile_inputs.py [--only NAME...] [--cap-mb N] [--src DIR]

Each input is generated in a temporary folder without writing gigabytes: the large text and JSONL
files are sparse (their size is on the books, their blocks are holes that read as zeros), the
gzip bombs are a few hundred kilobytes. Each run is a fresh process; its peak RSS comes from
wait4. `--cap-mb` sets an address-space limit on the child (so an old reader that reads a
whole file dies of MemoryError instead of taking the machine); `--src` runs another source tree
(an older commit, to measure before a change)."""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

MB = 1 << 20


def gzip_stream(chunks) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(c.compress(x) for x in chunks) + c.flush()


def make(folder: Path) -> dict[str, Path]:
    made: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        (folder / name).write_bytes(data)
        made[name] = folder / name

    put("bomb-19k.warc.gz", gzip_stream([b"\0" * MB] * 20))  # 20 MiB of zeros, no newline
    put("bomb-1m.warc.gz", gzip_stream([b"\0" * (16 * MB)] * 64))  # 1 GiB of zeros, no newline
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/x\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: 1000000000000\r\n\r\n"
            b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>")
    put("bomb-record.warc.gz", gzip_stream([head, *[b"\n" * (16 * MB)] * 64]))  # 1 GiB payload of newlines
    for name, size in (("huge.txt", 1_500_000_000), ("oneline.jsonl", 3_100_000_000)):
        with (folder / name).open("wb") as f:
            f.truncate(size)  # sparse: no block written
        made[name] = folder / name
    return made


def run(path: Path, src: str, cap_mb: int | None) -> tuple[int, float, float, int]:
    """(exit status, seconds, peak RSS in MB, bytes written to stderr)"""
    env = {**os.environ, "PYTHONPATH": src}

    def limit() -> None:
        if cap_mb:
            resource.setrlimit(resource.RLIMIT_AS, (cap_mb * MB, cap_mb * MB))

    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "dipnet.cli", "extract", str(path), "-o", os.devnull],
                                stdout=subprocess.DEVNULL, stderr=err, env=env, preexec_fn=limit)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0, os.SEEK_END)
        return proc.returncode, seconds, usage.ru_maxrss / 1024, err.tell()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", help="input names to run (default: all)")
    ap.add_argument("--cap-mb", type=int, help="address-space limit of each run, in MB")
    ap.add_argument("--src", default=str(Path(__file__).resolve().parents[1] / "src"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dipnet-hostile-") as tmp:
        inputs = make(Path(tmp))
        print(f"{'input':22} {'on disk':>10} {'rc':>3} {'seconds':>8} {'peak RSS MB':>12} {'stderr bytes':>13}")
        for name, path in inputs.items():
            if args.only and name not in args.only:
                continue
            rc, seconds, rss, err = run(path, args.src, args.cap_mb)
            disk = os.stat(path).st_blocks * 512
            print(f"{name:22} {disk:>10} {rc:>3} {seconds:8.2f} {rss:12.0f} {err:>13}", flush=True)


if __name__ == "__main__":
    main()
