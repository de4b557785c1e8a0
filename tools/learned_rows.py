"""One extraction pass for the three learned-model tools: the labelled rows of train_event_filter.py,
train_fact_filter.py and train_participant_model.py, written to their --cache pickles at once (extraction
is what costs: each tool alone would extract every page again).

usage: python tools/learned_rows.py OUTDIR [--extra PAGES GOLD ...]
       then each tool with --cache OUTDIR/{events,facts,participants}.pkl
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_event_filter as ef  # noqa: E402
import train_fact_filter as ff  # noqa: E402
import train_participant_model as pm  # noqa: E402
from gold_pairs import load_scorer, pair_with_gold  # noqa: E402
from keepdrop import SETS, SHARED  # noqa: E402


def rows_of(sc: Any, name: str, gold: dict, doc: Any, rec: dict, cands: list) -> tuple[Any, Any, Any]:
    return (ef.PageRow(name, gold, rec, ef.event_features(doc, doc.events), sc),
            ff.PageRow(name, gold, rec, ff.fact_features(doc, doc.facts), sc),
            pm.PageRow(name, gold, rec, cands, sc))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--extra", nargs=2, action="append", default=[], metavar=("PAGES", "GOLD"))
    args = ap.parse_args()
    sc = load_scorer(str(SHARED / "eval" / "gold" / "dev.jsonl"))
    pm.finish_module.begun_visits = pm._catch  # the participant tool's candidates, caught during extraction
    out: list[tuple[Any, Any, Any]] = []
    for name, paths in SETS.items():
        gold = sc.load(str(SHARED / "eval" / "gold" / f"{name}.jsonl"))
        got = [(str(d.source), r, (d, r, c)) for d, r, c in pm._docs(paths)]
        for label, g, (doc, rec, cands) in pair_with_gold(sc, name, gold, got):
            out.append(rows_of(sc, label, g, doc, rec, cands))
    for pages_path, gold_path in args.extra:
        with open(gold_path, encoding="utf-8") as fh:
            golds = [json.loads(line) for line in fh if line.strip()]
        by_url = {str(d.url): (d, r, c) for d, r, c in pm._docs([pages_path])}
        for i, g in enumerate(golds):
            hit = by_url.get(str(g.get("url")))
            if hit is None:
                print(f"{gold_path}:{i + 1}: no prediction", file=sys.stderr)
                continue
            out.append(rows_of(sc, f"{Path(gold_path).stem}/{i + 1:03d}", g, *hit))
        print(f"{gold_path}: {len(golds)} pages", file=sys.stderr)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    for k, stem in enumerate(("events", "facts", "participants")):
        with open(Path(args.out) / f"{stem}.pkl", "wb") as fh:
            pickle.dump([row[k] for row in out], fh)


if __name__ == "__main__":
    main()
