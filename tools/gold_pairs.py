"""What the error-class tools share: the project's scorer (`../shared/eval/score.py`, loaded beside
the gold file) and its pairing of gold pages with predicted records (file name, URL, then title)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any


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
