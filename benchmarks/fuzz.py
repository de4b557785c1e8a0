"""Fuzz every reader and every stage with generated hostile inputs (benchmarks/fuzz_inputs.py):
texts straight through normalize → segment → … → relations, and files (.txt bytes in any or the
wrong encoding, .html, .jsonl, .warc[.gz]) through the readers and then the pipeline.

It counts inputs, pages, rejections by reason, problems by stage, and uncaught exceptions, which
must be 0 (the exit status is 1 otherwise); a valid UTF-8 text that a reader rejects counts as a
failure too. Not a test: run it by hand,
`python benchmarks/fuzz.py [--inputs 100000] [--seed 1] [--jobs N] [--show]`.
Each failing input is saved under --keep (default fuzz-failures/) with its seed, to reproduce it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fuzz_inputs as gen  # noqa: E402

from dipnet.errors import InputError  # noqa: E402
from dipnet.model import Page  # noqa: E402
from dipnet.normalize import normalize  # noqa: E402
from dipnet.pipeline import process_page  # noqa: E402
from dipnet.read import read_inputs  # noqa: E402
from dipnet.read.encoding import MAX_BYTES  # noqa: E402
from dipnet.read.html import looks_like_html  # noqa: E402
from dipnet.segment import segment  # noqa: E402

KINDS = [("text", 45), ("txt", 20), ("html", 15), ("jsonl", 12), ("warc", 8), ("huge", 0.4)]
SLOW = 5.0  # seconds: an input slower than this is reported (a page must not stall a batch)


def _reason_class(reason: str) -> str:
    """A rejection reason without its variable parts, to count alike reasons together."""
    reason = re.sub(r"\d+", "N", reason)
    reason = re.sub(r"not JSON: .*", "not JSON", reason)
    reason = re.sub(r"(not a readable WARC file|HTML could not be parsed|cannot be read): .*", r"\1", reason)
    return reason[:80]


def _valid_utf8_text(data: bytes) -> bool:
    """What a reader must never reject: UTF-8 without NUL, not blank, within the size limit."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text and bool(data.strip()) and len(data) <= MAX_BYTES


def _make(kind: str, rng: random.Random, tmp: Path) -> tuple[list[str] | None, str | None, bytes | None]:
    """(paths to read, or None for a text), the text, and the bytes written."""
    if kind == "text":
        return None, gen.any_text(rng), None
    if kind == "txt":
        data, name = gen.any_bytes(rng), "page.txt"
    elif kind == "huge":
        data, name = gen.huge_text(rng).encode(rng.choice(["utf-8", "gb18030", "utf-16"])), "page.txt"
    elif kind == "html":
        data, name = gen.html_bytes(rng), "page.html"
    elif kind == "jsonl":
        data, name = gen.jsonl_bytes(rng), "batch.jsonl"
    else:
        data, gz = gen.warc_bytes(rng)
        name = "crawl.warc.gz" if gz else "crawl.warc"
    path = tmp / name
    path.write_bytes(data)
    return [str(path)], None, data


