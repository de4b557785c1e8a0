"""What the error-class tools share: the project's scorer (`../shared/eval/score.py`, loaded beside
the gold file) and its pairing of gold pages with predicted records (file name, URL, then title)."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def load_scorer(gold_path: str) -> Any:
    spec = importlib.util.spec_from_file_location("score", Path(gold_path).parent.parent / "score.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def gold_pairs(gold_path: str, pred_path: str) -> tuple[Any, Iterator[tuple[str, dict, dict]]]:
    """The scorer and each gold page's (key, gold record, predicted record or {})."""
    sc = load_scorer(gold_path)
    gold, pred = sc.load(gold_path), sc.load(pred_path)
    by_title = {sc.norm(r.get("title")): r for r in pred.values() if r.get("title")}

    def find(key: str, g: dict) -> dict:
        for k in (key, Path(str(g.get("url", "")).rstrip("/")).name):
            if k and k in pred:
                return pred[k]
        return by_title.get(sc.norm(g.get("title")), {})

    return sc, ((key, g, find(key, g)) for key, g in gold.items())


def pair_with_gold(sc: Any, set_name: str, gold: dict[str, dict], items: list[tuple[str, dict, T]]
                   ) -> Iterator[tuple[str, dict, T]]:
    """Each gold page's ("set/key", gold record, item) for `items` of (source, predicted record, item):
    paired by the page's file name, its URL's last part, then its title; a gold page with none is said
    on stderr and left out."""
    recs = {os.path.basename(source.rstrip("/")): (rec, item) for source, rec, item in items}
    by_title = {sc.norm(r["title"]): (r, x) for r, x in recs.values() if r.get("title")}
    for key, g in gold.items():
        hit = next((recs[k] for k in (key, Path(str(g.get("url", "")).rstrip("/")).name) if k and k in recs),
                   by_title.get(sc.norm(g.get("title"))))
        if hit is None:
            print(f"{set_name}/{key}: no prediction", file=sys.stderr)
            continue
        yield f"{set_name}/{key}", g, hit[1]
