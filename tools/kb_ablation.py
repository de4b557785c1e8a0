"""How much does extraction lean on the knowledge base knowing a page's people? Remove from a copy
of the package's people KB every person the open gold names (and their positions), as if each page
were the first to name them, extract, and score beside the unchanged tree.

usage: python tools/kb_ablation.py SET [SET ...] [--src SRC] [--orgs]
  SET: seeds | dev | dev2 (never check). --orgs also removes the gold's organizations that no other
  KB row refers to. Prints, per set, the F1 of the usual metrics with the full KB and without.

A page never seen names people the KB lacks; the rules must find them and their roles. The drop
this measures is the part of the open-set scores that the KB, not the rules, carries.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(os.environ.get("DIPNET_SHARED") or Path(__file__).resolve().parents[2] / "shared").resolve()
PY = sys.executable
METRICS = ("entities", "events_relaxed", "events_strict", "event_actors", "roles", "facts", "dates_pages",
           "dates_briefs")
INPUTS = {"seeds": lambda: sorted(str(p) for p in (SHARED / "corpus" / "seeds").glob("*.txt")),
          "dev": lambda: [str(SHARED / "corpus" / "dev" / "pages.jsonl")],
          "dev2": lambda: [str(SHARED / "corpus" / "dev2" / "pages.jsonl")]}


def gold_names(types: set[str]) -> set[str]:
    names: set[str] = set()
    for name in INPUTS:
        for line in (SHARED / "eval" / "gold" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            for e in json.loads(line).get("entities", []):
                if e.get("type") in types:
                    names.update([e["name"], *e.get("aliases", [])])
    return names


def _rows(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _is_row(line: str) -> bool:
    return bool(line.strip()) and not line.startswith("#") and not line.startswith("id\t")


def ablate(src: Path, out: Path, orgs: bool) -> int:
    """Copy the tree at `src` to `out` and drop the gold's people (and orgs) from its KB; returns how many."""
    shutil.copytree(src, out)
    data = out / "dipnet" / "kb" / "data"
    names = gold_names({"PERSON", "ORG"} if orgs else {"PERSON"})
    # an org another row refers to (a generic body's org, a parent, a post's body) stays: its
    # referrers would be dropped with it
    refs = {c for f in data.glob("*.tsv") for line in _rows(f) if _is_row(line) for c in line.split("\t")[2:]}
    dropped: set[str] = set()
    for file in ["people.tsv"] + (["orgs.tsv"] if orgs else []):
        kept = []
        for line in _rows(data / file):
            cells = line.split("\t")
            if _is_row(line) and len(cells) > 2 and ({cells[1], *cells[2].split("|")} & names) and (
                    file == "people.tsv" or cells[0] not in refs):
                dropped.add(cells[0])
                continue
            kept.append(line)
        (data / file).write_text("\n".join(kept), encoding="utf-8")
    for file in ("positions.tsv", "people.tsv", "orgs.tsv"):
        lines = _rows(data / file)
        (data / file).write_text("\n".join(ln for ln in lines if not _is_row(ln) or not set(ln.split("\t")) & dropped),
                                 encoding="utf-8")
    return len(dropped)


def score(name: str, src: Path, work: Path) -> dict[str, float]:
    pred = work / f"{name}-{src.parent.name}.jsonl"
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run([PY, "-m", "dipnet.cli", "extract", *INPUTS[name](), "--format", "jsonl", "-o", str(pred)],
                   env=env, check=True, stderr=subprocess.DEVNULL)
    res = subprocess.run([PY, str(SHARED / "eval" / "score.py"), "--gold", str(SHARED / "eval" / "gold" / f"{name}.jsonl"),
                          "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
    out = json.loads(res.stdout)
    return {m: out[m]["f1"] for m in METRICS if m in out}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", choices=sorted(INPUTS))
    ap.add_argument("--src", default=str(Path(__file__).resolve().parents[1] / "src"))
    ap.add_argument("--orgs", action="store_true")
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"kb_ablation: {SHARED} is absent; the gold and the open pages live there")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        n = ablate(Path(args.src), work / "ablated" / "src", args.orgs)
        print(f"removed {n} KB entries named in the open gold")
        print(f"{'set':6} {'metric':15} {'full KB':>8} {'without':>8}")
        for name in args.sets:
            full, without = score(name, Path(args.src), work), score(name, work / "ablated" / "src", work)
            for m in full:
                print(f"{name:6} {m:15} {full[m]:8.3f} {without.get(m, 0.0):8.3f}")


if __name__ == "__main__":
    main()
