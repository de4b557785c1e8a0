"""Does a change to the code leave `dipnet extract`'s output byte for byte the same?

Runs `dipnet extract` with each of two source trees first on the path (e.g. an export of the
commit before a speed-up and the worktree after it) over the seed pages, dev, dev2 and a generated
corpus (benchmarks/make_corpus.py, the one bench_extract.py times), and compares the outputs byte
for byte. Exits 1 on any difference, naming the first differing record. Not a test:

    git archive HEAD~1 src | tar -x -C /tmp/before     # the tree before
    python benchmarks/same_output.py /tmp/before/src src --pages 1000
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import SHARED  # noqa: E402


def inputs(shared: Path) -> dict[str, list[str]]:
    """The real page sets, each a list of arguments to `dipnet extract`; those absent are skipped."""
    sets = {"seeds": sorted(str(p) for p in (shared / "corpus" / "seeds").glob("*.txt")),
            "dev": [str(shared / "corpus" / "dev" / "pages.jsonl")],
            "dev2": [str(shared / "corpus" / "dev2" / "pages.jsonl")]}
    return {k: v for k, v in sets.items() if v and all(Path(p).exists() for p in v)}


def extract(src: Path, paths: list[str], out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    log = out.with_suffix(".log")
    with open(log, "wb") as err:
        done = subprocess.run([sys.executable, "-m", "dipnet.cli", "extract", *paths, "-o", str(out)],
                              env=env, stdout=subprocess.DEVNULL, stderr=err, check=False)
    if done.returncode != 0:
        sys.exit(f"dipnet extract with {src} on {paths[0]} failed:\n{log.read_text(errors='replace')[-2000:]}")


def first_difference(a: Path, b: Path) -> str:
    la, lb = a.read_bytes().split(b"\n"), b.read_bytes().split(b"\n")
    for i, (x, y) in enumerate(zip(la, lb, strict=False)):
        if x != y:
            src = json.loads(x).get("source", "?") if x.strip() else "?"
            return f"record {i + 1} ({src}) differs"
    return f"{len(la)} vs {len(lb)} lines"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path, help="source tree (the directory holding the dipnet package)")
    ap.add_argument("after", type=Path)
    ap.add_argument("--pages", type=int, default=1000, help="pages of generated corpus (0: none)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, help="reuse this corpus JSONL instead of generating one")
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--keep", type=Path, help="write the outputs here instead of a temporary directory")
    args = ap.parse_args()
    for src in (args.before, args.after):
        if not (src / "dipnet" / "__init__.py").exists():
            sys.exit(f"{src}: no dipnet package there")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        sets = inputs(args.shared)
        if args.corpus:
            sets["corpus"] = [str(args.corpus)]
        elif args.pages:
            from bench_extract import write_corpus

            corpus = work / f"corpus{args.pages}.jsonl"
            write_corpus(corpus, args.pages, args.seed)
            sets["corpus"] = [str(corpus)]
        bad = 0
        for name, paths in sets.items():
            outs = []
            for tag, src in (("before", args.before), ("after", args.after)):
                out = work / f"{name}.{tag}.jsonl"
                extract(src, paths, out)
                outs.append(out)
            same = outs[0].read_bytes() == outs[1].read_bytes()
            n = outs[0].read_bytes().count(b"\n")
            print(f"{name}: {n} records, {'identical' if same else 'DIFFERENT: ' + first_difference(*outs)}")
            bad += not same
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