def _quiet() -> None:
    """warcio prints a warning on stderr for each damaged record; the counts are the output here."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def _run(args: tuple[int, int, int, str]) -> dict[str, Counter]:
    first, last, seed, keep = args
    stats: dict[str, Counter] = {k: Counter() for k in ("inputs", "rejected", "problems", "uncaught", "misc")}
    names, weights = zip(*KINDS, strict=True)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for i in range(first, last):
            rng = random.Random(seed * 1_000_003 + i)
            kind = rng.choices(names, weights)[0]
            stats["inputs"][kind] += 1
            t0 = time.perf_counter()
            paths, text, data = _make(kind, rng, tmp)  # outside the try: a generator bug is the harness's own
            try:
                items = [Page(source=f"text#{i}", text=text)] if paths is None else list(read_inputs(paths))
                for item in items:
                    if isinstance(item, InputError):
                        stats["rejected"][f"{kind}: {_reason_class(item.reason)}"] += 1
                        if not item.source or not item.reason:
                            stats["uncaught"]["an error without its input or reason"] += 1
                        if kind in ("txt", "huge") and data is not None and _valid_utf8_text(data) and not looks_like_html(
                                data.decode("utf-8")):
                            stats["uncaught"][f"valid UTF-8 rejected: {item.reason}"] += 1
                            _save(keep, seed, i, kind, data, item.reason)
                        continue
                    stats["misc"]["pages"] += 1
                    # an enormous line goes through the readers, normalize and segment only: the later
                    # stages take time that grows faster than the page (see the closing figures)
                    doc = segment(normalize(item)) if kind == "huge" else process_page(item)
                    for p in doc.problems:
                        stats["problems"][f"{p.stage}: {_reason_class(p.reason)}"] += 1
                    stats["misc"]["events"] += len(doc.events)
                    stats["misc"]["entities"] += len(doc.entities)
            except Exception as exc:  # noqa: BLE001 - the harness counts what the code under test let through
                where = traceback.extract_tb(exc.__traceback__)[-1]
                sig = f"{type(exc).__name__} at {Path(where.filename).name}:{where.lineno} ({where.name})"
                stats["uncaught"][sig] += 1
                _save(keep, seed, i, kind, data if data is not None else (text or "").encode("utf-8", "surrogatepass"),
                      traceback.format_exc())
            elapsed = time.perf_counter() - t0
            if elapsed > SLOW:
                stats["misc"][f"slow (> {SLOW:.0f} s): seed {seed} input {i} {kind} {elapsed:.1f} s"] += 1
            stats["misc"]["max_seconds_x1000"] = max(stats["misc"]["max_seconds_x1000"], int(elapsed * 1000))
    return stats


def _save(keep: str, seed: int, i: int, kind: str, data: bytes, why: str) -> None:
    folder = Path(keep)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{seed}-{i}-{kind}.bin").write_bytes(data)
    (folder / f"{seed}-{i}-{kind}.txt").write_text(why, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", default="fuzz-failures")
    ap.add_argument("--show", action="store_true", help="list every rejection and problem reason")
    a = ap.parse_args()
    chunk = 250
    tasks = [(s, min(s + chunk, a.inputs), a.seed, a.keep) for s in range(0, a.inputs, chunk)]
    total: dict[str, Counter] = {k: Counter() for k in ("inputs", "rejected", "problems", "uncaught", "misc")}
    t0 = time.time()
    done = 0
    with multiprocessing.Pool(a.jobs, initializer=_quiet) as pool:
        for stats in pool.imap_unordered(_run, tasks):
            for k, c in stats.items():
                if k == "misc":
                    m = max(total[k]["max_seconds_x1000"], c.pop("max_seconds_x1000", 0))
                    total[k].update(c)
                    total[k]["max_seconds_x1000"] = m
                else:
                    total[k].update(c)
            done += sum(stats["inputs"].values())
            if done % 10_000 < chunk:
                print(f"... {done} inputs, {sum(total['uncaught'].values())} uncaught, {time.time() - t0:.0f} s",
                      file=sys.stderr, flush=True)
    elapsed = time.time() - t0
    inputs = sum(total["inputs"].values())
    uncaught = sum(total["uncaught"].values())
    print(f"inputs fuzzed: {inputs} ({', '.join(f'{k} {v}' for k, v in sorted(total['inputs'].items()))})")
    print(f"pages read and run through every stage: {total['misc']['pages']} "
          f"({total['misc']['entities']} entities, {total['misc']['events']} events found)")
    print(f"rejected with a named reason: {sum(total['rejected'].values())}")
    for reason, n in total["rejected"].most_common(None if a.show else 15):
        print(f"  {n:7}  {reason}")
    print(f"problems recorded by a stage: {sum(total['problems'].values())}")
    for reason, n in total["problems"].most_common(None if a.show else 15):
        print(f"  {n:7}  {reason}")
    print(f"uncaught exceptions: {uncaught}")
    for sig, n in total["uncaught"].most_common():
        print(f"  {n:7}  {sig}")
    for k in total["misc"]:
        if k.startswith("slow"):
            print(f"  {k}")
    print(f"slowest input: {total['misc']['max_seconds_x1000'] / 1000:.2f} s")
    print(f"time: {elapsed:.0f} s ({inputs / max(elapsed, 1e-9):.0f} inputs/s, {a.jobs} jobs)")
    return 1 if uncaught else 0


if __name__ == "__main__":
    sys.exit(main())
