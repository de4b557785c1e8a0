"""Crash safety: `dipnet ingest` killed with SIGKILL at random points while it ingests a corpus,
then run again until it finishes. After every kill the per-page rules of `dipnet check` must hold
(only the knowledge base may lag the pages); at the end every page is stored exactly once and the
store is sound. tests/test_store_cli.py runs a few kills on a small corpus; this runs many:
`python benchmarks/kill_ingest.py [--kills 50] [--pages 300] [--seed 1] [--max-delay 20]`, or at fixed
points of a run (the test's kills), N times over: `--pages 30 --phases start,created,stored,consolidating
--repeat 20`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT.parent / "shared" / "corpus" / "seeds").glob("*.txt"))
DIPNET = [sys.executable, "-m", "dipnet.cli"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
LAG = "run `dipnet consolidate`"  # the rules a kill may break until the next run finishes


def make_corpus(folder: Path, n: int) -> int:
    """n distinct pages, as .txt files and one JSONL of a fifth of them; the number of pages."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    in_jsonl = n // 5
    with (folder / "batch.jsonl").open("w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)] + f"\n第{i}次"  # distinct content, so every page is written
            if i < in_jsonl:
                out.write(json.dumps({"url": f"https://example.org/{i}", "text": text}, ensure_ascii=False) + "\n")
            else:
                (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")
    return n


def broken_rules(db: Path) -> list[str]:
    """The rules `dipnet check` reports broken (its stdout lines), [] when the store is sound."""
    r = subprocess.run([*DIPNET, "check", "--db", str(db)], capture_output=True, text=True, env=ENV)
    if r.returncode not in (0, 1):
        raise AssertionError(f"dipnet check failed: {r.stderr}")
    return [line for line in r.stdout.splitlines() if line.startswith(str(db))]


@dataclass
class Outcome:
    kills: int = 0
    killed_with_pages: list[int] = field(default_factory=list)  # pages stored at each kill
    lagging: int = 0  # kills after which the knowledge base lagged the pages (allowed)
    violations: list[str] = field(default_factory=list)  # per-page rules broken after a kill (never allowed)
    final_pages: int = 0
    final_broken: list[str] = field(default_factory=list)
    duplicates: int = 0
    reruns: int = 0


PHASES = ("start", "created", "stored", "consolidating")  # where a kill may be aimed, in a run's order


def _ingest(corpus: Path, db: Path) -> tuple[subprocess.Popen, threading.Event]:
    """An ingest, its stderr read as it comes: the event is set once it says how many pages it added
    (its pages are committed, its consolidation not begun)."""
    proc = subprocess.Popen([*DIPNET, "ingest", str(corpus), "--db", str(db)], env=ENV, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored = threading.Event()

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if "page(s) added" in line:
                stored.set()

    threading.Thread(target=read, daemon=True).start()
    return proc, stored


def _wait(proc: subprocess.Popen, ready: Any, timeout: float = 300) -> bool:
    """Wait until `ready()`; False when the process ended first."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if ready():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.005)
    return False


def _aim(proc: subprocess.Popen, stored: threading.Event, phase: str, db: Path, rng: random.Random) -> None:
    """Hold the kill until the run reaches `phase`: `start` (at once: the store not made yet, or being
    made), `created` (the store file exists: extracting), `stored` (its pages committed, before its
    consolidation), `consolidating` (a moment into it)."""
    if phase == "start":
        time.sleep(rng.uniform(0.0, 0.3))
    elif phase == "created":
        _wait(proc, db.exists)
    elif phase in ("stored", "consolidating"):
        if _wait(proc, stored.is_set) and phase == "consolidating":
            time.sleep(rng.uniform(0.1, 0.5))
    else:
        raise ValueError(f"no such phase: {phase} (one of {', '.join(PHASES)})")


def run(corpus: Path, db: Path, expected: int, kills: int, rng: random.Random, max_delay: float,
        phases: list[str] | None = None) -> Outcome:
    """`kills` SIGKILLs at random times up to `max_delay` seconds into a run, or one at each of
    `phases` (the same points of a run whatever the machine's load), then runs to the end."""
    out = Outcome()
    for phase in phases if phases is not None else [None] * kills:
        proc, stored = _ingest(corpus, db)
        if phase is None:
            time.sleep(rng.uniform(0.0, max_delay))
        else:
            _aim(proc, stored, phase, db, rng)
        if proc.poll() is not None:  # it finished before its kill: the next one starts over a full store
            proc.wait()
            continue
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        out.kills += 1
        if not db.exists():
            out.killed_with_pages.append(0)
            continue
        with duckdb.connect(str(db), read_only=True) as con:
            tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            out.killed_with_pages.append(con.execute("SELECT count(*) FROM documents").fetchone()[0]
                                         if "documents" in tables else 0)
        broken = broken_rules(db)
        out.violations += [b for b in broken if LAG not in b]
        out.lagging += any(LAG in b for b in broken)
    while True:  # run to the end, as a user would after a crash
        out.reruns += 1
        r = subprocess.run([*DIPNET, "ingest", str(corpus), "--db", str(db)], capture_output=True, text=True, env=ENV)
        if r.returncode == 0 or out.reruns > 3:
            break
    with duckdb.connect(str(db), read_only=True) as con:
        out.final_pages = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        out.duplicates = con.execute("SELECT count(*) - count(DISTINCT source) FROM documents").fetchone()[0]
    out.final_broken = broken_rules(db)
    assert out.final_pages == expected, f"{out.final_pages} pages stored of {expected}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-delay", type=float, default=20.0, help="seconds: each kill comes at a random time up to this")
    ap.add_argument("--phases", help=f"comma-separated kill points instead of random times ({', '.join(PHASES)})")
    ap.add_argument("--repeat", type=int, default=1, help="run the whole thing N times; stop at the first failure")
    a = ap.parse_args()
    phases = a.phases.split(",") if a.phases else None
    for attempt in range(1, a.repeat + 1):
        t0 = time.time()
        with tempfile.TemporaryDirectory() as d:
            corpus, db = Path(d) / "corpus", Path(d) / "store.duckdb"
            n = make_corpus(corpus, a.pages)
            o = run(corpus, db, n, a.kills, random.Random(a.seed + attempt - 1), a.max_delay, phases)
        print(f"run {attempt} of {a.repeat}")
        print(f"kills: {o.kills} (SIGKILL {'at ' + a.phases if phases else 'at random points'}, pages stored at each: "
              f"{o.killed_with_pages})")
        print(f"per-page rules broken after a kill: {len(o.violations)}" + "".join(f"\n  {v}" for v in o.violations))
        print(f"kills after which the knowledge base lagged the pages (consolidated by the next run): {o.lagging}")
        print(f"final: {o.final_pages} of {n} pages stored, {o.duplicates} duplicate(s), after {o.reruns} rerun(s); "
              f"dipnet check: {'sound' if not o.final_broken else o.final_broken}")
        print(f"time: {time.time() - t0:.0f} s", flush=True)
        if o.violations or o.final_broken or o.duplicates:
            return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
