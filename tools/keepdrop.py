"""What the learned model tools (train_event_filter.py, train_fact_filter.py, train_participant_model.py) share:
where the open annotated pages are, their common command-line options, the model applied in plain Python, the page
folds, the thresholds tried, and the buckets their features fall in."""

from __future__ import annotations

import argparse
import math
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DIPNET_SHARED", ROOT.parent / "shared"))
if not SHARED.exists():
    SHARED = Path("/work/shared")
SETS = {"seeds": sorted(str(p) for p in (SHARED / "corpus" / "seeds").glob("*.txt")),
        "dev": [str(SHARED / "corpus" / "dev" / "pages.jsonl")],
        "dev2": [str(SHARED / "corpus" / "dev2" / "pages.jsonl")]}
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)  # the probabilities under which a candidate is dropped (0: keep all)
GROUPED = False  # --group-folds: folds (outer and inner) hold whole groups out (a pool, an official set), not pages


def cv_arguments(description: str) -> argparse.ArgumentParser:
    """The options every model tool takes: outer folds, L2 strengths, extra annotated pages, class balance and
    where to write the model trained on all pages."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--folds", type=int, default=10, help="outer folds of whole pages (0: one page per fold)")
    ap.add_argument("--C", type=float, nargs="+", default=[0.3], help="inverse L2 strength(s) to report")
    ap.add_argument("--extra", nargs=2, action="append", default=[], metavar=("PAGES", "GOLD"),
                    help="also train and test on these pages (JSONL) with their gold; repeatable")
    ap.add_argument("--balanced", action="store_true", help="weigh the rarer class up in training")
    ap.add_argument("--group-folds", action="store_true",
                    help="folds of whole groups (a pool's pages, an official set) instead of pages: the measure of "
                         "unseen outlets; --folds larger than the groups (or 0) holds one group out per fold")
    ap.add_argument("--model", help="write the model trained on all pages (JSON) to this file")
    ap.add_argument("--cache", help="pickle of the labelled rows: read if present, else written "
                    "(tools/learned_rows.py writes all three tools' in one extraction pass)")
    ap.add_argument("--weight", nargs="*", default=[],
                    help="GROUP=W: weigh a group's (set's) candidates in training; 'official' is seeds, dev and dev2, "
                         "'silver' every other group")
    return ap


def cached_rows(cache: str | None, build: Callable[[], list[Any]]) -> list[Any]:
    """The labelled rows: read from the --cache pickle if it exists, else built (one extraction pass) and written
    there when a cache is named."""
    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    rows = build()
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(rows, fh)
    return rows


def part_of(group: str) -> str:
    """'official' for the official sets (seeds, dev, dev2), 'silver' for the pages given by --extra."""
    return "official" if group in SETS else "silver"


def weight_of(weights: dict[str, float], group: str) -> float:
    """A group's training weight: its own (--weight GROUP=W), else its part's (official / silver), else 1."""
    return weights.get(group, weights.get(part_of(group), 1.0))


def parse_weights(items: Sequence[str]) -> dict[str, float]:
    return {g: float(w) for g, w in (x.split("=") for x in items)}


def bucket(n: float, edges: Sequence[float]) -> str:
    """The first edge n does not pass, or past the last."""
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def probability(model: dict[str, Any], features: list[str]) -> float:
    """The model applied in plain Python (as extraction would, with no learning library)."""
    w = model["weights"]
    z = float(model["bias"]) + sum(float(w.get(f, 0.0)) for f in features)
    return 1.0 / (1.0 + math.exp(-z))


def group_of(row: Any) -> str:
    """A row's group: the part of its name before "/" (an official set, or the --extra gold file's stem)."""
    return str(row.name).split("/")[0]


def folds_of(rows: Sequence[Any], k: int) -> list[list[int]]:
    """Pages dealt into k folds in a fixed order (every k-th page: each set spreads over the folds); with
    GROUPED, whole groups dealt so (every k-th group by name), at most one fold per group."""
    if not GROUPED:
        return [list(range(i, len(rows), k)) for i in range(k)]
    groups = sorted({group_of(r) for r in rows})
    k = min(k, len(groups))
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[j for j, r in enumerate(rows) if fold_of[group_of(r)] == i] for i in range(k)]
