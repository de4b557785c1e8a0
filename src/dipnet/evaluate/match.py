"""Matching rules of the extraction contract: how a predicted item meets a gold one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

_DOTS = "·•・‧･∙⋅︰"
_QUALIFIERS = "副前代原"  # deputy, former, acting: they change the post
_WIDTH = {"day": 10, "month": 7, "year": 4}


def fold(value: object) -> str:
    """Width-folded, dot-unified, whitespace-free form used for every comparison."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value))
    for d in _DOTS:
        s = s.replace(d, "·")
    return "".join(s.split())


def best_pairs(gold: Sequence[Any], pred: Sequence[Any], ok: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (augmenting paths) as (gold index, pred index) pairs."""
    edges = [[j for j, p in enumerate(pred) if ok(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


class Names:
    """Gold names and aliases to gold canonical names, extended by predicted entities whose
    mentions point at exactly one gold entity."""

    def __init__(self, gold_page: dict, pred_page: dict) -> None:
        self.map: dict[str, str] = {}
        for e in gold_page.get("entities", []):
            for a in [e.get("name"), *e.get("aliases", [])]:
                if a:
                    self.map.setdefault(fold(a), fold(e.get("name")))
        gold_only = dict(self.map)
        for e in pred_page.get("entities", []) or []:
            hits = {gold_only[fold(n)] for n in [e.get("name"), *(e.get("mentions") or [])] if n and fold(n) in gold_only}
            if len(hits) == 1 and e.get("name"):
                self.map.setdefault(fold(e["name"]), hits.pop())

    def __call__(self, name: object) -> str:
        f = fold(name)
        return self.map.get(f, f)

    def many(self, values: object) -> set[str]:
        items = values if isinstance(values, list) else [values]
        return {self(v) for v in items if v}


def date_ok(gold: str | None, precision: str | None, pred: str | None) -> bool:
    if not gold:
        return True
    if not pred:
        return False
    w = _WIDTH.get(precision or "day", 10)
    return fold(pred)[:w] == fold(gold)[:w]


def core_title_ok(pred_title: str, core: str, gold_title: str) -> bool:
    """The gold core post stands in the predicted title, and not only inside a deputy, former or
    acting post unless the gold post is one too."""
    if any(q + core in gold_title and q + core not in pred_title for q in _QUALIFIERS):
        return False
    for m in re.finditer(re.escape(core), pred_title):
        before = pred_title[m.start() - 1] if m.start() else ""
        if not before or before not in _QUALIFIERS or before + core in gold_title:
            return True
    return False


def _number(v: object) -> float | None:
    try:
        return float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def value_ok(gold: object, pred: object) -> bool:
    """Within 0.05%; ranges hold values (a predicted range no wider than a factor of ten)."""
    if isinstance(gold, list | tuple) and len(gold) == 2:
        lo, hi = _number(gold[0]), _number(gold[1])
        if lo is None or hi is None:
            return False
        if isinstance(pred, list | tuple) and len(pred) == 2:
            return value_ok(lo, pred[0]) and value_ok(hi, pred[1])
        pv = _number(pred)
        return pv is not None and lo <= pv <= hi
    gv = _number(gold)
    if gv is None:
        return False
    if isinstance(pred, list | tuple) and len(pred) == 2:
        lo, hi = _number(pred[0]), _number(pred[1])
        return lo is not None and hi is not None and lo <= gv <= hi and (lo <= 0 or hi <= 10 * lo)
    pv = _number(pred)
    if pv is None:
        return False
    return abs(gv - pv) <= 0.0005 * abs(gv) if gv else pv == 0


def year_span(value: object) -> tuple[int, int] | None:
    found = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", fold(value))]
    return (min(found), max(found)) if found else None


def years_ok(gold: object, pred: object) -> bool:
    g, p = year_span(gold), year_span(pred)
    return bool(g and p and p[0] <= g[1] and g[0] <= p[1])
